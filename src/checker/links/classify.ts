import { decodePath } from '../site/built.ts';

/** What a link points to, resolved against the page it is on. */
export type LinkTarget =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'url'; url: string }
  | { kind: 'other' };

const origin = 'http://site.invalid';

/**
 * `/runbooks/scaling/#steps` and `../scaling/` are pages of this site (paths without the base path);
 * `https://…` and `//host/…` are URLs; `mailto:` and other schemes are neither.
 */
export function classifyHref(href: string, pageUrl: string): LinkTarget {
  const value = href.trim();
  if (value.startsWith('//')) return { kind: 'url', url: `https:${value}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme)
    return scheme === 'http' || scheme === 'https' ? { kind: 'url', url: value } : { kind: 'other' };
  let resolved: URL;
  try {
    resolved = new URL(value, origin + pageUrl);
  } catch {
    return { kind: 'internal', path: value, fragment: undefined };
  }
  const fragment = resolved.hash.length > 1 ? safeDecode(resolved.hash.slice(1)) : undefined;
  return { kind: 'internal', path: decodePath(resolved.pathname), fragment };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
