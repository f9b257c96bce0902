import { lastBaseUrl, storedConnection } from '../../api/connection';

/** The address to prefill: the current or last one used, else this server's own `/api/v3`. */
export function defaultBaseUrl(): string {
  return storedConnection()?.baseUrl ?? lastBaseUrl() ?? `${window.location.origin}/api/v3`;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
