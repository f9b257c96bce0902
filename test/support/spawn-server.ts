// server/main.ts as its own process (as `npm start` runs it), for the tests and scripts that kill it,
// restart it on the same file or load it from outside: crash safety, soak.
import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  url: string;
  api: string;
  token: string;
  child: ChildProcess;
  /** resolves once the process has exited */
  exited: Promise<number | null>;
  /** SIGKILL (a crash) or SIGTERM (a clean stop), then waits for the exit */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      if (out.length < 100_000) out += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      const token = /^Demo token: (\S+)$/m.exec(out)?.[1];
      if (url === undefined || token === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      // Keep draining the pipes so a chatty log can never block the server.
      child.stdout?.resume();
      resolve({
        url,
        api: `${url}/api/v3`,
        token,
        child,
        exited,
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${out}`));
    });
  });
}
