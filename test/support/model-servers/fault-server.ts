import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultMode = 'ok' | '500' | 'flaky' | 'hang' | 'close' | 'malformed' | 'no-path' | 'noisy';

/**
 * A Node HTTP model server that misbehaves on purpose. Its model: score = sigmoid(Σ values / 1000)
 * of the request's numbers, label = score > 0.5. `flaky` fails its first `failures` requests with
 * 503; `noisy` adds `noise` to the score of every fifth request.
 */
export interface FaultServer {
  url: string;
  requests: number;
  headers: Array<Record<string, string | string[] | undefined>>;
  stop(): Promise<void>;
}

export function fakeScore(body: unknown): number {
  const nums = Object.values(body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {}).filter((v): v is number => typeof v === 'number');
  const z = nums.reduce((a, b) => a + b, 0) / 1000 - 1;
  return 1 / (1 + Math.exp(-z));
}

export async function startFaultServer(mode: FaultMode, opts: { failures?: number; noise?: number } = {}): Promise<FaultServer> {
  const sockets = new Set<Socket>();
  const state: FaultServer = { url: '', requests: 0, headers: [], stop: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const n = state.requests++;
      state.headers.push(req.headers);
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      } catch {
        return res.writeHead(400).end('{"error":"not JSON"}');
      }
      const send = (status: number, text: string) => res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
      const answer = (extra = 0) => {
        const rows = Array.isArray(body) ? body : [body];
        return JSON.stringify({ predictions: rows.map((r) => { const s = fakeScore(r) + extra; return { label: s > 0.5 ? 1 : 0, score: s }; }) });
      };
      switch (mode) {
        case '500':
          return send(500, '{"error":"internal"}');
        case 'flaky':
          return n < (opts.failures ?? 2) ? send(503, '{"error":"busy"}') : send(200, answer());
        case 'hang':
          return; // never answers
        case 'close':
          return req.socket.destroy();
        case 'malformed':
          return send(200, '{"predictions": [');
        case 'no-path':
          return send(200, '{"result": 1}');
        case 'noisy':
          return send(200, answer(n % 5 === 4 ? (opts.noise ?? 0.05) : 0));
        default:
          return send(200, answer());
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`;
  state.stop = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return state;
}
