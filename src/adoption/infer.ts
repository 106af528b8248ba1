import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PageKind } from '../schemas/kinds.ts';

/** `KubePodCrashLooping`: the file names Prometheus-style runbook repositories give each alert. */
const alertFileName = /^[A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*$/;

/** The alert a file is named after, as its name and as a data id (`kube-pod-crash-looping`). */
export function alertOfFile(stem: string): { name: string; id: string } | undefined {
  if (!alertFileName.test(stem)) return undefined;
  const id = stem
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return { name: stem, id };
}

const headingsOf = (tree: Root) =>
  tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => toString(node));

const stepHeading = /^(steps?|procedure|mitigation|remediation|resolution|recovery|how to (fix|resolve))\b/i;
const troubleshootingHeading = /symptom|diagnos|troubleshoot|cause/i;

/**
 * What kind of page a source file reads as: a runbook when it has steps to follow (a steps-like
 * heading, or it answers an alert), troubleshooting when it is organised by symptoms and
 * diagnosis, otherwise reference.
 */
export function inferKind(tree: Root, answersAlert: boolean): PageKind {
  const headings = headingsOf(tree);
  if (answersAlert || headings.some((heading) => stepHeading.test(heading))) return 'runbook';
  if (headings.some((heading) => troubleshootingHeading.test(heading))) return 'troubleshooting';
  return 'reference';
}

/** The first paragraph as one line of plain text, cut at a word near `limit` characters. */
export function firstParagraph(tree: Root, limit = 200): string | undefined {
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  const text = paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
  if (!text) return undefined;
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).trimEnd()}…`;
}
