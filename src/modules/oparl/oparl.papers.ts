/**
 * @module oparl/papers
 * OParl Paper (Paper.json) with its Beratungsfolge embedded as Consultation objects
 * (Consultation.json) and its files as File objects. Related, superordinated and subordinated
 * papers, originators and Federführung are references, each only to what the public sees.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, publicRegardlessOfDeletion } from '../../access/index.ts';
import { allIds, idArray, inOrder, oparlObject, rowStamp, type Loader } from './oparl.context.ts';
import { loadFiles } from './oparl.files.ts';
import { compact, type JsonObject } from './oparl.format.ts';

const paperRow = rowStamp.extend({
  name: z.string(),
  reference: z.string(),
  slug: z.string(),
  date: z.string().nullable(),
  paper_type: z.string(),
  related_ids: idArray,
  superordinated_ids: idArray,
  subordinated_ids: idArray,
  main_file_id: z.number().nullable(),
  auxiliary_file_ids: idArray,
  originator_person_ids: idArray,
  originator_organization_ids: idArray,
  direction_ids: idArray,
  consultation_ids: idArray,
});

const paperFileIds = (role: 'main' | 'auxiliary') => sql`select pf.file_id from paper_files pf join files on files.id = pf.file_id
  where pf.paper_id = papers.id and pf.role = ${role} and pf.deleted_at is null and ${fileVisibleTo(anonymous)}
  order by pf.position, pf.file_id`;

export const loadPapers: Loader = async (ctx, ids) => {
  const rows = await queryRows(
    ctx.db,
    paperRow,
    sql`select papers.id, papers.created, papers.modified, papers.name, papers.reference, papers.slug, papers.date::text as date,
        papers.paper_type,
        array(select case when r.paper_id = papers.id then r.related_paper_id else r.paper_id end
          from paper_relations r join papers o on o.id = case when r.paper_id = papers.id then r.related_paper_id else r.paper_id end
          where (r.paper_id = papers.id or r.related_paper_id = papers.id) and r.kind = 'related' and r.deleted_at is null
            and ${paperVisibleTo(anonymous, 'o')} order by 1) as related_ids,
        array(select r.related_paper_id from paper_relations r join papers o on o.id = r.related_paper_id
          where r.paper_id = papers.id and r.kind = 'superordinated' and r.deleted_at is null and ${paperVisibleTo(anonymous, 'o')} order by 1) as superordinated_ids,
        array(select r.paper_id from paper_relations r join papers o on o.id = r.paper_id
          where r.related_paper_id = papers.id and r.kind = 'superordinated' and r.deleted_at is null and ${paperVisibleTo(anonymous, 'o')} order by 1) as subordinated_ids,
        (${paperFileIds('main')} limit 1) as main_file_id,
        array(${paperFileIds('auxiliary')}) as auxiliary_file_ids,
        array(select o.person_id from paper_originators o join persons op on op.id = o.person_id
          where o.paper_id = papers.id and o.deleted_at is null and op.deleted_at is null order by o.id) as originator_person_ids,
        array(select o.organization_id from paper_originators o join organizations oo on oo.id = o.organization_id
          where o.paper_id = papers.id and o.deleted_at is null and oo.deleted_at is null order by o.id) as originator_organization_ids,
        array(select d.organization_id from paper_directions d join organizations od on od.id = d.organization_id
          where d.paper_id = papers.id and d.deleted_at is null and od.deleted_at is null order by d.organization_id) as direction_ids,
        array(select c.id from consultations c where c.paper_id = papers.id and c.deleted_at is null order by c.position, c.id) as consultation_ids
      from papers where papers.id = any(${intArray(ids)}) and papers.body_id = ${ctx.bodyId} and ${paperVisibleTo(anonymous)}`,
    { prepared: true },
  );
  const fileIds = allIds(rows, (r) => (ctx.omitInternal ? [r.main_file_id] : [r.main_file_id, ...r.auxiliary_file_ids]));
  const [files, consultations] = await Promise.all([
    fileIds.length ? loadFiles(ctx, fileIds, true) : new Map<number, JsonObject>(),
    loadConsultations(
      ctx,
      allIds(rows, (r) => r.consultation_ids),
      true,
    ),
  ]);
  const out = new Map<number, JsonObject>();
  const url = (kind: 'paper' | 'person' | 'organization') => (id: number) => ctx.urls.object(kind, id);
  for (const row of rows) {
    const fields = compact({
      body: ctx.urls.object('body', ctx.bodyId),
      name: row.name,
      reference: row.reference,
      date: row.date,
      paperType: row.paper_type,
      relatedPaper: row.related_ids.map(url('paper')),
      superordinatedPaper: row.superordinated_ids.map(url('paper')),
      subordinatedPaper: row.subordinated_ids.map(url('paper')),
      mainFile: row.main_file_id === null ? null : (files.get(row.main_file_id) ?? null),
      auxiliaryFile: ctx.omitInternal ? null : inOrder(files, row.auxiliary_file_ids),
      originatorPerson: row.originator_person_ids.map(url('person')),
      underDirectionOf: row.direction_ids.map(url('organization')),
      originatorOrganization: row.originator_organization_ids.map(url('organization')),
      consultation: inOrder(consultations, row.consultation_ids),
    });
    out.set(row.id, oparlObject(ctx, 'paper', row, fields, `/vorlagen/${row.slug}`));
  }
  return out;
};

const consultationRow = rowStamp.extend({
  paper_id: z.number(),
  meeting_id: z.number().nullable(),
  agenda_item_id: z.number().nullable(),
  organization_id: z.number().nullable(),
  role: z.string(),
  authoritative: z.boolean(),
});

/** Only steps of public papers; the agenda item only when the public sees it. */
export const loadConsultations: Loader = async (ctx, ids, embedded) => {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    ctx.db,
    consultationRow,
    sql`select c.id, c.created, c.modified, c.paper_id, c.role, c.authoritative,
        (select m.id from meetings m where m.id = c.meeting_id and m.deleted_at is null) as meeting_id,
        (select a.id from agenda_items a where a.id = c.agenda_item_id and ${agendaItemVisibleTo(anonymous, 'a')}) as agenda_item_id,
        (select o.id from organizations o where o.id = c.organization_id and o.deleted_at is null) as organization_id
      from consultations c
      where c.id = any(${intArray(ids)}) and c.body_id = ${ctx.bodyId} and c.deleted_at is null and ${publicRegardlessOfDeletion.consultation('c')}`,
    { prepared: true },
  );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      paper: embedded ? null : ctx.urls.object('paper', row.paper_id),
      agendaItem: row.agenda_item_id === null ? null : ctx.urls.object('agenda-item', row.agenda_item_id),
      meeting: row.meeting_id === null ? null : ctx.urls.object('meeting', row.meeting_id),
      organization: row.organization_id === null ? [] : [ctx.urls.object('organization', row.organization_id)],
      authoritative: row.authoritative,
      role: row.role,
    });
    out.set(row.id, oparlObject(ctx, 'consultation', row, fields));
  }
  return out;
};
