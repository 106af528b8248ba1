import { existsSync } from 'node:fs';

/** What `npm test` needs from the machine beyond node_modules, and the Debian package that brings it. */
export const testTools = [
  { need: 'nginx, which tests/hosting runs', file: '/usr/sbin/nginx', debianPackage: 'nginx' },
  {
    need: 'a font, so that Chromium renders text',
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    debianPackage: 'fonts-dejavu-core',
  },
] as const;

export interface Machine {
  /** `NGINX` from the environment: another nginx binary, used instead of Debian's. */
  nginxOverride: string | undefined;
  exists: (file: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type Plan =
  { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };

export const installCommand = (packages: readonly string[], sudo: boolean) =>
  `${sudo ? 'sudo ' : ''}apt-get install --no-install-recommends ${packages.join(' ')}`;

/** Whether the tests can run as they are, whether this run may install what is missing, or why not. */
export function planTestTools(machine: Machine): Plan {
  if (machine.nginxOverride !== undefined && !machine.exists(machine.nginxOverride))
    return {
      action: 'stop',
      message: `NGINX=${machine.nginxOverride} does not exist: unset NGINX or name an nginx binary.`,
    };
  const missing = testTools.filter(
    (tool) => !(tool.debianPackage === 'nginx' && machine.nginxOverride) && !machine.exists(tool.file),
  );
  if (missing.length === 0) return { action: 'ready' };
  const packages = missing.map((tool) => tool.debianPackage);
  if (machine.isRoot && machine.hasAptGet) return { action: 'install', packages };
  const needs = missing.map((tool) => `${tool.debianPackage} (${tool.need})`).join(' and ');
  return {
    action: 'stop',
    message: `npm test needs ${needs}. Install, then run npm test again:\n  ${installCommand(packages, !machine.isRoot)}`,
  };
}

/** This machine, as `planTestTools` needs to see it. */
export const thisMachine = (): Machine => ({
  nginxOverride: process.env['NGINX'],
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  hasAptGet: existsSync('/usr/bin/apt-get'),
});
