/**
 * Where the handbook is served. `SITE_URL` is the origin (default `https://handbook.corp.internal`);
 * `BASE_PATH` is the path prefix on a shared host, such as `/handbook/` (default `/`).
 */
export function siteLocation(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  const site = env['SITE_URL'] || 'https://handbook.corp.internal';
  const trimmed = (env['BASE_PATH'] || '/').replace(/^\/*|\/*$/g, '');
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://handbook.corp.internal, got "${site}"`);
  }
  return { site, base: trimmed ? `/${trimmed}/` : '/' };
}
