import { readStored, writeStored } from './storage.ts';
import { refusal } from './value-rules.ts';

/** The fill-once values of the page's `inputs`, by name; only the ones the reader filled in. */
export type InputValues = Map<string, string>;

/** Where a stored value came from: typed by the reader, or taken from the page's link. */
export type InputOrigin = 'typed' | 'link';

const fields = () => [...document.querySelectorAll<HTMLInputElement>('[data-page-inputs] input[name]')];

/** The service that declares the input (`data-service`), whose pages share its value; none for a page's own. */
const serviceOf = (name: string) => fields().find((field) => field.name === name)?.dataset['service'];

/**
 * One key per service and name: a value typed on one page of a service fills the same input on its
 * other pages, for this tab only, and another service's input of that name keeps its own. A page's own
 * input is kept by name, as before services declared inputs.
 */
const scoped = (name: string) => {
  const service = serviceOf(name);
  return service ? `${service}:${name}` : name;
};
const storageKey = (name: string) => `handbook:input:${scoped(name)}`;
const originKey = (name: string) => `handbook:input-origin:${scoped(name)}`;

/** Names the page declares in `inputs:`, from the form at its top. */
export const declaredInputs = (): string[] => fields().map((input) => input.name);

/** The `pattern` each declared input gives, if any (from the form's `data-pattern`). */
export const inputPatterns = (): Map<string, string | undefined> =>
  new Map(fields().map((input) => [input.name, input.dataset['pattern']]));

/** The stored values the page may use: one another page stored is dropped if this page's pattern refuses it. */
export function storedInputValues(names: readonly string[] = declaredInputs()): InputValues {
  const patterns = inputPatterns();
  const values: InputValues = new Map();
  for (const name of names) {
    const value = readStored<string>('session', storageKey(name));
    if (value && !refusal(value, patterns.get(name))) values.set(name, value);
  }
  return values;
}

export function storeInputValue(name: string, value: string, origin: InputOrigin = 'typed'): void {
  writeStored('session', storageKey(name), value || undefined);
  writeStored('session', originKey(name), value && origin === 'link' ? origin : undefined);
}

export const inputOrigin = (name: string): InputOrigin | undefined =>
  readStored<InputOrigin>('session', originKey(name));

/** `$NAME` and `${NAME}` for the given names; `${NAME:-x}` and `$NAME_2` are other variables. */
export function referencePattern(names: Iterable<string>): RegExp | undefined {
  const alternatives = [...names].join('|');
  return alternatives
    ? new RegExp(`\\$(?:\\{(${alternatives})\\}|(${alternatives})(?![A-Za-z0-9_]))`, 'g')
    : undefined;
}

/**
 * The text with every reference to a filled-in variable replaced by its value. A value with a line
 * break or a control character is never put in: the reference stays, so no value adds a command.
 */
export function fillInputs(text: string, values: InputValues): string {
  const safe = new Map([...values].filter(([, value]) => refusal(value) === undefined));
  const pattern = referencePattern(safe.keys());
  return pattern
    ? text.replace(
        pattern,
        (whole, braced?: string, bare?: string) => safe.get(braced ?? bare ?? '') ?? whole,
      )
    : text;
}
