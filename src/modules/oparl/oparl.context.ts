/**
 * @module oparl/context
 * What every OParl loader needs, and the shapes every object shares. Loaders read the public
 * view only: the API knows no logged-in reader (OParl 2.3: every request is stateless).
 */
import type { Db } from '../../db/client.ts';
import { timestampColumn } from '../../db/row-columns.ts';
import { z } from '../../lib/validation.ts';
import { oparlDateTime, type JsonObject } from './oparl.format.ts';
import { oparlKinds, typeUrl, type OparlKind, type OparlUrls } from './oparl.urls.ts';

export interface OparlContext {
  db: Db;
  bodyId: number;
  urls: OparlUrls;
  /** OParl 2.5 `omit_internal=true`: leave out the embedded lists named there. */
  omitInternal: boolean;
}

/** Every row the API shows carries these; each kind's row schema extends this one. */
export const rowStamp = z.object({ id: z.number(), created: timestampColumn, modified: timestampColumn });
export type RowStamp = z.output<typeof rowStamp>;

/** Ids from `array(select ...)`, each an int4. */
export const idArray = z.array(z.number());

/** id and type first, then the object's own fields, then `web`, `created` and `modified`. */
export function oparlObject(ctx: OparlContext, kind: OparlKind, row: RowStamp, fields: JsonObject, web?: string): JsonObject {
  const object: JsonObject = { id: ctx.urls.object(kind, row.id), type: typeUrl(oparlKinds[kind]), ...fields };
  if (web) object.web = ctx.urls.web(web);
  object.created = oparlDateTime(row.created);
  object.modified = oparlDateTime(row.modified);
  return object;
}

/** OParl 2.8: a deleted object keeps id, type and created, `modified` is when it was deleted. */
export function deletedObject(ctx: OparlContext, kind: OparlKind, row: RowStamp): JsonObject {
  return { ...oparlObject(ctx, kind, row, {}), deleted: true };
}

/** How each kind is read: by id, either standing alone or embedded in its parent (no back-reference). */
export type Loader = (ctx: OparlContext, ids: readonly number[], embedded: boolean) => Promise<Map<number, JsonObject>>;

/** The objects for ids in the ids' order, skipping any the loader did not return. */
export function inOrder(objects: Map<number, JsonObject>, ids: readonly number[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const id of ids) {
    const object = objects.get(id);
    if (object) out.push(object);
  }
  return out;
}

/** Collects the ids of every row's child list, without duplicates. */
export function allIds<T>(rows: readonly T[], pick: (row: T) => readonly (number | null)[]): number[] {
  const ids = new Set<number>();
  for (const row of rows) for (const id of pick(row)) if (id !== null) ids.add(id);
  return [...ids];
}
