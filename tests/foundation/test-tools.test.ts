import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { planTestTools, type Machine } from '../../scripts/lib/test-tools.ts';

const machine = (overrides: Partial<Machine> = {}): Machine => ({
  nginxOverride: undefined,
  exists: () => true,
  isRoot: false,
  hasAptGet: true,
  ...overrides,
});
const without =
  (...missing: string[]) =>
  (file: string) =>
    !missing.some((name) => file.includes(name));

describe('planTestTools', () => {
  test('is ready when nginx and the font are there', () => {
    expect(planTestTools(machine())).toEqual({ action: 'ready' });
  });

  test('installs what is missing when it runs as root with apt-get', () => {
    expect(planTestTools(machine({ isRoot: true, exists: without('nginx', 'dejavu') }))).toEqual({
      action: 'install',
      packages: ['nginx', 'fonts-dejavu-core'],
    });
  });

  test('otherwise stops with the exact command to run', () => {
    expect(planTestTools(machine({ exists: without('nginx') }))).toEqual({
      action: 'stop',
      message:
        'npm test needs nginx (nginx, which tests/hosting runs). Install, then run npm test again:\n  sudo apt-get install --no-install-recommends nginx',
    });
    expect(
      planTestTools(machine({ isRoot: true, hasAptGet: false, exists: without('dejavu') })),
    ).toMatchObject({
      action: 'stop',
      message: expect.stringContaining('\n  apt-get install --no-install-recommends fonts-dejavu-core'),
    });
  });

  test('takes the nginx that NGINX names, and says when it does not exist', () => {
    const exists = (file: string) => file === '/opt/nginx/sbin/nginx' || file.includes('dejavu');
    expect(planTestTools(machine({ nginxOverride: '/opt/nginx/sbin/nginx', exists }))).toEqual({
      action: 'ready',
    });
    expect(planTestTools(machine({ nginxOverride: '/opt/missing', exists }))).toEqual({
      action: 'stop',
      message: 'NGINX=/opt/missing does not exist: unset NGINX or name an nginx binary.',
    });
  });
});

describe('the pretest step', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.resolve('scripts/test-tools.ts')], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  test('passes silently on a machine that has what the tests need', () => {
    const result = run({ NGINX: '/usr/sbin/nginx' });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  test('stops at once, before any test, when NGINX names nothing', () => {
    const result = run({ NGINX: '/nonexistent/nginx' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'npm test: NGINX=/nonexistent/nginx does not exist: unset NGINX or name an nginx binary.\n',
    );
  });
});
