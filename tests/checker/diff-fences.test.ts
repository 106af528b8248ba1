import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/checker/index.ts';
import { docsOptions, findingTable } from './helpers.ts';

// A `diff` fence with `lang="sh"` shows shell lines: the badge and the copy button read it through the
// shell-block model, and so do the command rules: added and context lines are checked, removed lines
// (never run) are not, and a diff without a shell language is not shell at all.
describe('command rules on diff fences with lang="sh"', () => {
  test('check added and context lines, never removed ones', async () => {
    const report = await runCheck(docsOptions('diff-fences'));
    const commands = report.findings.filter((item) => item.rule.startsWith('command-'));
    expect(findingTable(commands)).toEqual([
      // The added `DROP TABLE` line, with no caution before the block.
      ['README.md', 9, 'command-destructive'],
      // An added line with an unknown program; the same program on a removed line is not reported.
      ['README.md', 18, 'command-unknown-program'],
    ]);
    // Not reported: the removed `reportctl` (line 7) and `frobnicate` (line 15) lines, and the
    // plain diff's `rm -rf /`.
  });
});
