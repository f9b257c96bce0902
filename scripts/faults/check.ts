/** One assertion of a fault round, counted as one test by .ci/summarize.mjs. */
export interface Check {
  title: string;
  ok: boolean;
  detail: string;
}
