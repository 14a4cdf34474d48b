/**
 * @module oparl/lists
 * External object lists (OParl 2.5): pages in a stable order (by id), `pagination` and
 * `links` with every filter carried on, the filters created/modified since/until, `limit`,
 * `omit_internal`, and deleted objects when `modified_since` asks for changes (2.5
 * Aktualisierungsmechanismus, 2.8).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRow, queryRows } from '../../db/rows.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { catalog, listedRow, objectsFor, publicRows } from './oparl.catalog.ts';
import type { OparlContext } from './oparl.context.ts';
import { oparlDateTime, type JsonObject } from './oparl.format.ts';
import type { OparlKind } from './oparl.urls.ts';

// measured: a page of 500 papers is 860 KB and even from the cache reached only 158 req/s
// (p95 185 ms) at 16 connections; 100 keeps a full page near 170 KB
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/**
 * A full date-time with offset, as OParl 2.4 writes it; fractions and `Z` are accepted too. A `+`
 * that arrived unencoded (and so became a space) is read as the `+` it was meant to be.
 */
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** 2025-02-30 is no date, though `new Date` would make it 2 March. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const dateTimeParam = z.string().transform((raw, ctx) => {
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const match = dateTimePattern.exec(value);
  const date = match ? new Date(value) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    ctx.addIssue({ code: 'custom', message: `„${raw}“ ist kein Zeitpunkt der Form 2025-01-31T00:00:00+01:00 (Datum, Uhrzeit und Zeitzone)` });
    return z.NEVER;
  }
  return date;
});

const positiveInteger = (name: string, max?: number) =>
  z
    .string()
    .regex(/^[1-9]\d{0,8}$/, `${name} muss eine ganze Zahl ab 1 sein`)
    .transform(Number)
    .transform((n) => (max === undefined ? n : Math.min(n, max)));

const listParamsSchema = z.object({
  created_since: dateTimeParam.optional(),
  created_until: dateTimeParam.optional(),
  modified_since: dateTimeParam.optional(),
  modified_until: dateTimeParam.optional(),
  // a client may not expect its limit to be kept (2.5): above the maximum, the maximum
  limit: positiveInteger('limit', MAX_PAGE_SIZE).optional(),
  page: positiveInteger('page').optional(),
  omit_internal: z
    .enum(['true', 'false'], { error: 'omit_internal erwartet true oder false' })
    .transform((v) => v === 'true')
    .optional(),
});
export type ListParams = z.infer<typeof listParamsSchema>;

/** Query parameters in the order they are written in every link (2.3 URL-Kanonisierung). */
export const parameterOrder = ['created_since', 'created_until', 'modified_since', 'modified_until', 'omit_internal', 'limit', 'page'] as const;

/** Parses a query string object, or says in a sentence for the client what is wrong with it. */
export function parseParams(query: Record<string, unknown>, allowed: 'list' | 'object'): Result<ListParams, string> {
  const names = allowed === 'list' ? parameterOrder : (['omit_internal'] as const);
  for (const [key, value] of Object.entries(query)) {
    if (!(names as readonly string[]).includes(key))
      return err(`Unbekannter Parameter „${key}“. Erlaubt ${names.length === 1 ? 'ist' : 'sind'}: ${names.join(', ')}.`);
    if (Array.isArray(value)) return err(`Der Parameter „${key}“ ist mehrfach angegeben.`);
  }
  const parsed = listParamsSchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`${String(issue?.path[0] ?? 'Parameter')}: ${issue?.message ?? 'ungültig'}`);
  }
  const p = parsed.data;
  if (p.created_since && p.created_until && p.created_since > p.created_until) return err('created_since liegt nach created_until.');
  if (p.modified_since && p.modified_until && p.modified_since > p.modified_until) return err('modified_since liegt nach modified_until.');
  return ok(p);
}

/** `until` includes the whole second it names, since OParl writes times without fractions. */
function filters(table: SQL, p: ListParams): SQL {
  const parts: SQL[] = [];
  if (p.created_since) parts.push(sql`${table}.created >= ${p.created_since.toISOString()}::timestamptz`);
  if (p.created_until) parts.push(sql`${table}.created < ${p.created_until.toISOString()}::timestamptz + interval '1 second'`);
  if (p.modified_since) parts.push(sql`${table}.modified >= ${p.modified_since.toISOString()}::timestamptz`);
  if (p.modified_until) parts.push(sql`${table}.modified < ${p.modified_until.toISOString()}::timestamptz + interval '1 second'`);
  // without modified_since, deleted objects must not be listed; with it, they must (2.5 Filter)
  if (!p.modified_since) parts.push(sql`${table}.deleted_at is null`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

export interface ListRequest {
  kind: OparlKind;
  /** The list's URL without query. */
  url: string;
  /** Extra condition: the organisation's meetings, say. */
  scope?: SQL;
  /** The portal's page for the same list (links.web). */
  web?: string;
}

export async function listPage(ctx: OparlContext, list: ListRequest, p: ListParams): Promise<JsonObject> {
  const limit = p.limit ?? DEFAULT_PAGE_SIZE;
  const page = p.page ?? 1;
  const table = sql.raw(catalog[list.kind].table);
  const where = sql`${publicRows(ctx, list.kind)} and ${filters(table, p)} ${list.scope ? sql`and ${list.scope}` : sql``}`;
  const rows = await queryRows(
    ctx.db,
    listedRow.extend({ total: z.number() }),
    sql`select ${table}.id, ${table}.created, ${table}.modified, ${table}.deleted_at is not null as deleted, count(*) over ()::int as total
      from ${table} where ${where} order by ${table}.id limit ${limit} offset ${(page - 1) * limit}`,
    { prepared: true },
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const count = await queryRow(ctx.db, z.object({ n: z.number() }), sql`select count(*)::int as n from ${table} where ${where}`, { prepared: true });
    total = count?.n ?? 0;
  }
  const data = await objectsFor(ctx, list.kind, rows);
  const totalPages = Math.max(1, Math.ceil(total / limit));
  const link = (n: number) => pageUrl(list.url, p, n);
  const links: JsonObject = { first: link(1) };
  if (page > 1) links.prev = link(Math.min(page - 1, totalPages));
  links.self = link(page);
  if (page < totalPages) links.next = link(page + 1);
  links.last = link(totalPages);
  if (list.web) links.web = list.web;
  return { data, pagination: { totalElements: total, elementsPerPage: limit, currentPage: page, totalPages }, links };
}

function pageUrl(base: string, p: ListParams, page: number): string {
  const parts: string[] = [];
  for (const name of parameterOrder) {
    const value = name === 'page' ? (page > 1 ? page : undefined) : p[name];
    if (value === undefined) continue;
    const text = value instanceof Date ? oparlDateTime(value) : String(value);
    parts.push(`${name}=${encodeURIComponent(text)}`);
  }
  return parts.length ? `${base}?${parts.join('&')}` : base;
}
