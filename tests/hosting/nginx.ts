import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxServerConfig } from '../../deploy/nginx/server-config.ts';

/** Debian's nginx (`.ci/run` installs it); `NGINX` names another binary. */
export const nginxBinary = process.env['NGINX'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  port: number;
  /** Every request nginx answered so far, as `STATUS URI` (`200 /runbooks/restart/`). */
  served(): string[];
  /** Stops nginx and waits for it to exit; the files it served stay. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A prefix directory holding an nginx.conf that runs the handbook's generated server block, in the
 * foreground, on `port` of loopback, with every path nginx writes kept inside the prefix.
 */
export function writeNginxPrefix(
  site: string,
  base: string,
  port: number,
  includes: readonly string[] = [],
): { prefix: string; conf: string } {
  const prefix = mkdtempSync(path.join(tmpdir(), 'handbook-nginx-'));
  mkdirSync(path.join(prefix, 'temp'));
  const server = nginxServerConfig({
    root: site,
    base,
    listen: `127.0.0.1:${port}`,
    serverName: '_',
    includes,
  });
  writeFileSync(path.join(prefix, 'handbook.conf'), server);
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon off;',
      // As root, nginx would run its workers as nobody, who cannot read the tests' private temp dirs.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      "  log_format handbook '$status $request_uri';",
      `  access_log ${path.join(prefix, 'access.log')} handbook;`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(prefix, 'handbook.conf')};`,
      '}',
    ].join('\n'),
  );
  return { prefix, conf };
}

/** `nginx -t` on the configuration; returns its exit status and output. */
export function testNginxConfig(
  site: string,
  base: string,
  includes: readonly string[] = [],
): { status: number | null; output: string } {
  const { prefix, conf } = writeNginxPrefix(site, base, 8080, includes);
  const result = spawnSync(nginxBinary, ['-t', '-e', 'stderr', '-p', prefix, '-c', conf], {
    encoding: 'utf8',
  });
  rmSync(prefix, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Starts a real nginx serving the built `site` under `base`, as a child process on loopback: on `port`
 * if given (to come back at the same origin, as after a redeploy), else on a free one. `includes` are
 * files of server-level directives, as `npm run nginx:config -- --include` adds them.
 */
export async function startNginx(
  site: string,
  base: string,
  port?: number,
  includes: readonly string[] = [],
): Promise<RunningNginx> {
  port ??= await freePort();
  const { prefix, conf } = writeNginxPrefix(site, base, port, includes);
  const child = spawn(nginxBinary, ['-e', 'stderr', '-p', prefix, '-c', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readLog = () => readFileSync(path.join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean);
  let stoppedLog: string[] | undefined;
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${(error as Error).message}\n${output}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    served: () => stoppedLog ?? readLog(),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      stoppedLog ??= readLog();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`exited with status ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens on port ${port} after 5 s`);
}
