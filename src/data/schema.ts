import { z } from 'astro/zod';
import { inputDeclarationSchema } from '../schemas/inputs.ts';

/** Short lowercase identifier used to cross-reference records. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

/** A team that owns services and pages, with the roles and channels to reach it. */
export const teamSchema = z.object({
  /** Stable id used in `owner:` fields. */
  id,
  /** Display name. */
  name: z.string(),
  /** One line: what the team does. */
  description: z.string(),
  /** Chat channels, with what each is for. */
  channels: z.array(z.object({ name: z.string().startsWith('#'), purpose: z.string() })),
  /** Roles to page; never people, phone numbers or e-mail addresses. */
  contacts: z.array(z.object({ role: id, label: z.string(), how: z.string() })),
});

/** One environment of a service. */
const environmentSchema = z.object({
  /** `production`, `staging`, … */
  id,
  /** Base URL people and checks use. */
  url: z.url(),
  /** Host names that serve it; the checker accepts internal URLs on these hosts only. */
  hosts: z.array(z.string()).min(1),
});

/** A service the handbook documents or links to. */
export const serviceSchema = z.object({
  /** Stable id used in `services:` fields. */
  id,
  /** Display name. */
  name: z.string(),
  /** Team id of the owner. */
  owner: id,
  /** One line: what it is. */
  description: z.string(),
  /** Repository name, where the team owns the code. */
  repository: z.string().optional(),
  /** Directory of the Docker Compose stack on its hosts. */
  composeDir: z.string().optional(),
  /** Compose service names of the stack. */
  composeServices: z.array(z.string()).default([]),
  /** Path of the health endpoint. */
  healthPath: z.string().optional(),
  /** Where it runs; empty until a team fills in a service it imported. */
  environments: z.array(environmentSchema).default([]),
  /**
   * Whether this handbook documents the service (its runbooks, alerts and overview page at
   * `/services/<id>/`), rather than only linking to it. With more than one, the sidebar groups by service.
   */
  documented: z.boolean().default(false),
  /** Fill-once values every page of the service shares, declared once; pages name them in `inputs:`. */
  inputs: z
    .array(inputDeclarationSchema)
    .default([])
    .superRefine((inputs, context) => {
      inputs.forEach((input, index) => {
        if (inputs.findIndex((other) => other.name === input.name) !== index)
          context.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `${input.name} is declared twice`,
          });
      });
    }),
});

/** An environment variable a service reads. */
export const envVarSchema = z.object({
  /** Variable name, upper case. */
  name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'use UPPER_SNAKE_CASE'),
  /** Service id that reads it. */
  service: id,
  /** Whether the service refuses to start without it. */
  required: z.boolean(),
  /** Whether its value is a credential (never shown, never logged). */
  secret: z.boolean(),
  /** One line: what it does. */
  description: z.string(),
  /** A non-secret example or how to produce a value. */
  example: z.string(),
});

/** A destructive argument pattern and what it destroys. */
const destructiveSchema = z.object({
  /** Words in order and flags anywhere, or `sql: KEYWORD` for SQL passed to the tool. */
  pattern: z.string(),
  /** What it destroys; shown in the caution the docs need before it. */
  why: z.string(),
});

/** A program the docs may call. */
export const toolSchema = z.object({
  /** Program name or repository script path as typed in commands. */
  name: z.string(),
  /** One line: what the docs use it for. */
  purpose: z.string(),
  /** How to get it. */
  install: z.string(),
  /** Safety class of a call that matches no pattern below. */
  safety: z.enum(['read-only', 'changes-state']).default('read-only'),
  /** Patterns of calls that change state. */
  changes: z.array(z.string()).default([]),
  /** Patterns of calls that destroy data or take the service down. */
  destructive: z.array(destructiveSchema).default([]),
});

/** An alert and the runbook that answers it. */
export const alertSchema = z.object({
  /** Stable id used in runbooks' `alerts:` fields. */
  id,
  /** When it fires, with its threshold and window. */
  condition: z.string(),
  /** Incident severity it pages as. */
  severity: z.enum(['SEV1', 'SEV2', 'SEV3']),
  /** Page id of the runbook that answers it, such as `runbooks/high-error-rate`. */
  runbook: z.string(),
  /** The rule's comparison as the condition states it, such as `> 0.8`; `npm run check -- --alert-rules` compares. */
  threshold: z
    .string()
    .regex(/^(>|<|>=|<=|==|!=) ?-?\d+(\.\d+)?$/, 'use an operator and a number, such as "> 0.8"')
    .optional(),
  /** The rule's `for:` duration as the condition states it, such as `5m` (Prometheus duration). */
  for: z
    .string()
    .regex(/^(\d+(ms|s|m|h|d|w|y))+$/, 'use a Prometheus duration, such as 5m or 1h30m')
    .optional(),
  /** Alert labels passed to runbook inputs through the link: label name → input name, such as `pid: DB_PID`. */
  labels: z
    .record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'use a Prometheus label name'), z.string())
    .optional(),
});

export type Team = z.infer<typeof teamSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type EnvVar = z.infer<typeof envVarSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Alert = z.infer<typeof alertSchema>;
