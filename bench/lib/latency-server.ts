import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LatencyServers {
  /** `http://127.0.0.2:PORT`, … one per address. */
  origins: string[];
  /** Requests answered so far. */
  served(): number;
  close(): Promise<void>;
}

/** `count` loopback addresses from 127.0.0.2 up: separate hosts to a link checker. */
export const loopbackHosts = (count: number) =>
  Array.from({ length: count }, (_, index) => `127.0.0.${index + 2}`);

/** HTTP servers that answer every request with 200 after `latencyMs`, like a distant host would. */
export async function startLatencyServers(
  hosts: readonly string[],
  latencyMs: number,
): Promise<LatencyServers> {
  let served = 0;
  const servers: Server[] = hosts.map(() =>
    createServer((request, response) => {
      setTimeout(() => {
        served += 1;
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(request.method === 'HEAD' ? undefined : 'ok');
      }, latencyMs);
    }),
  );
  await Promise.all(
    servers.map((server, index) => new Promise<void>((resolve) => server.listen(0, hosts[index], resolve))),
  );
  return {
    origins: servers.map(
      (server, index) => `http://${hosts[index]}:${(server.address() as AddressInfo).port}`,
    ),
    served: () => served,
    close: () =>
      Promise.all(
        servers.map((server) => {
          server.closeAllConnections();
          return new Promise<void>((resolve) => server.close(() => resolve()));
        }),
      ).then(() => undefined),
  };
}
