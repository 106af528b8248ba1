/**
 * The runbook catalog's order control: by title (the order the page is built in, which readers
 * without JavaScript get) or least recently exercised first, never-exercised runbooks on top.
 */

/** Rows least recently exercised first: `''` (never) before any date, then oldest date first. */
export function byLastExercised(rows: HTMLTableRowElement[]): HTMLTableRowElement[] {
  const key = (row: HTMLTableRowElement) => row.dataset['exercised'] ?? '';
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => key(a.row).localeCompare(key(b.row)) || a.index - b.index)
    .map(({ row }) => row);
}

for (const control of document.querySelectorAll<HTMLElement>('[data-catalog-order]')) {
  const body = control.nextElementSibling?.querySelector('tbody');
  const select = control.querySelector('select');
  if (!body || !select) continue;
  const titleOrder = [...body.rows];
  select.addEventListener('change', () => {
    body.append(...(select.value === 'exercised' ? byLastExercised(titleOrder) : titleOrder));
  });
  control.hidden = false;
}
