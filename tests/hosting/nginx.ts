import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
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
  /** Reloads the configuration (`systemctl reload nginx`) and waits until a new worker serves it. */
  reload(): Promise<void>;
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
      'error_log stderr notice;',
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
 * Starts a real nginx serving the built `site` under `base`, as a child process on loopback.
 * `includes` are files of server-level directives, as `npm run nginx:config -- --include` adds them.
 *
 * The port is bound here, on port 0, and the listening socket handed to nginx (nginx takes inherited
 * sockets from its NGINX environment variable, as in its binary upgrade): no other process can take the
 * port in between, and connections wait in the socket's queue until nginx accepts them, so nothing has
 * to wait for nginx to start.
 */
export async function startNginx(
  site: string,
  base: string,
  includes: readonly string[] = [],
): Promise<RunningNginx> {
  const socket = createServer();
  await new Promise<void>((resolve) => socket.listen({ port: 0, host: '127.0.0.1', backlog: 256 }, resolve));
  const { port } = socket.address() as AddressInfo;
  const { prefix, conf } = writeNginxPrefix(site, base, port, includes);
  // The descriptor becomes nginx's fd 3; this process closes its own copy at once, so only nginx accepts.
  const fd = (socket as unknown as { _handle: { fd: number } })._handle.fd;
  const child = spawn(nginxBinary, ['-e', 'stderr', '-p', prefix, '-c', conf], {
    stdio: ['ignore', 'pipe', 'pipe', fd],
    env: { ...process.env, NGINX: '3;' },
  });
  socket.close();
  let output = '';
  const outputChanged = new EventTarget();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    outputChanged.dispatchEvent(new Event('data'));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readLog = () => readFileSync(path.join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean);
  let stoppedLog: string[] | undefined;
  /** Resolves once nginx has printed `count` lines containing `text`, rejects if it exits first. */
  const printed = (text: string, count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (output.split(text).length - 1 >= count) done(resolve);
        else if (child.exitCode !== null) done(() => reject(new Error(`nginx exited:\n${output}`)));
      };
      const done = (then: () => void) => {
        outputChanged.removeEventListener('data', check);
        child.off('exit', check);
        then();
      };
      outputChanged.addEventListener('data', check);
      child.on('exit', check);
      check();
    });
  try {
    await printed(workerStarted, 1);
  } catch (error) {
    await exited;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${(error as Error).message}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    served: () => stoppedLog ?? readLog(),
    async reload() {
      const retired = output.split(workerRetired).length - 1;
      child.kill('SIGHUP');
      // The old worker stops accepting once it starts shutting down, after the new one started.
      await printed(workerRetired, retired + 1);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      stoppedLog ??= readLog();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

// What nginx prints, at the `notice` level, when a worker is ready, at the start and after a reload.
const workerStarted = 'start worker process ';
const workerRetired = 'gracefully shutting down';
