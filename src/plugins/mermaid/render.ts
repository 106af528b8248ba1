import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium, chromiumLaunchOptions } from '../../lib/browser.ts';
import { diagramCache } from './cache.ts';

export type Theme = 'light' | 'dark';
/** Every diagram is drawn once per theme; CSS shows the one matching Starlight's. */
export const themes: readonly Theme[] = ['light', 'dark'];

const require = createRequire(import.meta.url);
const mermaidVersion: string = require('mermaid/package.json').version;
const mermaidThemes: Record<Theme, string> = { light: 'default', dark: 'dark' };

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
    return { browser, context };
  })();
  // A browser that failed to start is tried again on the next diagram.
  pool.session.catch(() => (pool.session = undefined));
  return pool.session;
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
  const page = await acquirePage();
  let broken = true;
  try {
    const options = {
      containerStyle: {},
      diagrams: [source],
      iconPacks: [],
      // mermaid-isomorphic's defaults, then ours.
      mermaidConfig: { fontFamily: 'arial,sans-serif', theme: mermaidThemes[theme] },
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
        const key = cache.keyOf(mermaidVersion, theme, source);
        const svg = cache.get(key);
        return svg === undefined ? renderOne(key, source, theme) : { svg };
      }),
    );
  };
}
