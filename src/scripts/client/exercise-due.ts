/**
 * When a runbook is due to be exercised again. Shared by the build (header, catalog, the
 * `runbook-unexercised` rule) and the browser (src/scripts/client/exercise.ts re-checks the due date
 * against the reader's clock, so a site built months ago does not go stale). No DOM, no Node.
 */

/** `exerciseEvery` as written: `90d`, `12w` or `6m` (calendar months). */
export interface ExerciseInterval {
  count: number;
  unit: 'd' | 'w' | 'm';
}

const intervalForm = /^([1-9][0-9]{0,3})\s*([dwm])$/;

/** `90d` → 90 days; undefined when `text` is not such a duration. */
export function parseInterval(text: string): ExerciseInterval | undefined {
  const match = intervalForm.exec(text.trim());
  return match ? { count: Number(match[1]), unit: match[2] as ExerciseInterval['unit'] } : undefined;
}

export const intervalText = ({ count, unit }: ExerciseInterval) => `${count}${unit}`;

const dayMs = 24 * 60 * 60 * 1000;

/** The day after `last` by `every`: months are calendar months, clamped to the month's last day. */
export function dueAfter(last: Date, every: ExerciseInterval): Date {
  if (every.unit !== 'm')
    return new Date(last.getTime() + every.count * (every.unit === 'w' ? 7 : 1) * dayMs);
  const due = new Date(last.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + every.count);
  const monthDays = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, monthDays));
  return due;
}

/** A runbook's drill state at `now`. `due` is set when it was exercised and has an interval. */
export type ExerciseStatus =
  { state: 'never' } | { state: 'current' | 'overdue'; last: Date; due: Date | undefined };

/** Past due means `now` is after the due day (the due day itself is still on time). */
export function exerciseStatus(
  dates: readonly Date[],
  every: ExerciseInterval | undefined,
  now: Date,
): ExerciseStatus {
  if (dates.length === 0) return { state: 'never' };
  const last = new Date(Math.max(...dates.map((date) => date.getTime())));
  const due = every ? dueAfter(last, every) : undefined;
  return { state: due && isPast(due, now) ? 'overdue' : 'current', last, due };
}

/** Whether the whole day `due` (UTC) lies before `now`. */
export const isPast = (due: Date, now: Date) => due.getTime() + dayMs <= now.getTime();
