import { RemoteError } from '@mlgate/core';
import { safeUrl, sleep } from './http-endpoint.js';

/** Poll each URL with GET until it answers 2xx, all within one deadline. */
export async function waitFor(urls: string[], deadlineMs: number, log: (m: string) => void = () => {}): Promise<void> {
  const { request } = await import('undici');
  const end = Date.now() + deadlineMs;
  for (const url of urls) {
    let last = 'no answer yet';
    for (;;) {
      const left = end - Date.now();
      if (left <= 0) throw new RemoteError(`${safeUrl(url)} was not ready within ${Math.round(deadlineMs / 1000)} s (wait-for); last: ${last}`, { field: 'wait-for' });
      try {
        const res = await request(url, { method: 'GET', headersTimeout: Math.min(left, 5000), bodyTimeout: Math.min(left, 5000) });
        await res.body.dump();
        if (res.statusCode >= 200 && res.statusCode < 300) {
          log(`${safeUrl(url)} is ready`);
          break;
        }
        last = `HTTP ${res.statusCode}`;
      } catch (e) {
        const err = e as Error & { code?: string };
        last = err.code === 'ECONNREFUSED' ? 'connection refused' : err.message;
      }
      await sleep(Math.min(250, Math.max(0, end - Date.now())));
    }
  }
}
