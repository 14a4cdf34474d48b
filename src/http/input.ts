/**
 * @module http/input
 * The one input layer. Every route's query string and path parameters are parsed by a zod schema
 * before its handler runs (Fastify's validation step with a zod compiler), so a handler only ever
 * sees values that passed: integers within their columns, real calendar dates, bounded texts.
 * Parameters a route does not declare are dropped, and NUL and other control characters are
 * refused in every query value, path segment and form field, so no handler can forget either.
 * Bad input becomes an `InputError` whose German sentence the shell shows with status 400.
 */
import type { FastifyInstance, FastifyTypeProvider } from 'fastify';
import { z } from '../lib/validation.ts';

/** The largest value of a PostgreSQL `integer` column: ids and counts beyond it are no ids. */
export const INT4_MAX = 2_147_483_647;

/** Control characters; form fields may keep tab and line breaks (text areas). */
const controlInValue = /[\u0000-\u001f\u007f-\u009f]/;
const controlInFormText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Lone surrogates cannot be stored or sent: PostgreSQL and HTTP headers refuse them. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class InputError extends Error {
  readonly statusCode = 400;
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

/** What a parameter is, so that the hostile-input test knows which values each must refuse. */
export type InputKind = 'id' | 'number' | 'date' | 'month' | 'text' | 'choice' | 'returnAddress' | 'token' | 'other';
export const inputKinds = z.registry<{ inputKind: InputKind }>();

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Marks a schema with what it is, for a parameter built without these blocks. */
export function withInputKind<T extends z.ZodType>(schema: T, inputKind: InputKind): T {
  return kind(schema, inputKind);
}

function kind<T extends z.ZodType>(schema: T, inputKind: InputKind): T {
  inputKinds.add(schema, { inputKind });
  return schema;
}

/** A value given once; a repeated parameter gets its own sentence instead of a type error. */
function one<T extends z.ZodType>(label: string, schema: T) {
  return z.preprocess((v, ctx) => {
    if (!Array.isArray(v)) return v;
    ctx.addIssue({ code: 'custom', message: `${label}: nur einmal angeben` });
    return z.NEVER;
  }, schema);
}

/** 1900 stays 1900; 100000 becomes 100.000. */
const shown = (n: number) => (Math.abs(n) < 10_000 ? String(n) : n.toLocaleString('de-DE'));

/** One whole number; `label` starts every message. */
function wholeNumber(label: string, min: number, max: number) {
  const notANumber = `${label}: eine Zahl erwartet`;
  return z
    .string({ error: notANumber })
    .regex(/^-?\d{1,16}$/, { message: notANumber, abort: true })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `${label}: ab ${shown(min)}`)
        .max(max, `${label}: höchstens ${shown(max)}`),
    );
}

function idOf(label: string) {
  // zod normalises a params object in place: each check gets its own
  const notAnId = `${label}: eine Nummer erwartet`;
  return z
    .string({ error: notAnId })
    .regex(/^\d{1,10}$/, { message: notAnId, abort: true })
    .transform(Number)
    .pipe(z.number().int().min(1, notAnId).max(INT4_MAX, notAnId));
}

function calendarDate(label: string) {
  const form = `${label}: ein Datum im Format JJJJ-MM-TT erwartet`;
  return z
    .string({ error: form })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: form, abort: true })
    .refine(isCalendarDate, { message: `${label}: kein gültiges Datum (diesen Tag gibt es nicht)`, abort: true })
    .refine((v) => v >= '1900-01-01' && v <= '2199-12-31', `${label}: ein Datum zwischen 1900 und 2199 erwartet`);
}

/** „a oder b“, or „eine von a, b, c“. */
function oneOf(label: string, values: readonly string[]): string {
  return values.length === 2 ? `${label}: ${values[0]} oder ${values[1]}` : `${label}: eine von ${values.join(', ')}`;
}

/** A repeatable parameter (`?gremium=1&gremium=2`) as a list without empty values, at most `max`. */
export function listOf<T extends z.ZodType>(label: string, item: T, max: number) {
  return z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')),
    z.array(item).max(max, `${label}: höchstens ${max} Werte`),
  );
}

