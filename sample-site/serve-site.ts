import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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

/** Starts a node:http server on host and port (0: an ephemeral port). */
export async function serveSite(host: '127.0.0.1', slowMs: number, port = 0): Promise<SiteServer> {
  let routes: SiteRoutes = new Map();
  let notFound: Route = { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not found') };
  const timers = new Set<NodeJS.Timeout>();

  const answer = (request: IncomingMessage, response: ServerResponse, route: Route): void => {
    response.writeHead(route.status, { ...route.headers, 'content-length': String(route.body.length), server: 'fanzha-sample-site' });
    response.end(request.method === 'HEAD' ? undefined : route.body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sample.invalid');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const route = routes.get(routeKey(url)) ?? notFound;
    if (!route.slow || slowMs <= 0) return answer(request, response, route);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) answer(request, response, route);
    }, slowMs);
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
