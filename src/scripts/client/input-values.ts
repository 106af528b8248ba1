import { readStored, writeStored } from './storage.ts';

/** The fill-once values of the page's `inputs`, by name; only the ones the reader filled in. */
export type InputValues = Map<string, string>;

// One key per name: a value typed on one page fills the same variable on the next, for this tab only.
const storageKey = (name: string) => `handbook:input:${name}`;

/** Names the page declares in `inputs:`, from the form at its top. */
export const declaredInputs = (): string[] =>
  [...document.querySelectorAll<HTMLInputElement>('[data-page-inputs] input[name]')].map(
    (input) => input.name,
  );

export function storedInputValues(names: readonly string[] = declaredInputs()): InputValues {
  const values: InputValues = new Map();
  for (const name of names) {
    const value = readStored<string>('session', storageKey(name));
    if (value) values.set(name, value);
  }
  return values;
}

export function storeInputValue(name: string, value: string): void {
  writeStored('session', storageKey(name), value || undefined);
}

/** `$NAME` and `${NAME}` for the given names; `${NAME:-x}` and `$NAME_2` are other variables. */
export function referencePattern(names: Iterable<string>): RegExp | undefined {
  const alternatives = [...names].join('|');
  return alternatives
    ? new RegExp(`\\$(?:\\{(${alternatives})\\}|(${alternatives})(?![A-Za-z0-9_]))`, 'g')
    : undefined;
}

/** The text with every reference to a filled-in variable replaced by its value. */
export function fillInputs(text: string, values: InputValues): string {
  const pattern = referencePattern(values.keys());
  return pattern
    ? text.replace(
        pattern,
        (whole, braced?: string, bare?: string) => values.get(braced ?? bare ?? '') ?? whole,
      )
    : text;
}
