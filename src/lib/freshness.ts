const dayMs = 24 * 60 * 60 * 1000;

/** When a page is next due for review, and whether that is already past at `now`. */
export function reviewStatus(lastReviewed: Date, reviewEveryDays: number, now: Date) {
  const due = new Date(lastReviewed.getTime() + reviewEveryDays * dayMs);
  return { due, overdue: due.getTime() < now.getTime() };
}

/** `2026-11-23`: the one date format the handbook shows. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
