import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeDiagramBrowser, createDiagramRenderer, themes } from '../../src/plugins/mermaid/render.ts';
import { themeStylesheets } from '../../src/plugins/mermaid/palette.ts';
import { withBrowser } from '../helpers/browser.ts';

// A diagram with every kind of label a runbook draws: nodes, a decision, edge labels, a subgraph.
const source = [
  'flowchart LR',
  '  A["Alert fires"] --> B{"Health check passes?"}',
  '  B -->|yes| C["Verify the dashboard"]',
  '  B -->|no| D["Restart the app"]',
  '  subgraph host["app-1.corp.internal"]',
  '    D --> E[("Database")]',
  '  end',
].join('\n');

const cacheDir = mkdtempSync(path.join(tmpdir(), 'handbook-palette-'));
let browser: Browser;
let close: () => Promise<void>;
const svgs: Record<string, string> = {};

beforeAll(async () => {
  const render = createDiagramRenderer(cacheDir);
  for (const theme of themes) {
    const [rendered] = await render([source], theme);
    if (!rendered || !('svg' in rendered))
      throw new Error(`the diagram did not render: ${JSON.stringify(rendered)}`);
    svgs[theme] = rendered.svg;
  }
  await closeDiagramBrowser();
  ({ browser, close } = await withBrowser());
}, 240_000);
afterAll(async () => {
  await close?.();
  rmSync(cacheDir, { recursive: true, force: true });
});

interface Pair {
  label: string;
  text: string;
  fill: string;
}

/** Each label of the diagram with its text colour and the colour it sits on, as the browser paints them. */
async function labelColours(svg: string): Promise<Pair[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
    return await page.evaluate(() => {
      const visible = (color: string) => color !== '' && color !== 'none' && !/rgba\(.*,\s*0\)$/.test(color);
      const backdrop = (element: Element): string => {
        // The nearest painted background: an HTML label's own, else the shape of its node or cluster.
        for (let node: Element | null = element; node; node = node.parentElement) {
          const background = getComputedStyle(node).backgroundColor;
          if (visible(background)) return background;
          if (node.matches('g.node, g.cluster')) {
            const shape = node.querySelector(
              ':scope > rect, :scope > polygon, :scope > path, :scope > circle, :scope > g > path, :scope > g > rect',
            );
            if (shape) return getComputedStyle(shape).fill;
          }
        }
        return getComputedStyle(document.body).backgroundColor;
      };
      const labels = [...document.querySelectorAll('foreignObject span, foreignObject p, text')].filter(
        (element) => element.textContent?.trim() && element.children.length === 0,
      );
      return labels.map((element) => ({
        label: element.textContent!.trim(),
        text: getComputedStyle(element).color,
        fill: backdrop(element),
      }));
    });
  } finally {
    await page.close();
  }
}

const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG 2 contrast ratio of two opaque colours. */
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

/** The site's own colour for a custom property in `theme`, computed from its stylesheets. */
async function siteColour(property: string, theme: string): Promise<string> {
  const page = await browser.newPage();
  try {
    for (const file of themeStylesheets) await page.addStyleTag({ content: readFileSync(file, 'utf8') });
    return await page.evaluate(
      ([name, mode]) => {
        document.documentElement.dataset['theme'] = mode!;
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.color = `var(${name})`;
        return getComputedStyle(probe).color;
      },
      [property, theme],
    );
  } finally {
    await page.close();
  }
}

describe.each(themes)('a rendered diagram in the %s theme', (theme) => {
  test('every label has AA contrast (4.5:1) against what it sits on', async () => {
    const pairs = await labelColours(svgs[theme]!);
    expect(pairs.map((pair) => pair.label)).toEqual(
      expect.arrayContaining(['Alert fires', 'Health check passes?', 'yes', 'no', 'app-1.corp.internal']),
    );
    const weak = pairs
      .map((pair) => ({ ...pair, ratio: Math.round(contrast(pair.text, pair.fill) * 100) / 100 }))
      .filter((pair) => pair.ratio < 4.5);
    expect(weak).toEqual([]);
  });

  test('takes its colours from the site: nodes in the accent tint, labels in the body text colour', async () => {
    const pairs = await labelColours(svgs[theme]!);
    const node = pairs.find((pair) => pair.label === 'Alert fires')!;
    expect(channels(node.fill)).toEqual(channels(await siteColour('--sl-color-accent-low', theme)));
    expect(channels(node.text)).toEqual(channels(await siteColour('--sl-color-white', theme)));
  });
});
