import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { fixtureSite, type SiteUnderTest } from './sites.ts';

let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await fixtureSite();
});
afterAll(() => site?.close());

async function openRunbook() {
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  await page.goto(`${site.origin}/runbooks/restore/`);
}

const block = (safety: string) => page.locator(`.command-block[data-safety="${safety}"]`).first();
const copyButton = (safety: string) => block(safety).locator('.copy button');
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (text: string) => page.evaluate((value) => navigator.clipboard.writeText(value), text);

describe('shell blocks', () => {
  beforeAll(openRunbook);

  test('show the safety class the tools data gives them', async () => {
    const badges = await page.locator('.command-block > .command-safety').allTextContents();
    expect(badges).toEqual([
      'Read-only',
      'Changes state',
      'Destructive: Drops every object in the target database before restoring.',
      'Read-only',
    ]);
  });

  test('copy only the commands of a console block: no prompt, no output', async () => {
    await block('read-only').hover();
    await copyButton('read-only').click();
    expect(await clipboard()).toBe(
      'docker compose ps\ndocker compose logs --tail 5 app\ngit describe --tags \\\n  --always',
    );
  });

  test('need a second click to copy a destructive command', async () => {
    await setClipboard('before');
    await block('destructive').hover();
    await copyButton('destructive').click();
    await expect
      .poll(() => block('destructive').locator('.copy-confirm').textContent())
      .toContain('click again');
    expect(await clipboard()).toBe('before');
    await copyButton('destructive').click();
    await expect.poll(clipboard).toBe('pg_restore --clean -d fixture "$BACKUP_FILE"');
    expect(await block('destructive').locator('.copy-confirm').count()).toBe(0);
  });
});

describe('fill-once inputs', () => {
  beforeAll(openRunbook);

  test('show the filled values in every command and copy them', async () => {
    await page.fill('#page-input-RELEASE_TAG', 'v2.0.1');
    await page.fill('#page-input-BACKUP_FILE', '/backups/fixture-20261120.dump');
    expect(await block('changes-state').locator('code').textContent()).toBe(
      'git checkout "v2.0.1" && docker compose up -d',
    );
    // Inline code in prose is filled too, here inside the caution before the destructive block.
    expect(await page.locator('.starlight-aside code').textContent()).toBe('/backups/fixture-20261120.dump');
    await block('changes-state').hover();
    await copyButton('changes-state').click();
    await expect.poll(clipboard).toBe('git checkout "v2.0.1" && docker compose up -d');
  });

  test('live in sessionStorage only and survive a reload of the tab', async () => {
    const stored = await page.evaluate(() => ({
      session: Object.keys(sessionStorage)
        .filter((key) => key.startsWith('handbook:'))
        .sort(),
      local: Object.keys(localStorage).filter((key) => key.startsWith('handbook:input')),
    }));
    expect(stored).toEqual({
      session: ['handbook:input:BACKUP_FILE', 'handbook:input:RELEASE_TAG'],
      local: [],
    });
    await page.reload();
    expect(await page.inputValue('#page-input-RELEASE_TAG')).toBe('v2.0.1');
    expect(await block('changes-state').locator('code').textContent()).toContain('"v2.0.1"');
  });

  test('go back to the $VARIABLE form when cleared', async () => {
    await page.click('.page-inputs button[type=reset]');
    await expect
      .poll(() => block('changes-state').locator('code').textContent())
      .toBe('git checkout "$RELEASE_TAG" && docker compose up -d');
    const kept = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('handbook:')),
    );
    expect(kept).toEqual([]);
  });

  test('leave the page readable without JavaScript, showing $VARIABLE', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.origin}/runbooks/restore/`);
    expect(await plain.locator('.command-block[data-safety="changes-state"] code').textContent()).toBe(
      'git checkout "$RELEASE_TAG" && docker compose up -d',
    );
    expect(await plain.locator('#page-input-RELEASE_TAG').isDisabled()).toBe(true);
    expect(await plain.locator('.page-inputs noscript').count()).toBe(1);
  });
});

/** Every shell block of the copy-blocks page, in order, and the commands a reader sees in it. */
const copyBlocks: [string, string[]][] = [
  ['transcript with output', ['docker compose ps', 'grep -c listen /etc/app.conf']],
  ['prompt in a bash fence', ['systemctl is-active docker']],
  ['root prompt under a comment', ['systemctl status docker']],
  [
    'heredoc after a prompt',
    [
      "cat <<'EOF' > /tmp/fixture.conf",
      '# kept: part of the file',
      'max_conn = 50',
      'EOF',
      'cat /tmp/fixture.conf',
    ],
  ],
  [
    'secondary prompts and continuations',
    [
      'psql -d fixture <<SQL',
      'SELECT count(*) FROM sessions;',
      'SQL',
      'curl -fsS \\',
      '    https://fixture.corp.internal/health',
    ],
  ],
  [
    'script without prompts',
    [
      '# Take a backup first.',
      'docker compose exec -T db pg_dump -Fc fixture > /tmp/fixture.dump',
      'ls -l /tmp/fixture.dump',
    ],
  ],
  ['del/ins markers', ['cd /opt/fixture', 'git checkout v1.3.0']],
  ['diff fence', ['docker compose up -d --wait app', 'docker compose ps']],
  ['invisible character', ['echo one[U+007F]echo two']],
];

describe('copy buttons on a page of every block shape', () => {
  beforeAll(async () => {
    context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    await page.goto(`${site.origin}/copy-blocks/`);
  });

  test('every block has its copy text from the build', async () => {
    expect(await page.locator('.command-block').count()).toBe(copyBlocks.length);
  });

  test.each(copyBlocks.map(([name, lines], index) => [name, index, lines] as const))(
    '%s: the clipboard holds the commands the reader sees',
    async (_, index, lines) => {
      const block = page.locator('.command-block').nth(index);
      await setClipboard('before');
      await block.hover();
      await block.locator('.copy button').click();
      await expect.poll(clipboard).toBe(lines.join('\n'));
      // Each copied line is on screen, in a line the block does not mark deleted.
      const shown = await block.locator('.ec-line:not(.del)').allInnerTexts();
      for (const line of lines) expect(shown.some((text) => text.includes(line.trim()))).toBe(true);
    },
  );
});
