import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium, chromiumLaunchOptions } from '../../lib/browser.ts';
import { diagramCache } from './cache.ts';
import { paletteFingerprint, paletteRoles, themeStylesheets } from './palette.ts';

export type Theme = 'light' | 'dark';
/** Every diagram is drawn once per theme; CSS shows the one matching Starlight's. */
export const themes: readonly Theme[] = ['light', 'dark'];

const require = createRequire(import.meta.url);
const mermaidVersion: string = require('mermaid/package.json').version;

/** Mermaid's theme variables in one colour theme of the site, as `#rrggbb`. */
type Palette = Record<keyof typeof paletteRoles, string>;

/** Result of rendering one diagram: its SVG, or the parser's message. */
export type Rendered = { svg: string } | { error: string };

// The page mermaid-isomorphic renders in, with the styles and script it adds, resolved from its own
// package so that versions match; `in-page.js` is its rendering function.
const isomorphic = createRequire(require.resolve('mermaid-isomorphic'));
const pageUrl = pathToFileURL(
  path.join(path.dirname(require.resolve('mermaid-isomorphic')), '../index.html'),
);
const pageStyles = ['@fortawesome/fontawesome-free/css/all.css', 'katex/dist/katex.css'].map(
  (name) => pathToFileURL(isomorphic.resolve(name)).href,
);
const mermaidScript = pathToFileURL(isomorphic.resolve('mermaid/dist/mermaid.js')).href;
const inPageScript = fileURLToPath(new URL('./in-page.js', import.meta.url));

/** Diagram pages open at once: each renders one diagram at a time, in its own renderer process. */
const maxPages = Math.max(1, Math.min(4, os.availableParallelism()));
/** With nothing to render for this long, the browser closes (`astro dev`); a build closes it when done. */
const idleMs = 10_000;

interface Session {
  browser: Browser;
  context: BrowserContext;
  /** The site's colours in each theme, resolved once per browser. */
  palettes: Promise<Record<Theme, Palette>>;
}

/**
 * One Chromium for the whole process, shared by every renderer, with at most {@link maxPages} pages.
 * A page loads Mermaid once and then renders diagram after diagram; callers beyond the limit wait for
 * a page to come free.
 */
const pool = {
  session: undefined as Promise<Session> | undefined,
  idle: [] as Page[],
  open: 0,
  busy: 0,
  waiting: [] as { resolve: (page: Page) => void; reject: (error: unknown) => void }[],
  idleTimer: undefined as NodeJS.Timeout | undefined,
};

function startSession(): Promise<Session> {
  pool.session ??= (async () => {
    const browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
    const context = await browser.newContext({ bypassCSP: true });
    const palettes = sitePalettes(context);
    palettes.catch(() => {});
    return { browser, context, palettes };
  })();
  // A browser that failed to start is tried again on the next diagram.
  pool.session.catch(() => (pool.session = undefined));
  return pool.session;
}

/**
 * The colours the site's stylesheets give each palette role in light and dark, as the browser
 * computes them (so `hsl(var(--sl-hue-accent) …)` and the handbook's overrides resolve as on the
 * site). A page of their own, so the site's CSS never touches the page diagrams are measured in.
 */
async function sitePalettes(context: BrowserContext): Promise<Record<Theme, Palette>> {
  const page = await context.newPage();
  try {
    for (const file of themeStylesheets) await page.addStyleTag({ content: readFileSync(file, 'utf8') });
    return (await page.evaluate(
      ({ roles, themes }) => {
        const probe = document.body.appendChild(document.createElement('div'));
        const hex = (color: string) =>
          `#${(color.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map((value) => Math.round(Number(value)).toString(16).padStart(2, '0'))
            .join('')}`;
        const resolve = (theme: string) => {
          document.documentElement.dataset['theme'] = theme;
          return Object.fromEntries(
            Object.entries(roles).map(([name, property]) => {
              probe.style.color = `var(${property})`;
              return [name, hex(getComputedStyle(probe).color)];
            }),
          );
        };
        return Object.fromEntries(themes.map((theme) => [theme, resolve(theme)]));
      },
      { roles: paletteRoles, themes },
    )) as Record<Theme, Palette>;
  } finally {
    await page.close();
  }
}

