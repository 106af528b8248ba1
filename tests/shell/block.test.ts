import { beforeAll, describe, expect, test } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { readShellBlock, type LineRole } from '../../src/shell/block.ts';
import { shellLangOf } from '../../src/shell/langs.ts';
import { loadShellParser } from '../../src/shell/parser.ts';

let parser: Parser;
beforeAll(async () => {
  parser = await loadShellParser();
});

interface Scenario {
  lang: string;
  meta?: string;
  /** Lines of the fence. */
  lines: string[];
  roles: LineRole[];
  copied: string[];
}

/** Each scenario: a fence's lines, the role the model gives each line, and the text it copies. */
const scenarios: Record<string, Scenario> = {
  'console transcript: output after a command is not copied': {
    lang: 'console',
    lines: ['$ docker compose ps', 'NAME   STATUS', 'app    running'],
    roles: ['command', 'output', 'output'],
    copied: ['docker compose ps'],
  },
  'bash fence with `$ ` prompts is a transcript too': {
    lang: 'bash',
    lines: ['$ kubectl get pods -n shop', 'NAME      READY', 'web-1     1/1', '$ kubectl logs web-1'],
    roles: ['command', 'output', 'output', 'command'],
    copied: ['kubectl get pods -n shop', 'kubectl logs web-1'],
  },
  'output that starts with # stays output': {
    lang: 'shell',
    lines: ['$ grep -c listen /etc/app.conf', '# 3 matches'],
    roles: ['command', 'output'],
    copied: ['grep -c listen /etc/app.conf'],
  },
  'a `# comment` in a console fence is not a root prompt; `# systemctl …` is': {
    lang: 'console',
    lines: ['# Restart the daemon first', '# systemctl restart docker', 'ok'],
    roles: ['output', 'command', 'output'],
    copied: ['systemctl restart docker'],
  },
  'a prompt with nothing after it': {
    lang: 'console',
    lines: ['$ uptime', ' 10:02 up 3 days', '$'],
    roles: ['command', 'output', 'prompt'],
    copied: ['uptime'],
  },
  'user@host prompts': {
    lang: 'console',
    lines: ['ops@db-1:~$ df -h /var', 'Filesystem  Size', '[root@db-1 ~]# uptime'],
    roles: ['command', 'output', 'command'],
    copied: ['df -h /var', 'uptime'],
  },
  'heredoc after a prompt is kept whole to its terminator': {
    lang: 'console',
    lines: ["$ cat <<'EOF' > /etc/app/limits.conf", '# not output', 'max_conn = 50', 'EOF', 'done'],
    roles: ['command', 'heredoc', 'heredoc', 'heredoc', 'output'],
    copied: ["cat <<'EOF' > /etc/app/limits.conf", '# not output', 'max_conn = 50', 'EOF'],
  },
  'heredoc typed at `> ` secondary prompts': {
    lang: 'console',
    lines: ['$ psql <<SQL', '> SELECT 1;', '> SQL', ' ?column?'],
    roles: ['command', 'heredoc', 'heredoc', 'output'],
    copied: ['psql <<SQL', 'SELECT 1;', 'SQL'],
  },
  '`> ` secondary prompt of an open quote': {
    lang: 'console',
    lines: ['$ echo "first', '> second"', 'first'],
    roles: ['command', 'continuation', 'output'],
    copied: ['echo "first', 'second"'],
  },
  'backslash continuations after a prompt': {
    lang: 'console',
    lines: ['$ curl -fsS \\', '    https://shop.example.com/health', '{"ok":true}'],
    roles: ['command', 'continuation', 'output'],
    copied: ['curl -fsS \\', '    https://shop.example.com/health'],
  },
  'script without prompts is copied whole, comments and heredocs included': {
    lang: 'bash',
    lines: [
      '# take a backup first',
      'pg_dump -Fc shop > shop.dump',
      'cat <<EOF | psql',
      'VACUUM;',
      'EOF',
      'ls \\',
      '  -la',
    ],
    roles: ['comment', 'command', 'command', 'heredoc', 'heredoc', 'command', 'continuation'],
    copied: [
      '# take a backup first',
      'pg_dump -Fc shop > shop.dump',
      'cat <<EOF | psql',
      'VACUUM;',
      'EOF',
      'ls \\',
      '  -la',
    ],
  },
  'console fence without any prompt is copied whole': {
    lang: 'console',
    lines: ['systemctl status nginx', 'journalctl -u nginx -n 20'],
    roles: ['command', 'command'],
    copied: ['systemctl status nginx', 'journalctl -u nginx -n 20'],
  },
  'del={…} lines are shown, never copied': {
    lang: 'bash',
    meta: 'title="upgrade" del={2} ins={3}',
    lines: ['cd /opt/shop', 'git checkout v1.2.0', 'git checkout v1.3.0'],
    roles: ['command', 'removed', 'command'],
    copied: ['cd /opt/shop', 'git checkout v1.3.0'],
  },
  'diff fence with lang="sh": removed lines dropped, signs taken off': {
    lang: 'diff',
    meta: 'lang="sh"',
    lines: ['-docker compose up -d app', '+docker compose up -d --wait app', ' docker compose ps'],
    roles: ['removed', 'command', 'command'],
    copied: ['docker compose up -d --wait app', 'docker compose ps'],
  },
  'multi-line string continues its command': {
    lang: 'sh',
    lines: ['echo "one', 'two"', 'date'],
    roles: ['command', 'continuation', 'command'],
    copied: ['echo "one', 'two"', 'date'],
  },
  'blank lines at either end are not copied': {
    lang: 'bash',
    lines: ['', 'uptime', ''],
    roles: ['blank', 'command', 'blank'],
    copied: ['uptime'],
  },
  'a DEL in a command is shown and copied as [U+007F], never as a line break': {
    lang: 'bash',
    lines: ['echo one\u007frm -rf ~'],
    roles: ['command'],
    copied: ['echo one[U+007F]rm -rf ~'],
  },
  'a bidirectional override is written out': {
    lang: 'console',
    lines: ['$ ls \u202eftp.txt'],
    roles: ['command'],
    copied: ['ls [U+202E]ftp.txt'],
  },
};

describe('readShellBlock', () => {
  test.each(Object.entries(scenarios))('%s', (_, scenario) => {
    const lang = shellLangOf(scenario.lang, scenario.meta)!;
    const block = readShellBlock(
      parser,
      { lang: scenario.lang, meta: scenario.meta, value: scenario.lines.join('\n') },
      lang,
    );
    expect(block.lines.map((line) => line.role)).toEqual(scenario.roles);
    expect(block.script).toBe(scenario.copied.join('\n'));
  });

  test('names the invisible characters with their line and column', () => {
    const block = readShellBlock(parser, { lang: 'bash', value: 'ls\necho a\u200bb' }, 'bash');
    expect(block.invisible).toEqual([{ line: 1, column: 6, code: 'U+200B' }]);
  });
});

describe('shellLangOf', () => {
  test.each([
    ['bash', undefined, 'bash'],
    ['Console', undefined, 'console'],
    ['diff', 'lang="sh"', 'sh'],
    ['diff', undefined, undefined],
    ['yaml', undefined, undefined],
  ])('%s %s is %s', (lang, meta, expected) => {
    expect(shellLangOf(lang, meta)).toBe(expected);
  });
});
