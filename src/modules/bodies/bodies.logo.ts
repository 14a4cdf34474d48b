/**
 * @module bodies/logo
 * Which file is the body's logo (`bodies.logo_file_id`), changed against the version of the
 * body's settings and recorded in its history. The file itself, its upload and its delivery are
 * the files module's (files/logo), which calls this inside its transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { recordChange, type Actor } from '../audit/index.ts';
import { bodies } from './bodies.tables.ts';
import type { Body } from './bodies.repo.ts';

/** The body as stored now (with the version its forms send back); undefined for an unknown body. */
export async function findBody(db: Db, bodyId: number): Promise<Body | undefined> {
  const [row] = await db.select().from(bodies).where(eq(bodies.id, bodyId));
  return row;
}

/**
 * Sets the logo (null: none) if the body is still at `version`; `names` are the file names
 * before and after, for the history. 'stale': someone saved the body in between.
 */
export async function setBodyLogo(
  db: Db,
  input: { bodyId: number; actor: Actor; version: number; fileId: number | null; names: { before: string; after: string } },
): Promise<Result<Body, 'stale'>> {
  const [after] = await db
    .update(bodies)
    .set({ logoFileId: input.fileId, version: input.version + 1 })
    .where(and(eq(bodies.id, input.bodyId), eq(bodies.version, input.version)))
    .returning();
  if (!after) return err('stale');
  await recordChange(db, {
    bodyId: input.bodyId,
    actor: input.actor,
    event: 'record.updated',
    kind: 'body',
    id: input.bodyId,
    label: after.name,
    changes: [{ field: 'Logo', before: input.names.before, after: input.names.after }],
    version: after.version,
  });
  return ok(after);
}
