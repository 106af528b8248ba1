import { z } from 'astro/zod';
import type { SystemData } from '../data/load.ts';
import { parseInterval } from '../scripts/client/exercise-due.ts';
import { inputIssues, pageInputSchema, resolveInputs } from './inputs.ts';
import { pageKinds, reviewEveryDefaults, type PageKind } from './kinds.ts';

/** `runbooks/scaling/`, `/runbooks/scaling` and `runbooks/scaling` all name the page `runbooks/scaling`. */
export function normalizePageRef(ref: string): string {
  return ref.replace(/^\/+|\/+$/g, '') || 'index';
}

/** What undoes a runbook: a page (optionally `#section`), or nothing with a reason. */
export type RollbackRef = { page: string; section?: string } | { none: string };

/** Accepts `page#section` or `none: reason` and returns one canonical shape. */
function toRollbackRef(value: string): RollbackRef {
  const none = /^none\s*:\s*(.+)$/i.exec(value);
  if (none) return { none: none[1]!.trim() };
  const [page = '', section] = value.split('#');
  return section ? { page: normalizePageRef(page), section } : { page: normalizePageRef(page) };
}

/** What kind of exercise ran a runbook: planned practice, or the real thing. */
export const exerciseKinds = ['drill', 'game day', 'tabletop', 'real incident'] as const;

/** One time a runbook was run for practice or for real, and what came of it. */
const exerciseEntry = z.object({
  /** Day it ran. */
  date: z.coerce.date({ error: 'use a date such as 2026-11-01' }),
  kind: z.enum(exerciseKinds, { error: `use one of: ${exerciseKinds.join(', ')}` }),
  /** One line: did the runbook work as written, and what was changed after. */
  outcome: z.string().trim().min(1, 'say what came of it, in one line'),
  /** The record of it: a handbook path (`/incident-response/…`) or an http(s) URL. */
  link: z
    .string()
    .regex(
      /^(\/|https?:\/\/)\S*$/,
      'use a handbook path such as /incident-response/postmortem/ or an http(s) URL',
    )
    .optional(),
});

const asEnum = (ids: string[], what: string) =>
  ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.never({ error: `no ${what} are defined` });

/** The handbook's frontmatter fields, added to Starlight's. Ids are checked against the system data. */
export function pageSchema(system: SystemData) {
  const teamId = asEnum(
    system.teams.map((team) => team.id),
    'teams',
  );
  const serviceId = asEnum(
    system.services.map((service) => service.id),
    'services',
  );
  const alertId = asEnum(
    system.alerts.map((alert) => alert.id),
    'alerts',
  );
  const fields = z.object({
    /** What kind of page this is; decides its required fields and sections. Default `guide`. */
    kind: z.enum(pageKinds).default('guide'),
    /** Team id (from `src/data/teams.yaml`) that keeps this page true. */
    owner: teamId.optional(),
    /** Date the owner last checked the page against the system. */
    lastReviewed: z.coerce.date({ error: 'use a date such as 2026-11-01' }).optional(),
    /** Days between reviews; defaults per kind (runbooks 90, guides 180). */
    reviewEvery: z.number().int().positive().optional(),
    /** Service ids (from `src/data/services.yaml`) the page is about. */
    services: z.array(serviceId).default([]),
    /** Other pages a reader will want next, as page ids such as `runbooks/scaling`. */
    related: z.array(z.string().transform(normalizePageRef)).default([]),
    /** Runbook: one line saying what triggers it. */
    when: z.string().optional(),
    /** Runbook: minutes the steps take an engineer who has done them before. */
    estimatedMinutes: z.number().int().positive().optional(),
    /** Runbook: alert ids (from `src/data/alerts.yaml`) this runbook answers. */
    alerts: z.array(alertId).default([]),
    /** Runbook: the page or `page#section` that undoes it, or `none: reason`. */
    rollback: z.string().transform(toRollbackRef).optional(),
    /** Troubleshooting: what on-call sees or types: error messages, status codes, log lines. */
    symptoms: z.array(z.string()).default([]),
    /**
     * Values the reader types once at the top of the page; commands use them as `$NAME`. A name alone
     * is an input one of the page's `services` declares (src/data/services.yaml); see inputs.ts.
     */
    inputs: z.array(pageInputSchema).default([]),
    /**
     * Runbook: each time it was exercised (drill, game day, tabletop, real incident), any order.
     * Optional rather than defaulted: an entry Astro's content cache kept from before this field
     * existed has no value for it.
     */
    exercised: z.array(exerciseEntry).optional(),
    /** Runbook: how often it should be exercised, such as `90d`, `12w` or `6m` (calendar months). */
    exerciseEvery: z
      .string({ error: 'use a duration such as 90d, 12w or 6m' })
      .transform((text, context) => {
        const interval = parseInterval(text);
        if (!interval) context.addIssue({ code: 'custom', message: 'use a duration such as 90d, 12w or 6m' });
        return interval ?? z.NEVER;
      })
      .optional(),
    /** Card: who the card is for, such as `on-call engineer`. */
    audience: z.string().optional(),
    /**
     * Set by `npm run import`: the page came from another repository and nobody has reviewed it
     * yet. Its kind's required fields and sections are then warnings, not errors; remove this
     * field once the page is reviewed and complete.
     */
    imported: z
      .object({
        /** Path of the file in the folder it was imported from. */
        from: z.string(),
        /** Day of the import. */
        on: z.coerce.date({ error: 'use a date such as 2026-11-01' }),
      })
      .optional(),
  });
  return (
    fields
      .superRefine((page, context) => {
        for (const issue of inputIssues(page.inputs, page.services, system.services))
          context.addIssue({ code: 'custom', ...issue });
      })
      // The same object type with each service input's declaration filled in, so every reader of
      // `inputs` (the form, the alert links, the checker) sees the whole declaration.
      .overwrite((page) => ({ ...page, inputs: resolveInputs(page.inputs, page.services, system.services) }))
  );
}

export type PageFrontmatter = z.infer<ReturnType<typeof pageSchema>>;

/** Days between reviews for a page, applying the per-kind default. */
export function reviewEveryDays(page: { kind: PageKind; reviewEvery?: number | undefined }): number {
  return page.reviewEvery ?? reviewEveryDefaults[page.kind];
}
