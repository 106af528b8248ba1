import { createHash } from 'node:crypto';
import type { InlineSources } from './inline-sources.ts';

/** A CSP source expression for `text`: `'sha256-…'` of its UTF-8 bytes, as browsers compute it. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Pages repeat the same inline CSS and scripts: each distinct text is hashed once.
const hashes = (texts: Iterable<string>): string[] =>
  [...new Set([...new Set(texts)].map(sha256Source))].sort();

/**
 * The handbook's Content-Security-Policy: everything from its own origin, nothing inline unless its hash
 * is listed. One policy for every page, so it can be a single header; the hashes are the union over all
 * pages. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly and allows no JavaScript `eval`.
 * Style attributes need `'unsafe-hashes'`: it only lets the listed attribute values through.
 */
export function contentSecurityPolicy(pages: Iterable<InlineSources>): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  for (const page of pages) {
    scripts.push(...page.scripts);
    styles.push(...page.styles);
    styleAttributes.push(...page.styleAttributes);
  }
  const attributeHashes = hashes(styleAttributes);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes(scripts)].join(' '),
    ["style-src 'self'", ...hashes(styles)].join(' '),
    // Without any style attribute, 'unsafe-hashes' alone would allow nothing; say so plainly.
    attributeHashes.length > 0
      ? ["style-src-attr 'unsafe-hashes'", ...attributeHashes].join(' ')
      : "style-src-attr 'none'",
    // Starlight's CSS draws some icons from data: SVG images.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
