import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * One origin (so one `localStorage`) in front of whichever build the test points it at: a
 * redeploy, as a reader's browser sees it. Files are read on every request.
 */
export async function switchableServer(first: string, base = '/') {
  let dir = first;
  const server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('Not found');
    };
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound();
    request.url = `/${url.slice(base.length)}`;
    sirv(dir, { dev: true })(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next: string) => void (dir = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
