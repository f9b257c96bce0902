import { pathToFileURL } from 'node:url';

/** True when the module of `url` is the script node was started with (`tsx bench/<name>.ts`). */
export function isMain(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && url === pathToFileURL(script).href;
}
