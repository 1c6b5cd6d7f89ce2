import { afterEach, describe, expect, it } from 'vitest';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '@mlgate/core';
import { Http1Pool } from '../src/http1.js';
import { HttpEndpoint } from '../src/http-endpoint.js';

const servers: Array<Server | HttpServer> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function listen<S extends Server | HttpServer>(s: S): Promise<{ server: S; port: number }> {
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { server: s, port: (s.address() as AddressInfo).port };
}

/** A raw server: `reply` gets each request's text and the socket, and answers with bytes of its choosing. */
async function raw(reply: (req: string, socket: Socket, n: number) => void): Promise<{ port: number; connections: () => number; requests: string[] }> {
  let connections = 0;
  const requests: string[] = [];
  const { port } = await listen(
    createServer((socket) => {
      connections++;
      let buf = '';
      socket.on('data', (d) => {
        buf += d.toString('latin1');
        for (;;) {
          const end = buf.indexOf('\r\n\r\n');
          if (end < 0) return;
          const length = Number(/content-length: (\d+)/i.exec(buf.slice(0, end))?.[1] ?? 0);
          if (buf.length < end + 4 + length) return;
          const req = buf.slice(0, end + 4 + length);
          buf = buf.slice(end + 4 + length);
          requests.push(req);
          reply(req, socket, requests.length);
        }
      });
      socket.on('error', () => {});
    }),
  );
  return { port, connections: () => connections, requests };
}

