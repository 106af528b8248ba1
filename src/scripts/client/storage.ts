/**
 * Web Storage that never throws: a browser with storage disabled or full still runs the page,
 * it only forgets. Values are JSON.
 */
export function readStored<T>(storage: 'local' | 'session', key: string): T | undefined {
  try {
    const text = (storage === 'local' ? localStorage : sessionStorage).getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeStored(storage: 'local' | 'session', key: string, value: unknown): void {
  try {
    const area = storage === 'local' ? localStorage : sessionStorage;
    if (value === undefined) area.removeItem(key);
    else area.setItem(key, JSON.stringify(value));
  } catch {
    // Storage is off or full: the value lives until the page is left.
  }
}
