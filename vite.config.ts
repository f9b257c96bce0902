import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const SW_SOURCE = 'src/service-worker/sw.js';
const SW_BUILD_LINE = /^const BUILD = .*;$/m;

/**
 * Emits /sw.js (docs/decisions/024): the hand-written worker with the list of every file the build wrote
 * (index.html, the hashed JS/CSS of all chunks, lazy ones included, and the public files) and a version
 * hashed from their contents, so a build that changes any of them means a new cache and the old one is
 * deleted when it activates.
 */
function appShellWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'app-shell-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((f) => !f.startsWith('.vite/') && f !== 'sw.js');
      const publicFiles = publicDir ? readdirSync(publicDir, { recursive: true, withFileTypes: true }) : [];
      const copied = publicFiles
        .filter((d) => d.isFile())
        .map((d) =>
          `${d.parentPath.slice(publicDir.length)}/${d.name}`.replace(/\\/g, '/').replace(/^\/+/, ''),
        );
      const names = [...new Set(['index.html', ...built, ...copied])].sort();
      const files = names.map((f) => `/${f}`);
      const source = readFileSync(SW_SOURCE, 'utf8');
      if (!SW_BUILD_LINE.test(source))
        throw new Error(`${SW_SOURCE} has no "const BUILD = …;" line to fill in`);
      /** What the build writes as `name`: its chunk or asset, else the public file copied as is. */
      const contents = (name: string): string | Uint8Array => {
        const out = bundle[name];
        if (out !== undefined) return out.type === 'chunk' ? out.code : out.source;
        if (copied.includes(name)) return readFileSync(join(publicDir, name));
        throw new Error(`app-shell-worker: ${name} is listed for the cache but is not in the build`);
      };
      // Every listed file's bytes (a public file changed under the same name is a new version too) and
      // the worker's own source.
      const hash = createHash('sha256').update(source);
      for (const name of names) hash.update(`\0${name}\0`).update(contents(name));
      const version = hash.digest('hex').slice(0, 12);
      const code = source.replace(SW_BUILD_LINE, `const BUILD = ${JSON.stringify({ version, files })};`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}

export default defineConfig({
  plugins: [react(), appShellWorker()],
  build: { outDir: 'dist', sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
