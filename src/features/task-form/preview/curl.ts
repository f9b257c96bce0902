import { apiUrl } from '../../../api/http';

/** POSIX shell single-quoting: safe for any JSON, including quotes and newlines in values. */
function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The cURL command of a POST /task. The token is left as `$MILEAPP_TOKEN` so a copied command, a shared
 * screen or a screenshot never carries the secret.
 */
export function curlCommand(baseUrl: string, body: Record<string, unknown>): string {
  return [
    `curl -X POST ${quote(apiUrl(baseUrl, '/task'))}`,
    `  -H 'Accept: application/json'`,
    `  -H 'Content-Type: application/json'`,
    `  -H "Authorization: Bearer $MILEAPP_TOKEN"`,
    `  --data-raw ${quote(JSON.stringify(body, null, 2))}`,
  ].join(' \\\n');
}
