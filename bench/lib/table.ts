/** A plain-text table with right-aligned numbers, as the benchmark prints it. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const cells = rows.map((row) => row.map((cell) => (cell === undefined ? '—' : String(cell))));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const numeric = headers.map((_, column) =>
    cells.every((row) => /^[-+]?[\d.,×%]+( ?[a-zA-Z%×]+)?$|^—$/.test(row[column] ?? '')),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

export const kb = (bytes: number | undefined) =>
  bytes === undefined ? undefined : (bytes / 1024).toFixed(1);
export const fixed = (value: number | undefined, digits = 1) =>
  value === undefined ? undefined : value.toFixed(digits);
