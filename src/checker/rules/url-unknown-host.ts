import type { Rule } from '../context.ts';
import { finding } from '../findings.ts';
import { hostMatches } from '../urls/hosts.ts';

/** `url-unknown-host`: an internal host (`*.internal`) that no service in the data has. */
export const urlUnknownHost: Rule = ({ hostRefs, system, options }) => {
  const known = new Set(
    system.services.flatMap((service) => service.environments.flatMap((env) => env.hosts)),
  );
  return hostRefs.flatMap((ref) => {
    if (!hostMatches(ref.host, options.internalHosts) || known.has(ref.host.toLowerCase())) return [];
    return [
      finding(
        'url-unknown-host',
        ref,
        `${ref.host} is not a host of any service in src/data/services.yaml`,
        ref.target,
      ),
    ];
  });
};
