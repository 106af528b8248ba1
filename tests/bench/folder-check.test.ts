import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  benchFolderCheck,
  folderCheckTotals,
  readVerdicts,
  type Verdicts,
} from '../../bench/sections/folder-check.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-folder-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// Two repositories of runbooks of our own: one calls its own shell library, has a real defect
// (an open quote) and calls a program nobody knows; the other is clean.
const corpus = path.join(scratch, 'corpus');
write(
  path.join(corpus, 'alpha/queue/drain.md'),
  [
    '# Drain the queue',
    '',
    '```bash',
    'alpha_drain --queue orders',
    'kubectl get pods -n queue',
    '```',
    '',
    '```bash',
    'frobnicate --now',
    '```',
    '',
    '```bash',
    'echo "half a quote',
    '```',
    '',
  ].join('\n'),
);
write(path.join(corpus, 'beta/README.md'), '# Beta\n\n```bash\nsudo systemctl status nginx\n```\n');

const verdicts: Verdicts = {
  repositories: {
    alpha: {
      programs: ['alpha_drain'],
      real: [
        { file: 'alpha/queue/drain.md', line: 13, rule: 'command-syntax', why: 'open quote' },
        { file: 'alpha/queue/drain.md', line: 4, rule: 'command-syntax', why: 'no longer reported' },
      ],
    },
  },
};

describe('the folder-check bench section', () => {
  // Three runs of the check in their own processes, and the shell stage five times each: slow on a busy machine.
  test(
    'judges each error against the verdicts and counts false errors per 1,000 commands',
    { timeout: 600_000 },
    async () => {
      const section = await benchFolderCheck(corpus, path.join(scratch, 'work'), 20, () => {}, verdicts);
      const [alpha, beta, generated] = section.repositories;
      expect(section.repositories.map((run) => run.repository)).toEqual(['alpha', 'beta', 'generated-20']);
      expect(alpha!.declared).toBe(1);
      expect(alpha!.errors.map((item) => [item.file, item.line, item.rule, item.real])).toEqual([
        ['alpha/queue/drain.md', 9, 'command-unknown-program', false],
        ['alpha/queue/drain.md', 13, 'command-syntax', true],
      ]);
      expect(alpha!.missed).toEqual(['alpha/queue/drain.md:4 command-syntax']);
      expect(beta!.errors).toEqual([]);
      expect(generated!.generated).toBe(true);
      expect(generated!.summary.commands).toBeGreaterThan(100);
      expect(generated!.commandStageMs).toBeGreaterThan(0);

      const totals = folderCheckTotals(section);
      // The generated pages count for speed only.
      const commands = alpha!.summary.commands + beta!.summary.commands;
      expect(totals).toMatchObject({ commands, falseErrors: 1, realErrors: 1 });
      expect(totals.falsePerThousand).toBeCloseTo(1000 / commands);
      expect(totals.speedCommands).toBe(commands + generated!.summary.commands);
    },
  );

  test("the project's verdicts file is valid and names files relative to the corpus", () => {
    const { repositories } = readVerdicts();
    const real = Object.entries(repositories).flatMap(([name, repository]) =>
      repository.real.map((item) => [name, item.file]),
    );
    for (const [name, file] of real) expect(file!.startsWith(`${name}/`)).toBe(true);
  });
});
