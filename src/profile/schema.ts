/**
 * The profile schema (政策配置): what a profile is, as plain JSON, and the resolved {@link Profile}
 * the rules read.
 *
 * @module
 */
import { z } from 'zod';
import type { Text } from '../model/labels.js';
import type { QuotedCitation } from '../explain/finding.js';
import type { PolicyDocument } from '../explain/documents.js';
import { CalendarDateSchema } from '../model/primitives.js';
import type { DatedValue } from './parameter.js';
import type { PARAMETERS, ParameterKey } from './parameters/index.js';
import { lazySchema } from './lazy-schema.js';

// The profile input schemas are built on first use (stand-ins, src/model/lazy-schema.ts): a profile file
// is parsed with them (`parseProfile`, `defineProfile`), a run under a built-in profile never reads them
// (src/profile/builtin/prebuilt.ts), and a start builds no schema it does not read (docs/decisions.md,
// "… eleventh slice: startup"). Each refers to the others' stand-ins, so a schema's parts are the
// exported schemas themselves, as before.

export const TextSchema = lazySchema(() => z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));

export const QuotedCitationSchema = lazySchema(() =>
  z.strictObject({
    /** A document id from the registry, or from the profile's own `documents`. */
    doc: z.string().min(1),
    /** The clause, in the document's numbering. */
    clause: z.string().min(1),
    /** The clause's words, verbatim. */
    quote: z.string().optional(),
  }),
);

export const DatedValueInputSchema = lazySchema(() =>
  z.strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema.optional(),
    value: z.unknown(),
    citation: QuotedCitationSchema,
    note: z.string().optional(),
  }),
);

/** One dated value as a profile's JSON gives it. */
export type DatedValueInput = z.input<typeof DatedValueInputSchema>;

export const PolicyDocumentInputSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    issuer: z.string().min(1),
    number: z.string().optional(),
    title: z.string().min(1),
    date: CalendarDateSchema.optional(),
    region: z.string().min(1),
    kind: z.enum(['seed', 'referenced', 'secondary', 'standard', 'practice', 'supplied']).default('referenced'),
    short: z.string().optional(),
    /** The public address of the document, or of the page that reports the value cited. */
    url: z.string().min(1).optional(),
    note: z.string().optional(),
  }),
);

/** A profile as JSON: what `defineProfile` accepts. */
export const ProfileInputSchema = lazySchema(() =>
  z.strictObject({
    /** `province/place/year` in pinyin, lower case, e.g. `shandong/longkou/2021`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, 'lower-case pinyin segments separated by "/"'),
    /** The profile this one extends; its parameter histories are inherited unless overridden. */
    extends: z.string().optional(),
    title: TextSchema,
    description: TextSchema.optional(),
    region: z
      .strictObject({ province: z.string().optional(), city: z.string().optional(), county: z.string().optional(), town: z.string().optional() })
      .optional(),
    /** The documents this profile encodes (ids). */
    sources: z.array(z.string()).optional(),
    /** The date assessments are made as of when the caller gives none. */
    defaultAsOf: z.strictObject({ value: CalendarDateSchema, citation: QuotedCitationSchema }).optional(),
    /** Parameter histories: key → dated values (each replaces the inherited history of that key). */
    parameters: z.record(z.string(), z.array(DatedValueInputSchema).min(1)).optional(),
    /** Parameters deliberately left unset, with the reason (overrides inherited values). */
    unset: z.record(z.string(), TextSchema).optional(),
    /** Documents this profile cites that are not in the built-in registry. */
    documents: z.array(PolicyDocumentInputSchema).optional(),
  }),
);

/** A profile definition as JSON. */
export type ProfileInput = z.input<typeof ProfileInputSchema>;

/** The value type of a parameter. */
export type ParameterValue<K extends ParameterKey> = z.output<(typeof PARAMETERS)[K]['schema']>;

/** A resolved, validated, frozen profile: what the rules read. */
export interface Profile {
  readonly id: string;
  readonly extends?: string;
  /** This profile and its ancestors, nearest first. */
  readonly lineage: readonly string[];
  readonly title: Text;
  readonly description?: Text;
  readonly region: { readonly province?: string; readonly city?: string; readonly county?: string; readonly town?: string };
  readonly sources: readonly string[];
  readonly defaultAsOf?: { readonly value: string; readonly citation: QuotedCitation };
  /** Every parameter with a history, after inheritance. */
  readonly parameters: { readonly [K in ParameterKey]?: readonly DatedValue<ParameterValue<K>>[] };
  /** Parameters documented as unset, with the reason. */
  readonly unset: { readonly [K in ParameterKey]?: Text };
  /** Documents added by this profile (or its ancestors) beyond the built-in registry. */
  readonly documents: Readonly<Record<string, PolicyDocument>>;
  /** SHA-256 of the profile's canonical JSON (everything above). */
  readonly hash: string;
  readonly builtin: boolean;
}
