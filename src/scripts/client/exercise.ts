// A static site is not rebuilt every day: judge each "exercise overdue" badge again by the reader's
// clock. The build already judged it by the build's date; this only moves it on.
import { isPast } from './exercise-due.ts';

for (const badge of document.querySelectorAll<HTMLElement>('[data-exercise-due]')) {
  const due = new Date(badge.dataset['exerciseDue'] ?? '');
  if (!Number.isNaN(due.getTime())) badge.hidden = !isPast(due, new Date());
}
