/**
 * The line that says search is narrowed to the service of the page the reader opened it from, with
 * the one click that widens it to every service.
 */
export function showServiceScope(line: HTMLElement, service: string | undefined, widen: () => void): void {
  if (!service) {
    line.replaceChildren();
    line.hidden = true;
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Search all services';
  button.addEventListener('click', widen);
  const name = document.createElement('strong');
  name.textContent = service;
  line.replaceChildren('Only pages about ', name, ', the service of this page. ', button);
  line.hidden = false;
}
