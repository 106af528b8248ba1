import { describe, expect, test } from 'vitest';
import { commandCell, inlineCode, timelineMarkdown } from '../../src/scripts/client/incident-timeline.ts';

describe('timelineMarkdown', () => {
  const record = {
    startedAt: '2026-11-20T14:02:10.000Z',
    severity: 'SEV2',
    events: [
      { at: '2026-11-20T14:02:10.000Z', text: 'Record started on [Database troubleshooting](https://h/x/)' },
      { at: '2026-11-20T14:05:00.000Z', text: `Copied: ${commandCell('psql -c "SELECT 1" | cat')}` },
      { at: '2026-11-20T14:09:30.000Z', text: 'Note: a | b' },
    ],
  };

  test("is the post-mortem template's Timeline section, one row per event", () => {
    expect(timelineMarkdown(record)).toBe(
      [
        '## Timeline',
        '',
        "_From the handbook's incident record, started 2026-11-20 14:02 UTC, severity SEV2._",
        '',
        '| Time (UTC) | Event |',
        '|---|---|',
        '| 14:02 | Record started on [Database troubleshooting](https://h/x/) |',
        '| 14:05 | Copied: `psql -c "SELECT 1" \\| cat` |',
        '| 14:09 | Note: a \\| b |',
        '',
      ].join('\n'),
    );
  });

  test('gives dates when the record spans days', () => {
    const late = {
      ...record,
      events: [...record.events, { at: '2026-11-21T00:10:00.000Z', text: 'Resolved' }],
    };
    expect(timelineMarkdown(late)).toContain('| 2026-11-21 00:10 | Resolved |');
    expect(timelineMarkdown(late)).toContain('| 2026-11-20 14:02 |');
  });
});

describe('commandCell', () => {
  test('puts each line of a command in its own code span', () => {
    expect(commandCell("cat <<'EOF'\nhello\nEOF")).toBe("`cat <<'EOF'`<br>`hello`<br>`EOF`");
  });

  test('fences backticks inside a command with longer runs', () => {
    expect(inlineCode('echo `date`')).toBe('`` echo `date` ``');
    expect(inlineCode('echo $HOME')).toBe('`echo $HOME`');
  });
});
