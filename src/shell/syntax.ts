import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { getProcessor, type IParseError, type LangVariant } from 'sh-syntax';

/** Parses a script with mvdan/sh; resolves to its first syntax error, or undefined. */
export type SyntaxChecker = (script: string, variant: LangVariant) => Promise<IParseError | undefined>;

interface ShSyntaxExports {
  memory: WebAssembly.Memory;
  wasmAlloc(size: number): number;
  wasmFree(pointer: number): void;
  process(...args: (number | boolean)[]): number;
}

declare const Go: new () => {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
};

const require = createRequire(import.meta.url);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let checker: Promise<SyntaxChecker> | undefined;

/**
 * sh-syntax's `processor` starts a new Go runtime for every script (about 2 ms: most of the run
 * on a large handbook). The wasm's exported `process` stays callable after start, so one instance
 * serves many scripts, its heap steady once buffers are freed (see `callProcess`). Should a later
 * sh-syntax change those exports, its public API is used.
 */
export function loadSyntaxChecker(): Promise<SyntaxChecker> {
  checker ??= (async () => {
    const module = await WebAssembly.compile(await readFile(require.resolve('sh-syntax/main.wasm')));
    const start = async () => {
      const go = new Go();
      const instance = await WebAssembly.instantiate(module, go.importObject);
      void go.run(instance);
      return instance.exports as unknown as ShSyntaxExports;
    };
    let exports = await start();
    if (typeof exports.process !== 'function' || typeof exports.wasmAlloc !== 'function')
      return publicChecker(module);
    return async (script, variant) => {
      try {
        return parseErrorOf(callProcess(exports, script, variant));
      } catch (error) {
        // A trap (a Go panic) leaves that runtime half-unwound, so later scripts get a new one.
        // No retry: a trap is a bug, and retrying would hide it.
        if (error instanceof WebAssembly.RuntimeError) exports = await start();
        throw error;
      }
    };
  })();
  return checker;
}

/**
 * Calls the wasm as sh-syntax's own `processor` does, without printing, with one difference:
 * `wasmAlloc` returns the address of a Go slice header (data pointer, length, capacity), not of
 * the bytes. `processor` writes the text over that header and up to 32 bytes past the buffer,
 * which a fresh instance per script survives; a reused instance has live objects trampled
 * ("memory access out of bounds", "type assert failed" in `wasmFree`). So the bytes go where the
 * header points, and `wasmFree`, which looks a buffer up by its header, then really frees it.
 */
function callProcess(wasm: ShSyntaxExports, script: string, variant: LangVariant): string {
  const put = (value: string) => {
    const bytes = encoder.encode(value);
    const header = wasm.wasmAlloc(bytes.byteLength);
    const data = new DataView(wasm.memory.buffer).getUint32(header, true);
    new Uint8Array(wasm.memory.buffer).set(bytes, data);
    return { header, data, length: bytes.byteLength };
  };
  const [file, text, stopAt] = [put(''), put(script), put('')];
  // prettier-ignore
  const result = wasm.process(
    file.data, file.length, file.length, text.data, text.length, text.length,
    false, false, variant, stopAt.data, 0, 0, 0, false, 2, true, true, true, false, false, false, false,
  );
  // Read before calling in again: Go keeps no reference to the result once `process` returns.
  const bytes = new Uint8Array(wasm.memory.buffer).subarray(result);
  const output = decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  [file, text, stopAt].forEach(({ header }) => wasm.wasmFree(header));
  return output;
}

function parseErrorOf(output: string): IParseError | undefined {
  if (!output.startsWith('{"')) return { Text: output || 'the shell parser failed', Incomplete: true };
  const { parseError, message } = JSON.parse(output) as { parseError?: IParseError | null; message?: string };
  if (parseError) return parseError;
  return message ? { Text: message, Incomplete: false } : undefined;
}

function publicChecker(module: WebAssembly.Module): SyntaxChecker {
  const process = getProcessor((imports: WebAssembly.Imports) => WebAssembly.instantiate(module, imports));
  return async (script, variant) => {
    try {
      await process(script, { variant, keepComments: false });
      return undefined;
    } catch (error) {
      const { Text, Pos, message } = error as Partial<IParseError> & { message: string };
      return { Text: Text ?? message, Incomplete: false, ...(Pos && { Pos }) };
    }
  };
}
