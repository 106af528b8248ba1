import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nginxServerConfig } from '../../deploy/nginx/server-config.ts';
import { builtSite } from '../helpers/built-site.ts';
import { startNginx, testNginxConfig } from './nginx.ts';

const defaults = { root: '/srv/handbook', base: '/', listen: '80', serverName: 'handbook.corp.internal' };

describe('nginxServerConfig', () => {
  test('is what deploy/nginx/handbook.conf shows for the defaults', () => {
    expect(readFileSync('deploy/nginx/handbook.conf', 'utf8')).toBe(nginxServerConfig(defaults));
  });

  test('serves a base path from the build directory and nothing outside it', () => {
    const config = nginxServerConfig({ ...defaults, root: '/srv/handbook/current', base: '/handbook/' });
    expect(config).toContain('location ^~ /handbook/ {\n        alias /srv/handbook/current/;');
    expect(config).toContain('error_page 404 /handbook/404.html;');
    expect(config).toContain('include /srv/handbook/current/_csp/nginx*.conf;');
    expect(config).toContain('location / {\n        return 404;');
  });

  test('has no location of its own for / when the base is /', () => {
    expect(nginxServerConfig(defaults)).not.toContain('location / {');
  });
});

describe('Debian nginx, nginx -t', () => {
  test.each(['/', '/handbook/'])('accepts the configuration with base %s and the build’s policy', (base) => {
    const result = testNginxConfig(builtSite(), base);
    expect(result.status, result.output).toBe(0);
  });

  test('accepts it with the single sign-on snippet included', () => {
    const snippet = path.resolve('deploy/nginx/oauth2-proxy.conf');
    const result = testNginxConfig(builtSite(), '/', [snippet]);
    expect(result.status, result.output).toBe(0);
  });
});

describe('a directory without the build’s policy (not a complete build)', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'handbook-partial-'));
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>x</title><script>run()</script>');

  test('passes nginx -t, so a reload or a restart never takes the host down', () => {
    const result = testNginxConfig(site, '/');
    expect(result.status, result.output).toBe(0);
  });

  test('is served with the policy that allows no inline code', async () => {
    const nginx = await startNginx(site, '/');
    try {
      const policy = (await fetch(`${nginx.origin}/`)).headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(policy).toContain("style-src-attr 'none'");
      expect(policy).not.toContain('sha256-');
    } finally {
      await nginx.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('Debian nginx serving with the configuration', () => {
  test('gives WebAssembly its type and compresses it (Pagefind may ship .wasm files)', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'handbook-wasm-'));
    mkdirSync(path.join(site, '_csp'));
    writeFileSync(path.join(site, '_csp/nginx.conf'), '');
    // The smallest valid module, padded past gzip_min_length with a custom section.
    const module = Buffer.concat([
      Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x80, 0x08, 0x01, 0x78]),
      Buffer.alloc(1022),
    ]);
    writeFileSync(path.join(site, 'search.wasm'), module);
    const nginx = await startNginx(site, '/');
    try {
      const response = await fetch(`${nginx.origin}/search.wasm`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-type')).toBe('application/wasm');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(WebAssembly.validate(new Uint8Array(await response.arrayBuffer()))).toBe(true);
    } finally {
      await nginx.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