/** Building blocks for query strings; each is optional unless it has a default. */
export const param = {
  /** A row id (`integer` column): 1 … 2 147 483 647. */
  id: (label: string) => kind(z.preprocess(blank, one(label, idOf(label)).optional()), 'id'),
  /** Several ids (`?gremium=1&gremium=2`), at most `max`. */
  ids: (label: string, max = 20) => kind(listOf(label, idOf(label), max), 'id'),
  /** A whole number within bounds, e.g. a page or a year. */
  number: (label: string, min: number, max: number) => kind(z.preprocess(blank, one(label, wholeNumber(label, min, max)).optional()), 'number'),
  numbers: (label: string, min: number, max: number, maxCount = 20) => kind(listOf(label, wholeNumber(label, min, max), maxCount), 'number'),
  /** The page of a list, 1 by default; `tooFar` explains a page beyond `max`. */
  page: (max: number, tooFar = `Seite: höchstens ${shown(max)}`) =>
    kind(z.preprocess(blank, one('Seite', wholeNumber('Seite', 1, INT4_MAX).pipe(z.number().max(max, tooFar))).default(1)), 'number'),
  /** A calendar day, JJJJ-MM-TT; 2026-02-30 is refused. */
  date: (label: string) => kind(z.preprocess(blank, one(label, calendarDate(label)).optional()), 'date'),
  /** A month, JJJJ-MM. */
  month: (label: string) =>
    kind(
      z.preprocess(
        blank,
        one(
          label,
          z
            .string({ error: `${label}: ein Monat im Format JJJJ-MM erwartet` })
            .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, `${label}: ein Monat im Format JJJJ-MM erwartet`),
        ).optional(),
      ),
      'month',
    ),
  /** Free text, trimmed, at most `max` characters. */
  text: (label: string, max: number) =>
    kind(
      z.preprocess(
        blank,
        one(
          label,
          z
            .string({ error: `${label}: ein Text erwartet` })
            .trim()
            .max(max, `${label}: höchstens ${max} Zeichen`),
        ).optional(),
      ),
      'text',
    ),
  /** Several free texts, each at most `max` characters. */
  texts: (label: string, max: number, maxCount = 20) => kind(listOf(label, z.string().max(max, `${label}: höchstens ${max} Zeichen`), maxCount), 'text'),
  /** One of a fixed set of words. */
  choice: <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
    kind(z.preprocess(blank, one(label, z.enum(values, { error: oneOf(label, values) })).optional()), 'choice'),
  /** A path on this site to go back to after a form (`weiter`); anything else is ignored. */
  returnAddress: () =>
    kind(
      z.preprocess((v) => (typeof v === 'string' ? v : undefined), z.string().optional()),
      'returnAddress',
    ),
  /** An opaque token from a link (password reset), at most 200 characters. */
  token: (label: string) => kind(z.preprocess(blank, one(label, z.string({ error: `${label}: ungültig` }).max(200, `${label}: ungültig`)).optional()), 'token'),
  /** A flag that is set when present (`?download`). */
  flag: () =>
    kind(
      z.preprocess((v) => v !== undefined, z.boolean()),
      'other',
    ),
};

/** A period (`von`, `bis`) that ends before it begins, as a sentence; undefined when it is fine. */
export function periodProblem(from: string | undefined, until: string | undefined): string | undefined {
  return from && until && from > until ? 'Der Zeitraum endet vor seinem Beginn („Von“ liegt nach „Bis“).' : undefined;
}

/**
 * A path on this site, safe for a Location header: „/mein-bereich“, never „//evil.example“ or
 * „https://…“. Characters outside printable ASCII are percent-encoded (a header carries only
 * Latin-1, and an RTL override in a link is a trick), so the redirect cannot fail.
 */
export function returnAddress(value: string | undefined, fallback: string): string {
  if (!value || value.length >= 500 || !/^\/(?![/\\])/.test(value) || /[\s\\]/.test(value) || controlInValue.test(value) || loneSurrogate.test(value))
    return fallback;
  return value.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** Zod issues as German sentences, each naming its parameter. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `Unbekannter Parameter ${issue.keys.map((k) => `„${k}“`).join(', ')}.`;
    const name = issue.path.map(String).join('.');
    return name && !issue.message.includes(':') ? `${name}: ${issue.message}` : issue.message;
  });
}

/** Request types from zod schemas: `app.withTypeProvider<ZodTypeProvider>()`. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

const nothingDeclared = z.object({});

function pathSegment(name: string) {
  return z.string().max(300, `Die Adresse ist zu lang (${name}).`);
}

/** The schema of a route's path parameters, each a bounded text (what it names, the handler decides). */
export function pathParams<const K extends string>(...names: K[]): z.ZodObject<Record<K, z.ZodString>> {
  return z.object(Object.fromEntries(names.map((n) => [n, pathSegment(n)])) as Record<K, z.ZodString>);
}

/** The first value with a control character or a lone surrogate, as a sentence. */
function unsafeValue(values: Record<string, unknown> | undefined, pattern: RegExp, where: string): string | undefined {
  if (!values || typeof values !== 'object') return undefined;
  for (const [key, raw] of Object.entries(values)) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value !== 'string') continue;
      if (pattern.test(value) || loneSurrogate.test(value) || pattern.test(key) || loneSurrogate.test(key))
        return `${where} „${key.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?').slice(0, 40)}“ enthält ein Steuerzeichen (etwa ein Nullbyte) oder ein ungültiges Zeichen.`;
    }
  }
  return undefined;
}

/**
 * Installs the layer: zod validation for every route's `schema`, an empty query schema for
 * routes that declare none (they get no query values at all), a bound path-parameter schema,
 * and the control-character check for query, path and form body. Call before routes are added.
 */
/** Why a form's text is refused (a control character, a lone surrogate), else undefined: for bodies the shell does not parse (multipart, http/uploads). */
export function formTextProblem(form: Record<string, unknown>): string | undefined {
  return unsafeValue(form, controlInFormText, 'Das Feld');
}

export function installInputLayer(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const parsed = (schema as z.ZodType).safeParse(data ?? {});
    return parsed.success ? { value: parsed.data } : { error: new InputError(describeIssues(parsed.error)) };
  });
  app.addHook('onRoute', (route) => {
    const schema = { ...(route.schema ?? {}) } as Record<string, unknown>;
    schema.querystring ??= nothingDeclared;
    const names = [...route.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1] as string);
    if (names.length > 0) schema.params ??= pathParams(...names);
    route.schema = schema;
  });
  app.addHook('preValidation', async (request) => {
    const problem =
      unsafeValue(request.params as Record<string, unknown>, controlInValue, 'Die Adresse im Teil') ??
      unsafeValue(request.query as Record<string, unknown>, controlInValue, 'Der Parameter') ??
      unsafeValue(request.body as Record<string, unknown>, controlInFormText, 'Das Feld');
    if (problem) throw new InputError([problem]);
  });
}
