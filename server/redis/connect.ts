// The one Redis connection of a process (REDIS_URL), for the shared rate limit (docs/decisions/065).
// Every command is bounded: a Redis that stops answering costs a request half a second, never a hang,
// and commands fail at once while the connection is down instead of queueing behind it.
import { Redis } from 'ioredis';

export const REDIS_CONNECT_TIMEOUT_MS = 2000;
export const REDIS_COMMAND_TIMEOUT_MS = 500;

/** The URL with its password replaced, for messages and logs. */
export function redactRedisUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password !== '') url.password = '***';
    return url.href;
  } catch {
    return '(unreadable URL)';
  }
}

export class RedisUnreachable extends Error {
  override name = 'RedisUnreachable';
}

export interface RedisConnectOptions {
  /** reconnection failures after the start; each is reported, the client keeps retrying */
  onError?: (err: Error) => void;
  connectTimeoutMs?: number;
}

/** Connects and pings; rejects with a message naming the URL (password hidden) when Redis cannot be used. */
export async function connectRedis(url: string, options: RedisConnectOptions = {}): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? REDIS_CONNECT_TIMEOUT_MS,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  let started = false;
  let firstError: Error | undefined;
  redis.on('error', (err: Error) => {
    if (started) options.onError?.(err);
    else firstError ??= err;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    // ioredis rejects with "Connection is closed"; the socket's own error says why.
    const cause = firstError ?? e;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new RedisUnreachable(`Cannot reach Redis at ${redactRedisUrl(url)} (REDIS_URL): ${reason}`);
  }
  started = true;
  return redis;
}
