import { describe, expect, test } from 'vitest';
import { shellSyntaxProblem } from '../../src/shell/parser.ts';

/** A heredoc of `lines` lines: large ones grow the wasm heap and reuse what earlier scripts freed. */
const heredoc = (id: number, lines: number) =>
  [
    `cat > /etc/app/part-${id}.conf <<'EOF'`,
    ...Array.from({ length: lines }, (_, line) => `key_${line} = "${'value '.repeat(line % 40)}${id}"`),
    'EOF',
    `docker compose restart app-${id}`,
  ].join('\n');

/** Valid and broken scripts in a fixed mix, each with the 0-based row of its error, if any. */
function scripts(count: number): { script: string; zsh: boolean; row?: number }[] {
  return Array.from({ length: count }, (_, id) => {
    if (id % 5 === 0) return { script: heredoc(id, 20 + ((id * 37) % 900)), zsh: false };
    if (id % 9 === 0)
      return { script: `echo start-${id}\nif [ -f /tmp/${id} ]; then\n  ls`, zsh: false, row: 1 };
    if (id % 13 === 0)
      return { script: `for f in /var/log/*(.om[1,3]); do tail -n ${id} $f; done`, zsh: true };
    return {
      script: `docker compose exec -T db psql -c "SELECT ${id}" | grep -c row && echo "done ${id}"`,
      zsh: false,
    };
  });
}

describe('shellSyntaxProblem over many scripts in one process', () => {
  // The checker reuses one sh-syntax wasm instance; a 1000-page corpus once crashed it with
  // "memory access out of bounds" after a few hundred scripts.
  test('parses 5,000 scripts, large heredocs among them, with the same answers throughout', async () => {
    const unexpected: string[] = [];
    for (const [id, { script, zsh, row }] of scripts(5000).entries()) {
      const problem = await shellSyntaxProblem(script, zsh);
      if (problem?.row !== row) unexpected.push(`#${id}: ${JSON.stringify(problem)}, expected row ${row}`);
    }
    expect(unexpected.slice(0, 5)).toEqual([]);
  });
});
