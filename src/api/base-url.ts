/** An API base URL without its trailing slashes: `https://x/api/v3/` and `https://x/api/v3` name the same API. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
