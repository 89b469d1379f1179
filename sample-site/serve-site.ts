import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Route, SiteRoutes } from './route.ts';

/** One listening sample-site server whose routes are filled in once every origin is known. */
export interface SiteServer {
  origin: string;
  setRoutes(routes: SiteRoutes, notFound: Route): void;
  close(): Promise<void>;
}

/** The route key of a request: its path, plus the page number for the Big5 list script. Other query strings (tracking) are ignored. */
export function routeKey(url: URL): string {
  if (url.pathname === '/list.php') return `/list.php?page=${url.searchParams.get('page') ?? '1'}`;
  return url.pathname;
}

export interface ServeOptions {
  /** Delay of routes marked slow, in milliseconds. */
  slowMs: number;
  /** Delay of every other answer, in milliseconds. @default 0 */
  latencyMs?: number;
  /** Port to listen on; 0 picks an ephemeral one. @default 0 */
  port?: number;
  /** Gzip bodies for clients that accept it, as modern servers do (old government servers often do not). @default false */
  gzip?: boolean;
}

/** A strong ETag per body, so a recrawl can ask If-None-Match and get 304. */
function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

/** Starts a node:http server on host. */
export async function serveSite(host: '127.0.0.1', options: ServeOptions): Promise<SiteServer> {
  const { slowMs, latencyMs = 0, port = 0, gzip = false } = options;
  let routes: SiteRoutes = new Map();
  let notFound: Route = { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not found') };
  const timers = new Set<NodeJS.Timeout>();
  const etags = new WeakMap<Route, string>();
  const gzipped = new WeakMap<Route, Buffer>();

  const answer = (request: IncomingMessage, response: ServerResponse, route: Route): void => {
    const headers: Record<string, string> = { ...route.headers, server: 'fanzha-sample-site' };
    let body = route.body;
    if (route.status === 200) {
      const etag = etags.get(route) ?? etagOf(route.body);
      etags.set(route, etag);
      headers.etag = etag;
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, { etag, server: headers.server });
        response.end();
        return;
      }
    }
    if (gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && route.body.length > 0) {
      body = gzipped.get(route) ?? gzipSync(route.body);
      gzipped.set(route, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(route.status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sample.invalid');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const route = routes.get(routeKey(url)) ?? notFound;
    const delay = route.slow ? Math.max(slowMs, latencyMs) : latencyMs;
    if (delay <= 0) return answer(request, response, route);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) answer(request, response, route);
    }, delay);
    timers.add(timer);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`sample site: port ${port} on ${host} is already in use; choose another first port`) : error);
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    setRoutes(next, next404) {
      routes = next;
      notFound = next404;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
