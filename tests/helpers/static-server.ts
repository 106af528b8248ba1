import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:PORT` with no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback, as a static host would. With `base` (`/handbook/`) the files
 * are served under that path and everything else is a 404.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const notFound = () => {
      response.statusCode = 404;
      response.end('Not found');
    };
    if (!url.startsWith(base)) return notFound();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
