import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for a Trino coordinator's client REST API, as Trino documents it
 * (https://trino.io/docs/current/develop/client-protocol.html): `POST /v1/statement` with the SQL as
 * its body answers a QUEUED `QueryResults` with a `nextUri`; each `GET` of a `nextUri` answers the
 * next document, the last one without `nextUri`; once the columns are known every document carries
 * them (as Trino's coordinator does), with or without data; a failed query is a document with `error`
 * (message, errorCode, errorName, errorType). The test says which documents follow a statement; the
 * stand-in records every request's headers and body.
 */
export interface TrinoRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type TrinoPage = { columns?: Array<{ name: string; type: string }>; data?: unknown[][]; error?: TrinoQueryError };

export interface TrinoQueryError {
  message: string;
  errorCode: number;
  errorName: string;
  errorType: 'USER_ERROR' | 'INTERNAL_ERROR' | 'INSUFFICIENT_RESOURCES' | 'EXTERNAL';
}

/** Trino's own error for a missing table (StandardErrorCode TABLE_NOT_FOUND, code 46, a USER_ERROR). */
export function tableNotFound(name: string): TrinoPage {
  return { error: { message: `line 1:15: Table '${name}' does not exist`, errorCode: 46, errorName: 'TABLE_NOT_FOUND', errorType: 'USER_ERROR' } };
}

export interface TrinoStandIn {
  url: string;
  port: number;
  requests: TrinoRequest[];
  stop(): Promise<void>;
}

export async function startTrino(answer: (sql: string) => TrinoPage[]): Promise<TrinoStandIn> {
  const requests: TrinoRequest[] = [];
  const queries = new Map<string, TrinoPage[]>();
  let n = 0;
  let base = '';
  const doc = (id: string, page: TrinoPage | undefined, next: number | undefined) => ({
    id,
    infoUri: `${base}/ui/query.html?${id}`,
    ...(next !== undefined ? { nextUri: `${base}/v1/statement/executing/${id}/y/${next}` } : {}),
    ...page,
    stats: { state: page?.error ? 'FAILED' : next !== undefined ? (page ? 'RUNNING' : 'QUEUED') : 'FINISHED' },
  });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/statement') {
        const id = `20261206_000000_${String(++n).padStart(5, '0')}_mlgat`;
        queries.set(id, answer(body));
        res.end(JSON.stringify(doc(id, undefined, 0)));
        return;
      }
      const m = /^\/v1\/statement\/executing\/([^/]+)\/y\/(\d+)$/.exec(req.url ?? '');
      const pages = m ? queries.get(m[1]!) : undefined;
      if (!m || !pages) {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain');
        res.end('Query not found');
        return;
      }
      const k = Number(m[2]);
      const columns = pages.slice(0, k + 1).find((p) => p.columns)?.columns;
      res.end(JSON.stringify(doc(m[1]!, { ...(columns ? { columns } : {}), ...pages[k] }, k + 1 < pages.length ? k + 1 : undefined)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    port,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
