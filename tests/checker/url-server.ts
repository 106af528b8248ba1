import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A local HTTP server on 127.0.0.1 that answers the way real sites fail. */
export interface UrlServer {
  origin: string;
  /** Requests per `METHOD /path?query`. */
  hits: Map<string, number>;
  /** Most requests that were in flight at once. */
  maxInFlight(): number;
  resetStats(): void;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_request, response) =>
    response.writeHead(code, headers).end();

const routes: Record<string, Handler> = {
  '/ok': status(200),
  '/not-found': status(404),
  '/gone': status(410),
  '/rate-limited': status(429, { 'retry-after': '1' }),
  '/rate-limited-once': (request, response, count) =>
    count === 1
      ? status(429, { 'retry-after': '2' })(request, response, count)
      : status(200)(request, response, count),
  '/always-500': status(500),
  '/flaky': (request, response, count) => status(count === 1 ? 500 : 200)(request, response, count),
  '/redirect': status(301, { location: '/ok' }),
  '/loop-a': status(302, { location: '/loop-b' }),
  '/loop-b': status(302, { location: '/loop-a' }),
  '/head-refused': (request, response, count) =>
    status(request.method === 'HEAD' ? 405 : 200)(request, response, count),
  '/drop': (request) => request.socket.destroy(),
  '/redirect-nowhere': status(302),
  '/redirect-to-nowhere': status(301, { location: '/redirect-nowhere' }),
  '/head-only': (request, response, count) =>
    status(request.method === 'HEAD' ? 200 : 404)(request, response, count),
};

/** `/chain/N` redirects to `/chain/N+1`: a chain longer than any redirect limit. */
const chain: Handler = (request, response) => {
  const step = Number(new URL(request.url ?? '/', 'http://x').pathname.split('/')[2]);
  response.writeHead(302, { location: `/chain/${step + 1}` }).end();
};

/** Starts the server; `/slow` answers after `slowMs`, `/delay` after 50 ms. */
export async function startUrlServer({ slowMs = 2000 } = {}): Promise<UrlServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  const later = (ms: number, response: ServerResponse) => {
    const timer = setTimeout(() => (timers.delete(timer), response.writeHead(200).end()), ms);
    timers.add(timer);
  };
  const perUrl = new Map<string, number>();
  const server = createServer((request, response) => {
    const key = `${request.method} ${request.url}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    // Handlers that fail "the first time" mean the first request for the URL, whatever its method.
    const count = (perUrl.get(request.url ?? '') ?? 0) + 1;
    perUrl.set(request.url ?? '', count);
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = () => inFlight--;
    response.on('close', done);
    if (pathname === '/slow') return later(slowMs, response);
    if (pathname === '/delay') return later(50, response);
    if (pathname.startsWith('/chain/')) return chain(request, response, count);
    (routes[pathname] ?? status(404))(request, response, count);
  });
  server.on(
    'connection',
    (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    maxInFlight: () => maxInFlight,
    resetStats: () => {
      hits.clear();
      perUrl.clear();
      maxInFlight = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/**
 * A `fetch` that serves `http://urls.test/…` from the local server and fails `gone.test` as a
 * host that does not resolve, so fixture pages can name stable URLs and no lookup leaves the machine.
 */
export function fixtureFetch(server: UrlServer): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname === 'gone.test') {
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND gone.test'), { code: 'ENOTFOUND' });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    }
    if (url.hostname === 'urls.test') return fetch(`${server.origin}${url.pathname}${url.search}`, init);
    return Promise.reject(new Error(`tests fetch only urls.test and gone.test, not ${url.host}`));
  };
}
