import { z } from 'astro/zod';
import { refusal, wholeValue } from '../scripts/client/value-rules.ts';

/**
 * Fill-once inputs: values the reader types once and every command shows as `$NAME`. A service
 * declares the ones all its pages share once, in `src/data/services.yaml`; a page names them
 * (`- TENANT_ID`) and the browser keeps one value per service across its pages. A value only one
 * page needs is declared on that page, with its description and example.
 */

/** Whether `pattern` compiles the way the browser compiles an HTML `pattern` attribute. */
export function isValuePattern(pattern: string): boolean {
  try {
    wholeValue(pattern);
    return true;
  } catch {
    return false;
  }
}

const inputName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'use UPPER_SNAKE_CASE');

const valuePattern = z
  .string()
  .refine(isValuePattern, 'not a regular expression (HTML pattern syntax, `v` flag)');

/** An input declared in full: by a service for all its pages, or by one page for itself. */
export const inputDeclarationSchema = z
  .object({
    /** Shell variable name, such as `TENANT_ID`. */
    name: inputName,
    /** One line: what to type and where to find it. */
    description: z.string(),
    /** A realistic, non-secret example value. */
    example: z.string(),
    /**
     * The whole value's form, as a regular expression (the HTML `pattern` attribute's syntax).
     * Typed values must match it; only inputs with one accept a value from a link (`?NAME=value`).
     */
    pattern: valuePattern.optional(),
  })
  .superRefine((input, context) => {
    const why = isValuePattern(input.pattern ?? '') ? refusal(input.example, input.pattern) : undefined;
    if (why) context.addIssue({ code: 'custom', path: ['example'], message: `example refused: ${why}` });
  });

export type InputDeclaration = z.infer<typeof inputDeclarationSchema>;

/** An input as a page has it once resolved: `service` is set when a service declares it. */
export interface PageInput extends InputDeclaration {
  /** The service whose declaration it is; its value is shared by every page of that service. */
  service?: string | undefined;
}

/**
 * A page's `inputs:` entry: a service's input by name (`- TENANT_ID`, or `name:` with a
 * `description:` that says where to find it on this page), or a page's own input in full.
 */
export const pageInputSchema = z
  .union([
    inputName,
    z.object({
      name: inputName,
      description: z.string().optional(),
      example: z.string().optional(),
      pattern: valuePattern.optional(),
    }),
  ])
  .transform((entry): PageInput => {
    const {
      name,
      description = '',
      example = '',
      pattern,
    } = typeof entry === 'string' ? { name: entry } : entry;
    return { name, description, example, ...(pattern === undefined ? {} : { pattern }) };
  });

interface DeclaringService {
  id: string;
  inputs: InputDeclaration[];
}

/** The first of the page's services that declares `name`. */
const declarerOf = (name: string, pageServices: readonly string[], services: readonly DeclaringService[]) =>
  pageServices
    .map((id) => services.find((service) => service.id === id))
    .find((service) => service?.inputs.some((input) => input.name === name));

/**
 * Why a page's entries are wrong, given what its services declare, as issues under `inputs`: a
 * service's input takes its example and pattern from the service; a page's own needs them in full.
 */
export function inputIssues(
  inputs: readonly PageInput[],
  pageServices: readonly string[],
  services: readonly DeclaringService[],
): { path: (string | number)[]; message: string }[] {
  return inputs.flatMap((input, index) => {
    const declarer = declarerOf(input.name, pageServices, services);
    if (declarer)
      return (['example', 'pattern'] as const)
        .filter((field) => input[field])
        .map((field) => ({
          path: ['inputs', index, field],
          message: `${input.name} is declared by service ${declarer.id} in src/data/services.yaml; its ${field} is kept there, remove it here`,
        }));
    const missing = (['description', 'example'] as const).filter((field) => !input[field]);
    if (missing.length > 0) {
      const elsewhere = services.filter((service) => service.inputs.some((one) => one.name === input.name));
      const hint = elsewhere.length
        ? `${elsewhere.map((service) => service.id).join(', ')} declares it: add that service to \`services:\``
        : `declare it for one of the page's services in src/data/services.yaml, or give its ${missing.join(' and ')} here`;
      return [
        { path: ['inputs', index], message: `${input.name} is no input of the page's services: ${hint}` },
      ];
    }
    const result = inputDeclarationSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => ({
          path: ['inputs', index, ...(issue.path as (string | number)[])],
          message: issue.message,
        }));
  });
}

/** The page's inputs with each service input's declaration filled in (a page's description wins). */
export function resolveInputs(
  inputs: readonly PageInput[],
  pageServices: readonly string[],
  services: readonly DeclaringService[],
): PageInput[] {
  return inputs.map((input) => {
    const declarer = declarerOf(input.name, pageServices, services);
    const declared = declarer?.inputs.find((candidate) => candidate.name === input.name);
    if (!declarer || !declared) return input;
    return { ...declared, description: input.description || declared.description, service: declarer.id };
  });
}
