import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

// oauth2-proxy's side of auth_request, reduced to its contract: 202 for a signed-in cookie, else 401.
function fakeOauth2Proxy(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/oauth2/auth')
      response.statusCode = request.headers.cookie === 'session=ok' ? 202 : 401;
    else response.statusCode = 200; // its sign-in page
    response.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('deploy/nginx/oauth2-proxy.conf in front of the handbook', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'handbook-sso-'));
  let proxy: Server;
  let nginx: RunningNginx;
  beforeAll(async () => {
    proxy = await fakeOauth2Proxy();
    const { port } = proxy.address() as AddressInfo;
    const snippet = path.join(scratch, 'oauth2-proxy.conf');
    const original = readFileSync('deploy/nginx/oauth2-proxy.conf', 'utf8');
    writeFileSync(snippet, original.replaceAll('127.0.0.1:4180', `127.0.0.1:${port}`));
    nginx = await startNginx(builtSite(), '/', [snippet]);
  });
  afterAll(async () => {
    await nginx?.stop();
    proxy?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('sends a reader who is not signed in to sign in, and back to the page afterwards', async () => {
    const response = await fetch(`${nginx.origin}/runbooks/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/oauth2/sign_in?rd=http://127.0.0.1/runbooks/`);
  });

  test('serves a signed-in reader the page with its security headers', async () => {
    const response = await fetch(`${nginx.origin}/runbooks/`, { headers: { cookie: 'session=ok' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  test('lets the sign-in pages through without a session', async () => {
    expect((await fetch(`${nginx.origin}/oauth2/sign_in`)).status).toBe(200);
  });
});
