// Clients of the fault rounds: each creates tasks as the web app's outbox does, one key per task, and on a
// lost answer retries the same key on the next instance until it is acknowledged.
import { MAY_ALREADY_EXIST_CODE } from '../../src/shared/failed-codes';

export interface Target {
  /** e.g. http://127.0.0.1:4101 */
  url: string;
}

export interface KeyOutcome {
  key: string;
  /** index of each instance tried, in order */
  tried: number[];
  acknowledged: boolean;
  /** the task id of the 201 that acknowledged it */
  taskId?: string;
  /** true when that 201 was a replay of an earlier answer */
  replayed: boolean;
  /** the gateway answered 409 task-031: MileApp may have the task; a person checks before sending again */
  mayExist: boolean;
}

export interface Answer {
  status: number;
  text: string;
  replayed: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One POST; undefined when no answer came (refused, reset, timed out). */
export async function post(
  url: string,
  token: string,
  key: string,
  body: string,
): Promise<Answer | undefined> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'idempotency-key': key,
      },
      body,
      signal: AbortSignal.timeout(5_000),
    });
    return {
      status: res.status,
      text: await res.text(),
      replayed: res.headers.get('idempotent-replayed') === 'true',
    };
  } catch {
    return undefined;
  }
}

/**
 * Sends one task under `key` until a 201, moving to the next instance after no answer or a 5xx, and
 * waiting on the same one after a 429 or a 409 "in progress". Gives up after `deadlineMs`.
 */
export async function createUntilAcknowledged(
  targets: readonly Target[],
  first: number,
  token: string,
  key: string,
  body: string,
  deadlineMs = 30_000,
): Promise<KeyOutcome> {
  const outcome: KeyOutcome = { key, tried: [], acknowledged: false, replayed: false, mayExist: false };
  const giveUp = Date.now() + deadlineMs;
  let at = first;
  while (Date.now() < giveUp) {
    outcome.tried.push(at);
    const answer = await post(`${targets[at]!.url}/api/v3/task`, token, key, body);
    if (answer?.status === 201) {
      outcome.acknowledged = true;
      outcome.replayed = answer.replayed;
      outcome.taskId = (JSON.parse(answer.text) as { task: { _id: string } }).task._id;
      return outcome;
    }
    if (answer?.status === 409 && answer.text.includes(MAY_ALREADY_EXIST_CODE)) {
      // Final, as the web app treats it: never sent again without a person checking (decision 060).
      outcome.mayExist = true;
      return outcome;
    }
    if (answer?.status === 429 || answer?.status === 409) {
      await sleep(100);
      continue;
    }
    if (answer !== undefined && answer.status < 500)
      throw new Error(`key ${key}: ${answer.status} ${answer.text.slice(0, 300)}`);
    at = (at + 1) % targets.length;
    await sleep(50);
  }
  return outcome;
}

/** `clients` loops, each creating tasks one after another until `stopAt`; every key's outcome. */
export async function runClients(options: {
  targets: readonly Target[];
  clients: number;
  token: string;
  stopAt: number;
  prefix: string;
  bodyFor: (marker: string) => string;
}): Promise<KeyOutcome[]> {
  const outcomes: KeyOutcome[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async (_, c) => {
      for (let n = 0; Date.now() < options.stopAt; n++) {
        const key = `${options.prefix}-${c}-${n}`;
        outcomes.push(
          await createUntilAcknowledged(
            options.targets,
            (c + n) % options.targets.length,
            options.token,
            key,
            options.bodyFor(key),
          ),
        );
      }
    }),
  );
  return outcomes;
}
