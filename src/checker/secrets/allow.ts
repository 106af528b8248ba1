import { createHash } from 'node:crypto';

/** A shell or template variable, a printf slot, a mask or an ellipsis: the value is named, not given. */
export const isVariable = (text: string) =>
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*[?:-]?\}?|\$\(.*\)|`.*`|%[sd]|<[^>]*>|\{\{.*\}\}|\*+|x+|\.{3}|…)$/i.test(
    text,
  );

/** Runs of one character (`000000`, `XXXXXX`), as documentation fills a value it must not show. */
export const isFiller = (text: string) =>
  /(.)\1{5,}/.test(text) && /^[0X*x./-]+$|0{6,}|X{6,}|x{6,}/.test(text);

/** Letters and separators only (`a-secret-password`, `changeme`): a word someone wrote, not a credential. */
export const isWords = (text: string) => /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(text);

/**
 * A name Kubernetes or a tool generated: lowercase words and a short random suffix
 * (`default-token-x7k2p`, `web-7d9f8b6c4-x2k9p`). It names a secret; it is not one.
 */
export const isGeneratedName = (text: string) => /^(?:[a-z]+-)+(?:[a-z0-9]{5,10}-)?[a-z0-9]{5}$/.test(text);

/** A PGP key id or fingerprint: 8, 16 or 40 hex digits, optionally `0x`-prefixed. Public by design. */
export const isKeyId = (text: string) => /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$/i.test(text);

/**
 * Keys that vendors publish in their documentation, by SHA-256 so that this file holds none of them:
 * Azure's storage emulator account key.
 */
const publishedKeyHashes = new Set(['0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059']);
export const isPublishedExample = (text: string) =>
  /EXAMPLE/i.test(text) || publishedKeyHashes.has(createHash('sha256').update(text).digest('hex'));
