/**
 * @module files/logo
 * The body's logo, the first record that takes an upload: the account's uploaded picture is
 * claimed and made the logo in one transaction (bodies/logo checks the version and records the
 * history); a replaced or removed logo is released, so the upload sweep removes it with its
 * bytes. The logo's row stays non-public: it is in no file list and `/dateien` does not give it
 * to the public; `/logo` serves it.
 */
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import type { Actor } from '../audit/index.ts';
import { findBody, setBodyLogo, type Body } from '../bodies/index.ts';
import type { FileRow } from './files.repo.ts';
import { claimUpload, findFileById, releaseUpload } from './uploads.ts';

/** Pictures a browser shows without running anything of theirs (no SVG: it may carry script). */
export const logoTypes: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];

/** stale: someone saved the body in between; upload: the file is not an unclaimed picture this account uploaded. */
export type LogoRefusal = 'stale' | 'upload';

class Refused extends Error {
  constructor(readonly reason: LogoRefusal) {
    super(reason);
  }
}

/** The logo's row, or undefined when the body has none (or it is not a picture after all). */
export async function bodyLogo(db: Db, body: Pick<Body, 'id' | 'logoFileId'>): Promise<FileRow | undefined> {
  const file = body.logoFileId === null ? undefined : await findFileById(db, body.id, body.logoFileId);
  return file && logoTypes.includes(file.mimeType) ? file : undefined;
}

/** The body as stored now and its logo; undefined for an unknown body. */
export async function loadBodyLogo(db: Db, bodyId: number): Promise<{ body: Body; logo: FileRow | undefined } | undefined> {
  const body = await findBody(db, bodyId);
  return body ? { body, logo: await bodyLogo(db, body) } : undefined;
}

/** Makes the account's upload `fileId` the logo (null: no logo), if the body is still at `version`. */
export async function changeBodyLogo(
  db: Db,
  input: { bodyId: number; actor: Actor; version: number; fileId: number | null },
): Promise<Result<Body, LogoRefusal>> {
  try {
    return ok(
      await db.transaction(async (tx) => {
        const before = await findBody(tx, input.bodyId);
        if (!before || before.version !== input.version) throw new Refused('stale');
        const previous = before.logoFileId === null ? undefined : await findFileById(tx, input.bodyId, before.logoFileId);
        const added = input.fileId === null ? undefined : await claimUpload(tx, { bodyId: input.bodyId, userId: input.actor.userId, fileId: input.fileId });
        if (input.fileId !== null && (!added || !logoTypes.includes(added.mimeType))) throw new Refused('upload');
        const changed = await setBodyLogo(tx, {
          bodyId: input.bodyId,
          actor: input.actor,
          version: input.version,
          fileId: input.fileId,
          names: { before: previous?.fileName ?? '', after: added?.fileName ?? '' },
        });
        if (!changed.ok) throw new Refused('stale');
        if (previous && previous.id !== input.fileId) await releaseUpload(tx, { bodyId: input.bodyId, fileId: previous.id });
        return changed.value;
      }),
    );
  } catch (error) {
    if (error instanceof Refused) return err(error.reason);
    throw error;
  }
}
