import { Redis } from 'ioredis';
import { redactUrl } from '../config/redact-url.ts';

/**
 * Connects to Redis for BullMQ and fails fast with one clear line when it cannot be reached, instead of
 * ioredis's endless reconnect attempts.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  // BullMQ requires maxRetriesPerRequest: null for blocking commands.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: timeoutMs, retryStrategy: () => null });
  let lastError: Error | undefined;
  redis.on('error', (error) => {
    lastError = error;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = (lastError ?? (error as Error)).message;
    throw new Error(`cannot reach Redis at ${redactUrl(url)}: ${reason}`);
  }
  // Connected: from now on reconnect with backoff like any long-running service.
  redis.options.retryStrategy = (times: number) => Math.min(times * 500, 5000);
  return redis;
}