async function openPage(): Promise<Page> {
  const { context } = await startSession();
  const page = await context.newPage();
  try {
    await page.goto(pageUrl.href);
    await Promise.all([
      ...pageStyles.map((url) => page.addStyleTag({ url })),
      page.addScriptTag({ url: mermaidScript }),
    ]);
    await page.addScriptTag({ path: inPageScript });
    return page;
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

function acquirePage(): Promise<Page> {
  clearTimeout(pool.idleTimer);
  pool.busy += 1;
  const page = pool.idle.pop();
  if (page) return Promise.resolve(page);
  if (pool.open < maxPages) {
    pool.open += 1;
    return openPage().catch((error: unknown) => {
      pool.open -= 1;
      pool.busy -= 1;
      throw error;
    });
  }
  return new Promise((resolve, reject) => pool.waiting.push({ resolve, reject }));
}

/** Hands the page to the next caller waiting, or keeps it; a broken page is closed and replaced. */
function releasePage(page: Page, broken: boolean): void {
  pool.busy -= 1;
  if (broken) {
    pool.open -= 1;
    void page.close().catch(() => {});
    const next = pool.waiting.shift();
    if (next) {
      pool.open += 1;
      openPage().then(next.resolve, (error: unknown) => {
        pool.open -= 1;
        pool.busy -= 1;
        next.reject(error);
      });
    }
  } else {
    const next = pool.waiting.shift();
    if (next) next.resolve(page);
    else pool.idle.push(page);
  }
  if (pool.busy === 0) {
    pool.idleTimer = setTimeout(() => void closeDiagramBrowser(), idleMs);
    pool.idleTimer.unref();
  }
}

/** Closes the diagram browser if one is running; the next diagram to render starts another. */
export async function closeDiagramBrowser(): Promise<void> {
  clearTimeout(pool.idleTimer);
  const session = pool.session;
  if (!session || pool.busy > 0) return;
  pool.session = undefined;
  pool.idle = [];
  pool.open = 0;
  await session.then(
    ({ browser }) => browser.close(),
    () => {},
  );
}

type Settled = PromiseSettledResult<{ svg: string }>;

async function renderInBrowser(source: string, theme: Theme, prefix: string): Promise<Rendered> {
  const palette = (await (await startSession()).palettes)[theme];
  const page = await acquirePage();
  let broken = true;
  try {
    const options = {
      containerStyle: {},
      diagrams: [source],
      iconPacks: [],
      // mermaid-isomorphic's font, and the site's colours in this theme.
      mermaidConfig: {
        fontFamily: 'arial,sans-serif',
        theme: 'base',
        darkMode: theme === 'dark',
        themeVariables: palette,
      },
      prefix,
    };
    const [outcome] = (await page.evaluate(`renderDiagrams(${JSON.stringify(options)})`)) as Settled[];
    broken = false;
    if (outcome?.status === 'fulfilled') return { svg: outcome.value.svg };
    const reason = outcome?.reason as { message?: unknown } | undefined;
    return { error: String(reason?.message ?? reason) };
  } finally {
    releasePage(page, broken);
  }
}

/**
 * Renders Mermaid sources to SVG, reading from and filling the on-disk cache. The browser starts
 * only when a diagram is missing from the cache, once per process; a diagram wanted twice at once
 * renders once.
 */
export function createDiagramRenderer(cacheDir: string) {
  const cache = diagramCache(cacheDir);
  const rendering = new Map<string, Promise<Rendered>>();

  const renderOne = (key: string, source: string, theme: Theme): Promise<Rendered> => {
    let pending = rendering.get(key);
    if (!pending) {
      // One call a diagram so each SVG's ids derive from its own hash and never collide on a page.
      pending = renderInBrowser(source, theme, `mermaid-${key.slice(0, 12)}`)
        .then((rendered) => {
          if ('svg' in rendered) cache.set(key, rendered.svg);
          return rendered;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  };

  return async function render(sources: string[], theme: Theme): Promise<Rendered[]> {
    return Promise.all(
      sources.map((source) => {
        const key = cache.keyOf(mermaidVersion, paletteFingerprint, theme, source);
        const svg = cache.get(key);
        return svg === undefined ? renderOne(key, source, theme) : { svg };
      }),
    );
  };
}
