// Everything the test, benchmark and script tools read from the environment, in one place, as
// server/config.ts is for the server. Lint allows process.env in these two files only.
export const toolEnv = {
  /** Debian's Chromium unless another binary is named */
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** where the reliability records go (scripts/reliability-report.ts reads them) */
  reliabilityDir: process.env.RELIABILITY_DIR ?? '.ci/reports/reliability',
  /** cases per property of the generated-bodies test */
  propertyRuns: Number(process.env.PROPERTY_RUNS ?? 2000),
  /** a real PostgreSQL for the store tests (its public schema is emptied); skipped when unset */
  testDatabaseUrl: process.env.TEST_DATABASE_URL,
  /** a real Redis for the shared rate limit's test (redis://127.0.0.1:6379); that test is skipped without it */
  testRedisUrl: process.env.TEST_REDIS_URL,
  soak: {
    connections: Number(process.env.SOAK_CONNECTIONS ?? 50),
    seconds: Number(process.env.SOAK_SECONDS ?? 30),
    warmupSeconds: Number(process.env.SOAK_WARMUP_SECONDS ?? 5),
  },
};

/** This process's environment with `extra` on top: a child process sees the same PATH, HOME and so on. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
