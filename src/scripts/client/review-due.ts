// The site may not be rebuilt for months: compare the due date with today in the reader's browser too.
for (const banner of document.querySelectorAll<HTMLElement>('.review-overdue[data-review-due]')) {
  if (new Date(banner.dataset['reviewDue'] ?? '') < new Date()) banner.hidden = false;
}
