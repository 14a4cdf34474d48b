/**
 * @module oparl/bodies
 * The entry point (System.json, 2.10 Endpunkt), the Körperschaft (Body.json) with its
 * Wahlperioden embedded (LegislativeTerm.json) and every external list it points to.
 * Each host serves one body, so its System lists exactly that body.
 */
import { sql } from 'drizzle-orm';
import { queryRow, queryRows } from '../../db/rows.ts';
import { timestampColumn } from '../../db/row-columns.ts';
import { z } from '../../lib/validation.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { idArray, inOrder, oparlObject, rowStamp, type Loader, type OparlContext } from './oparl.context.ts';
import { compact, oparlDateTime, type JsonObject } from './oparl.format.ts';
import { bodyLists, OPARL_VERSION, typeUrl, type BodyListName } from './oparl.urls.ts';

const bodyRow = rowStamp.extend({
  name: z.string(),
  short_name: z.string().nullable(),
  website: z.string().nullable(),
  license: z.string().nullable(),
  ags: z.string().nullable(),
  rgs: z.string().nullable(),
  classification: z.string().nullable(),
  contact_email: z.string().nullable(),
  contact_name: z.string().nullable(),
  term_ids: idArray,
});

export const loadBodies: Loader = async (ctx, ids) => {
  const rows = await queryRows(
    ctx.db,
    bodyRow,
    sql`select b.id, b.created, b.modified, b.name, b.short_name, b.website, b.license, b.ags, b.rgs, b.classification,
        b.contact_email, b.contact_name,
        array(select t.id from legislative_terms t where t.body_id = b.id and t.deleted_at is null order by t.start_date, t.id) as term_ids
      from bodies b where b.id = any(${intArray(ids)}) and b.id = ${ctx.bodyId} and b.deleted_at is null`,
    { prepared: true },
  );
  const terms = ctx.omitInternal
    ? new Map<number, JsonObject>()
    : await loadLegislativeTerms(
        ctx,
        rows.flatMap((r) => r.term_ids),
        true,
      );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const lists: JsonObject = {};
    for (const list of Object.keys(bodyLists) as BodyListName[]) lists[list] = ctx.urls.bodyList(row.id, list);
    const fields: JsonObject = {
      system: ctx.urls.system(),
      ...compact({
        shortName: row.short_name,
        name: row.name,
        website: row.website,
        license: row.license,
        // Gremia serves OParl for a body from the day the body was set up in it
        oparlSince: oparlDateTime(row.created),
        ags: row.ags,
        rgs: row.rgs,
        contactEmail: row.contact_email,
        contactName: row.contact_name,
        classification: row.classification,
      }),
      ...lists,
    };
    // required even when empty (Body.json), unless the client asked to omit embedded lists
    if (!ctx.omitInternal) fields.legislativeTerm = inOrder(terms, row.term_ids);
    out.set(row.id, oparlObject(ctx, 'body', row, fields, '/'));
  }
  return out;
};

const termRow = rowStamp.extend({ name: z.string(), start_date: z.string(), end_date: z.string().nullable() });

export const loadLegislativeTerms: Loader = async (ctx, ids, embedded) => {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    ctx.db,
    termRow,
    sql`select t.id, t.created, t.modified, t.name, t.start_date::text as start_date, t.end_date::text as end_date
      from legislative_terms t where t.id = any(${intArray(ids)}) and t.body_id = ${ctx.bodyId} and t.deleted_at is null`,
    { prepared: true },
  );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      body: embedded ? null : ctx.urls.object('body', ctx.bodyId),
      name: row.name,
      startDate: row.start_date,
      endDate: row.end_date,
    });
    out.set(row.id, oparlObject(ctx, 'legislative-term', row, fields));
  }
  return out;
};

export interface SystemFacts {
  name: string;
  contactEmail: string | null;
  contactName: string | null;
  license: string | null;
  created: Date;
  modified: Date;
}

export async function systemFacts(ctx: OparlContext): Promise<SystemFacts | undefined> {
  const row = await queryRow(
    ctx.db,
    z.object({
      name: z.string(),
      contact_email: z.string().nullable(),
      contact_name: z.string().nullable(),
      license: z.string().nullable(),
      created: timestampColumn,
      modified: timestampColumn,
    }),
    sql`select name, contact_email, contact_name, license, created, modified from bodies where id = ${ctx.bodyId} and deleted_at is null`,
    { prepared: true },
  );
  if (!row) return undefined;
  return { name: row.name, contactEmail: row.contact_email, contactName: row.contact_name, license: row.license, created: row.created, modified: row.modified };
}

/**
 * The System object. `product` and `vendor` point to the API page, which names the software
 * (Gremia, free software under the AGPL) and who runs this installation.
 */
export function systemObject(ctx: OparlContext, facts: SystemFacts): JsonObject {
  return {
    id: ctx.urls.system(),
    type: typeUrl('System'),
    oparlVersion: OPARL_VERSION,
    body: ctx.urls.bodies(),
    ...compact({
      name: `Ratsinformationssystem ${facts.name}`,
      contactEmail: facts.contactEmail,
      contactName: facts.contactName,
      license: facts.license,
      website: ctx.urls.web('/'),
      vendor: ctx.urls.web('/oparl#software'),
      product: ctx.urls.web('/oparl'),
    }),
    web: ctx.urls.web('/oparl'),
    created: oparlDateTime(facts.created),
    modified: oparlDateTime(facts.modified),
  };
}
