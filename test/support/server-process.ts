// The server as its own process, as `npm start` runs it: the one way tests, browser journeys, benchmarks
// and scripts start a server they can kill, restart on the same file, or load from outside.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './tool-env';

export interface ServerProcessOptions {
  /** on top of this process's environment, after PORT, HOST and DATABASE (which it may replace) */
  env?: Record<string, string>;
  /** command-line flags; they win over the environment */
  args?: string[];
  /** the script run under tsx; server/main.ts unless given */
  script?: string;
  cwd?: string;
  /** the folder of the database file; a new temporary one when absent */
  dir?: string;
  /** the port to listen on (a restart on the same origin); any free one when absent */
  port?: number;
  timeoutMs?: number;
  /** false for UPSTREAM mode, which prints no demo token: ready once the URL is printed */
  demoToken?: boolean;
}

export interface ServerProcess {
  url: string;
  /** `${url}/api/v3` */
  api: string;
  port: number;
  token: string;
  dir: string;
  database: string;
  child: ChildProcess;
  /** resolves with the exit code once the process has ended */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** SIGTERM (a clean stop) unless another signal is given, then waits for the exit; removes `dir` unless `keep` */
  stop(options?: { signal?: NodeJS.Signals; keep?: boolean }): Promise<void>;
}

/** A pipe's text, kept up to a limit and drained for ever after, so that a chatty log never blocks the server. */
function collect(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    if (text.length < 200_000) text += chunk.toString();
  });
  return () => text;
}

function spawnServer(options: ServerProcessOptions) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'composer-server-'));
  const database = options.env?.DATABASE ?? join(dir, 'composer.db');
  const env = { PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATABASE: database, ...options.env };
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', options.script ?? 'server/main.ts', ...(options.args ?? [])],
    {
      cwd: options.cwd,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  return { child, exited, stdout: collect(child.stdout), stderr: collect(child.stderr), dir, database };
}

/** Starts the server and resolves once it has printed its URL and demo token. */
export function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const { child, exited, stdout, stderr, dir, database } = spawnServer(options);
  const stop: ServerProcess['stop'] = async ({ signal = 'SIGTERM', keep = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  const output = () => `${stdout()}${stderr()}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server did not start:\n${output()}`));
    }, options.timeoutMs ?? 30_000);
    const onData = () => {
      const url = /running at (http:\/\/\S+)/.exec(stdout())?.[1];
      const token = /^Demo token: (\S+)$/m.exec(stdout())?.[1];
      if (url === undefined || (token === undefined && options.demoToken !== false)) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const port = Number(new URL(url).port);
      resolve({
        url,
        api: `${url}/api/v3`,
        port,
        token: token ?? '',
        dir,
        database,
        child,
        exited,
        stdout,
        stderr,
        stop,
      });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output()}`));
    });
  });
}

/** Runs the server until it exits by itself (a configuration it refuses): its exit code and output. */
export async function runServerProcess(
  options: ServerProcessOptions = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnServer(options);
  const code = await run.exited;
  if (options.dir === undefined) rmSync(run.dir, { recursive: true, force: true });
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