const json = (body: string, extra = '') => `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('the HTTP/1.1 client of the replay', () => {
  it('sends one POST with the headers and the body byte length, and reuses the connection', async () => {
    const s = await raw((_req, socket) => socket.write(json('{"predictions":[{"score":0.25}]}')));
    const pool = new Http1Pool('127.0.0.1', s.port, `127.0.0.1:${s.port}`, '/predict?v=1', { 'content-type': 'application/json', 'x-key': 'k' }, 4, 2000);
    for (let i = 0; i < 5; i++) expect(await pool.request('{"x":"é"}')).toEqual({ type: 'answer', answer: { predictions: [{ score: 0.25 }] } });
    pool.close();
    expect(s.connections()).toBe(1);
    const head = s.requests[0]!;
    expect(head).toMatch(/^POST \/predict\?v=1 HTTP\/1\.1\r\n/);
    expect(head).toContain(`host: 127.0.0.1:${s.port}\r\n`);
    expect(head).toContain('x-key: k\r\n');
    expect(head).toContain('content-length: 10\r\n'); // "é" is two bytes
    expect(Buffer.from(head.split('\r\n\r\n')[1]!, 'latin1').toString('utf8')).toBe('{"x":"é"}');
  });

  it('answers split at every byte, chunked bodies, informational answers first', async () => {
    const body = '{"a":[1,2,3],"b":"ünï"}';
    const chunked = `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\n${body.slice(0, 5)}\r\n${Buffer.byteLength(body.slice(5)).toString(16)}\r\n${body.slice(5)}\r\n0\r\nx-trailer: 1\r\n\r\n`;
    const s = await raw((_req, socket, n) => {
      const bytes = Buffer.from(n % 2 ? chunked : json(body));
      let i = 0;
      const drip = () => {
        if (i >= bytes.length) return;
        socket.write(bytes.subarray(i, i + 1));
        i++;
        setImmediate(drip);
      };
      drip();
    });
    const pool = new Http1Pool('127.0.0.1', s.port, 'h', '/', {}, 1, 5000);
    for (let i = 0; i < 4; i++) expect(await pool.request('{}')).toEqual({ type: 'answer', answer: JSON.parse(body) });
    pool.close();
    expect(s.connections()).toBe(1);
  });

  it('statuses, malformed JSON, a body delimited by the close, and text that is not HTTP', async () => {
    const replies = [
      'HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\n\r\nbusy',
      json('{"a":'),
      'HTTP/1.0 200 OK\r\n\r\n{"old":true}',
      'SSH-2.0-OpenSSH\r\n\r\n',
    ];
    const s = await raw((_req, socket, n) => {
      socket.write(replies[n - 1]!);
      if (n >= 3) socket.end();
    });
    const pool = new Http1Pool('127.0.0.1', s.port, 'h', '/', {}, 1, 2000);
    expect(await pool.request('{}')).toEqual({ type: 'status', status: 503 });
    expect(await pool.request('{}')).toMatchObject({ type: 'malformed' });
    expect(await pool.request('{}')).toEqual({ type: 'answer', answer: { old: true } });
    expect(await pool.request('{}')).toEqual({ type: 'connection', message: expect.stringMatching(/not valid HTTP\/1\.1: not an HTTP answer: "SSH-2\.0/) });
    pool.close();
  });

  it('a server that closes idle connections (Keep-Alive timeout): requests go on without a fault', async () => {
    const { port } = await listen(
      createHttpServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":1}'));
      }),
    );
    (servers[servers.length - 1] as HttpServer).keepAliveTimeout = 50;
    const pool = new Http1Pool('127.0.0.1', port, 'h', '/', {}, 2, 2000);
    for (let i = 0; i < 6; i++) {
      expect(await pool.request('{}')).toEqual({ type: 'answer', answer: { ok: 1 } });
      await new Promise((r) => setTimeout(r, i % 2 ? 80 : 45));
    }
    pool.close();
  });

  it('a reused connection the server drops as the request goes out: sent once more on a new one', async () => {
    const s = await raw((_req, socket, n) => {
      if (n === 2) socket.destroy(); // closes without a word, as a server at its idle limit does
      else socket.write(json('{"n":1}'));
    });
    const pool = new Http1Pool('127.0.0.1', s.port, 'h', '/', {}, 1, 2000);
    expect(await pool.request('{}')).toEqual({ type: 'answer', answer: { n: 1 } });
    expect(await pool.request('{}')).toEqual({ type: 'answer', answer: { n: 1 } });
    expect(s.requests).toHaveLength(3);
    expect(s.connections()).toBe(2);
    pool.close();
  });

  it('at most `connections` sockets; the rest wait; deadlines hold in the queue too', async () => {
    const s = await raw((_req, socket) => {
      setTimeout(() => socket.write(json('{"ok":true}')), 30);
    });
    const pool = new Http1Pool('127.0.0.1', s.port, 'h', '/', {}, 3, 2000);
    const all = await Promise.all(Array.from({ length: 12 }, () => pool.request('{}')));
    expect(all.every((r) => r.type === 'answer')).toBe(true);
    expect(s.connections()).toBe(3);
    pool.close();
    const slow = await raw(() => {});
    const p2 = new Http1Pool('127.0.0.1', slow.port, 'h', '/', {}, 1, 150);
    const t0 = Date.now();
    const [a, b] = await Promise.all([p2.request('{}'), p2.request('{}')]);
    expect(a).toEqual({ type: 'timeout' });
    expect(b).toEqual({ type: 'timeout' }); // waited in the queue past its own deadline
    expect(Date.now() - t0).toBeLessThan(1000);
    p2.close();
  });

  it('a header with a line break in its value is a configuration error, not a request', () => {
    expect(() => new HttpEndpoint({ url: 'http://127.0.0.1:1/', headers: { 'x-key': 'a\r\nx-evil: 1' }, timeoutMs: 100, retries: 0, backoffMs: 1, concurrency: 1, batchSize: 1, path: [] })).toThrow(ConfigurationError);
    expect(() => new HttpEndpoint({ url: 'http://127.0.0.1:1/', headers: { 'bad name': 'v' }, timeoutMs: 100, retries: 0, backoffMs: 1, concurrency: 1, batchSize: 1, path: [] })).toThrow(/not a valid HTTP header name/);
  });
});
