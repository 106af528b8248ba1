#!/usr/bin/env node
// `npx handbook-check [DIR] [--config FILE] [--offline] [--format text|json|github] [--strict]`:
// checks a folder of Markdown and MDX (the current one without DIR); see /contributing/check-your-docs/.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`handbook-check: needs Node.js 22.18 or later, this is ${process.version}`);
  process.exit(2);
}

// Node runs the checker's TypeScript as it is, except under node_modules, where an installed copy
// of this package lives: there this hook strips the types of the package's own files.
const packageRoot = new URL('../', import.meta.url).href;
if (packageRoot.includes('/node_modules/')) {
  // Said once per run, it would read as a problem of the docs checked.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) =>
    String(warning).includes('stripTypeScriptTypes') ? undefined : emitWarning(warning, ...rest);
  registerHooks({
    load(url, context, nextLoad) {
      if (
        !url.startsWith(packageRoot) ||
        !url.endsWith('.ts') ||
        url.slice(packageRoot.length).includes('node_modules/')
      )
        return nextLoad(url, context);
      const source = stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'));
      return { format: 'module', source, shortCircuit: true };
    },
  });
}

// A folder is what this command checks: the current one unless the command line names one.
const args = process.argv.slice(2);
const valued = new Set(['--config', '--format', '--docs']);
const positional = args.filter((arg, index) => !arg.startsWith('-') && !valued.has(args[index - 1] ?? ''));
if (positional.length === 0 && !args.includes('--docs')) process.argv.push('.');

await import('../scripts/check.ts');
