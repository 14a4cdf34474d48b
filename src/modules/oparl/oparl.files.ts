/**
 * @module oparl/files
 * OParl File (schema File.json, 2.7 Dateizugriffe). The bytes are served by the portal's
 * `/dateien/<id>/<name>`: inline there, as an attachment with `?download=1`.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo } from '../../access/index.ts';
import { idArray, oparlObject, rowStamp, type Loader } from './oparl.context.ts';
import { cleanText, compact, type JsonObject } from './oparl.format.ts';

// the holders' ids are only selected for a file standing alone
const fileRow = rowStamp.extend({
  name: z.string(),
  file_name: z.string(),
  mime_type: z.string(),
  size: z.number(),
  date: z.string().nullable(),
  license: z.string().nullable(),
  text: z.string().nullable(),
  paper_ids: idArray.optional(),
  agenda_item_ids: idArray.optional(),
  meeting_ids: idArray.optional(),
});

/** Back-references to the public papers, agenda items and meetings that hold a file. */
const holders = sql`,
  array(select pf.paper_id from paper_files pf join papers hp on hp.id = pf.paper_id
    where pf.file_id = files.id and pf.deleted_at is null and ${paperVisibleTo(anonymous, 'hp')} order by pf.paper_id) as paper_ids,
  array(select af.agenda_item_id from agenda_item_files af join agenda_items ha on ha.id = af.agenda_item_id
    where af.file_id = files.id and af.deleted_at is null and ${agendaItemVisibleTo(anonymous, 'ha')} order by af.agenda_item_id) as agenda_item_ids,
  array(select mf.meeting_id from meeting_files mf join meetings hm on hm.id = mf.meeting_id
    where mf.file_id = files.id and mf.deleted_at is null and hm.deleted_at is null order by mf.meeting_id) as meeting_ids`;

/**
 * The text is only in the File standing alone and in the file list: embedded in a paper or a
 * session it would multiply their size, and the File's own URL has it.
 */
export const loadFiles: Loader = async (ctx, ids, embedded) => {
  const rows = await queryRows(
    ctx.db,
    fileRow,
    sql`select files.id, files.created, files.modified, files.name, files.file_name, files.mime_type, files.size,
        files.date::text as date, files.license, ${embedded ? sql`null` : sql`files.text`} as text
        ${embedded ? sql`` : holders}
      from files where files.id = any(${intArray(ids)}) and files.body_id = ${ctx.bodyId} and ${fileVisibleTo(anonymous)}`,
    { prepared: true },
  );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      name: row.name,
      fileName: row.file_name,
      mimeType: row.mime_type,
      date: row.date,
      size: row.size,
      text: cleanText(row.text),
      accessUrl: ctx.urls.fileAccess(row.id, row.file_name),
      downloadUrl: ctx.urls.fileDownload(row.id, row.file_name),
      fileLicense: row.license,
      meeting: (row.meeting_ids ?? []).map((id) => ctx.urls.object('meeting', id)),
      agendaItem: (row.agenda_item_ids ?? []).map((id) => ctx.urls.object('agenda-item', id)),
      paper: (row.paper_ids ?? []).map((id) => ctx.urls.object('paper', id)),
    });
    out.set(row.id, oparlObject(ctx, 'file', row, fields));
  }
  return out;
};
