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
// Results are never freed inside the wasm, so an instance is replaced after this many scripts.
const scriptsPerInstance = 1000;

let checker: Promise<SyntaxChecker> | undefined;

/**
 * sh-syntax's `processor` starts a new Go runtime for every script (about 2 ms: most of the run
 * on a large handbook). The wasm's exported `process` stays callable after start, so one instance
 * serves many scripts. Should a later sh-syntax change those exports, its public API is used.
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
    const probe = await start();
    if (typeof probe.process !== 'function' || typeof probe.wasmAlloc !== 'function')
      return publicChecker(module);
    let exports = probe;
    let used = 0;
    return async (script, variant) => {
      if (++used > scriptsPerInstance) [exports, used] = [await start(), 1];
      return parseErrorOf(callProcess(exports, script, variant));
    };
  })();
  return checker;
}

/** Calls the wasm as sh-syntax's own `processor` does, without printing. */
function callProcess(wasm: ShSyntaxExports, script: string, variant: LangVariant): string {
  const put = (bytes: Uint8Array) => {
    const pointer = wasm.wasmAlloc(bytes.byteLength);
    new Uint8Array(wasm.memory.buffer).set(bytes, pointer);
    return pointer;
  };
  const [file, text, stopAt] = [encoder.encode(''), encoder.encode(script), encoder.encode('')];
  const [filePointer, textPointer, stopAtPointer] = [put(file), put(text), put(stopAt)];
  // prettier-ignore
  const result = wasm.process(
    filePointer, file.byteLength, file.byteLength, textPointer, text.byteLength, text.byteLength,
    false, false, variant, stopAtPointer, 0, 0, 0, false, 2, true, true, true, false, false, false, false,
  );
  [filePointer, textPointer, stopAtPointer].forEach((pointer) => wasm.wasmFree(pointer));
  const bytes = new Uint8Array(wasm.memory.buffer).subarray(result);
  return decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
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
