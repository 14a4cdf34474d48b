/**
 * @module papers/queries
 * Read side of papers: everything the paper page shows, fetched through the visibility policy.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, type Viewer } from '../../access/index.ts';
import {
  consultationRoles,
  paperFileRoles,
  papers,
  paperSectionKinds,
  type ConsultationRole,
  type PaperFileRole,
  type PaperSectionKind,
} from './papers.tables.ts';

export interface PaperRef {
  id: number;
  reference: string;
  slug: string;
  name: string;
  paperType: string;
}

/** A recorded vote; all empty when none was recorded. */
export interface Votes {
  unanimous: boolean | null;
  yes: number | null;
  no: number | null;
  abstention: number | null;
}

export interface ConsultationView {
  position: number;
  role: ConsultationRole;
  authoritative: boolean;
  organization: { id: number; name: string } | null;
  meeting: { id: number; name: string; start: Date | null; cancelled: boolean; state: string } | null;
  /** `visible: false` when the agenda item is non-public and the viewer may not see it. */
  agendaItem:
    | { visible: true; id: number; number: string | null; result: string | null; resolutionText: string | null; votes: Votes }
    | { visible: false }
    | null;
}

export interface PaperPage extends PaperRef {
  date: string | null;
  public: boolean;
  modified: Date;
  underDirectionOf: { id: number; name: string }[];
  originators: { kind: 'person' | 'organization'; id: number; name: string }[];
  sections: { id: number; kind: PaperSectionKind; heading: string; bodyHtml: string }[];
  consultations: ConsultationView[];
  files: { id: number; name: string; fileName: string; mimeType: string; size: number; role: PaperFileRole }[];
  superordinated: PaperRef[];
  subordinated: PaperRef[];
  related: PaperRef[];
}

/** The slug of a visible paper by its internal id (for redirects from `/vorlagen/<id>`). */
export async function findPaperSlugById(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: papers.slug })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.id, id), paperVisibleTo(viewer)));
  return row?.slug;
}

/** Whether the body has a live paper with this reference, public or not (for imports, which see all). */
export async function paperReferenceExists(db: Db, bodyId: number, reference: string): Promise<boolean> {
  const [row] = await db
    .select({ id: papers.id })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.reference, reference), sql`${papers.deletedAt} is null`));
  return row !== undefined;
}

/** The Beratungsfolge of a paper as a JSON array, for embedding in a larger statement. */
function consultationsJson(viewer: Viewer, paperId: SQL): SQL {
  return sql`coalesce((
    select json_agg(json_build_object(
      'position', c.position, 'role', c.role, 'authoritative', c.authoritative,
      'organizationId', o.id, 'organizationName', o.name,
      'meetingId', m.id, 'meetingName', m.name, 'meetingStart', m.start, 'meetingCancelled', m.cancelled, 'meetingState', m.meeting_state,
      'agendaItemId', c.agenda_item_id,
      -- the join carries the visibility rule: an invisible agenda item joins as null
      'visibleAgendaItemId', agenda_items.id, 'agendaItemNumber', agenda_items.number, 'agendaItemResult', agenda_items.result,
      'resolutionText', agenda_items.resolution_text, 'unanimous', agenda_items.unanimous, 'votesYes', agenda_items.votes_yes,
      'votesNo', agenda_items.votes_no, 'votesAbstention', agenda_items.votes_abstention
    ) order by c.position, c.id)
    from consultations c
    left join organizations o on o.id = c.organization_id
    left join meetings m on m.id = c.meeting_id and m.deleted_at is null
    left join agenda_items on agenda_items.id = c.agenda_item_id and ${agendaItemVisibleTo(viewer)}
    where c.paper_id = ${paperId} and c.deleted_at is null), '[]')`;
}

/** The Beratungsverlauf of a paper the viewer may see (for the agenda item page). */
export async function listConsultationsOfPaper(db: Db, bodyId: number, viewer: Viewer, paperId: number): Promise<ConsultationView[] | undefined> {
  const row = await queryRow(
    db,
    z.object({ steps: z.array(consultationRowSchema) }),
    sql`select ${consultationsJson(viewer, sql`papers.id`)} as steps from papers
      where papers.body_id = ${bodyId} and papers.id = ${paperId} and ${paperVisibleTo(viewer)}`,
    { prepared: true },
  );
  return row?.steps.map(toConsultationView);
}

/**
 * Everything the paper page shows, in one statement: a page costs one round trip, whatever its
 * number of sections, consultations and files. Each part filters through the visibility policy.
 */
export async function findPaperPage(db: Db, bodyId: number, viewer: Viewer, slug: string): Promise<PaperPage | undefined> {
  const row = await queryRow(
    db,
    z.object({ page: pageRowSchema }),
    sql`with target as (
      select id, reference, slug, name, paper_type, date, ${paperVisibleTo(anonymous)} as public, modified from papers
      where body_id = ${bodyId} and slug = ${slug} and ${paperVisibleTo(viewer)}
    )
    select json_build_object(
      'id', t.id, 'reference', t.reference, 'slug', t.slug, 'name', t.name, 'paperType', t.paper_type,
      'date', to_char(t.date, 'YYYY-MM-DD'), 'public', t.public, 'modified', t.modified,
      'underDirectionOf', coalesce((
        select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
        from paper_directions d join organizations o on o.id = d.organization_id
        where d.paper_id = t.id and d.deleted_at is null), '[]'),
      'originators', coalesce((
        select json_agg(json_build_object(
          'personId', pe.id,
          'personName', nullif(concat_ws(' ', array_to_string(pe.title, ' '), pe.given_name, pe.family_name), ''),
          'organizationId', o.id, 'organizationName', o.name) order by po.id)
        from paper_originators po
        left join persons pe on pe.id = po.person_id
        left join organizations o on o.id = po.organization_id
        where po.paper_id = t.id and po.deleted_at is null), '[]'),
      'sections', coalesce((
        select json_agg(json_build_object('id', s.id, 'kind', s.kind, 'heading', s.heading, 'bodyHtml', s.body_html) order by s.position)
        from paper_sections s where s.paper_id = t.id and s.deleted_at is null), '[]'),
      'consultations', ${consultationsJson(viewer, sql`t.id`)},
      'files', coalesce((
        select json_agg(json_build_object(
          'id', files.id, 'name', files.name, 'fileName', files.file_name, 'mimeType', files.mime_type, 'size', files.size, 'role', pf.role
        ) order by pf.role = 'main' desc, pf.position, files.id)
        from paper_files pf join files on files.id = pf.file_id
        where pf.paper_id = t.id and pf.deleted_at is null and ${fileVisibleTo(viewer)}), '[]'),
      'relations', coalesce((
        select json_agg(json_build_object(
          'id', papers.id, 'reference', papers.reference, 'slug', papers.slug, 'name', papers.name,
          'paperType', papers.paper_type, 'kind', r.kind, 'fromId', r.paper_id
        ) order by papers.date, papers.reference)
        from paper_relations r
        join papers on (r.paper_id = t.id and papers.id = r.related_paper_id) or (r.related_paper_id = t.id and papers.id = r.paper_id)
        where r.deleted_at is null and r.kind in ('related', 'superordinated') and ${paperVisibleTo(viewer)}), '[]')
    ) as page
    from target t`,
    { prepared: true },
  );
  return row ? toPaperPage(row.page) : undefined;
}

const consultationRowSchema = z.object({
  position: z.number(),
  role: z.enum(consultationRoles),
  authoritative: z.boolean(),
  organizationId: z.number().nullable(),
  organizationName: z.string().nullable(),
  meetingId: z.number().nullable(),
  meetingName: z.string().nullable(),
  meetingStart: z.coerce.date().nullable(),
  meetingCancelled: z.boolean().nullable(),
  meetingState: z.string().nullable(),
  agendaItemId: z.number().nullable(),
  visibleAgendaItemId: z.number().nullable(),
  agendaItemNumber: z.string().nullable(),
  agendaItemResult: z.string().nullable(),
  resolutionText: z.string().nullable(),
  unanimous: z.boolean().nullable(),
  votesYes: z.number().nullable(),
  votesNo: z.number().nullable(),
  votesAbstention: z.number().nullable(),
});

function toConsultationView(r: z.infer<typeof consultationRowSchema>): ConsultationView {
  return {
    position: r.position,
    role: r.role,
    authoritative: r.authoritative,
    organization: r.organizationId !== null && r.organizationName !== null ? { id: r.organizationId, name: r.organizationName } : null,
    meeting:
      r.meetingId !== null && r.meetingName !== null
        ? { id: r.meetingId, name: r.meetingName, start: r.meetingStart, cancelled: r.meetingCancelled ?? false, state: r.meetingState ?? 'geplant' }
        : null,
    agendaItem:
      r.agendaItemId === null
        ? null
        : r.visibleAgendaItemId === null
          ? { visible: false }
          : {
              visible: true,
              id: r.visibleAgendaItemId,
              number: r.agendaItemNumber,
              result: r.agendaItemResult,
              resolutionText: r.resolutionText,
              votes: { unanimous: r.unanimous, yes: r.votesYes, no: r.votesNo, abstention: r.votesAbstention },
            },
  };
}

/** A PaperRef as raw SQL returns it; other modules' one-statement queries extend it. */
export const paperRefSchema = z.object({ id: z.number(), reference: z.string(), slug: z.string(), name: z.string(), paperType: z.string() });
/** With the paper's date as `YYYY-MM-DD`. */
export const datedPaperRefSchema = paperRefSchema.extend({ date: z.string().nullable() });

const pageRowSchema = datedPaperRefSchema.extend({
  public: z.boolean(),
  modified: z.coerce.date(),
  underDirectionOf: z.array(z.object({ id: z.number(), name: z.string() })),
  originators: z.array(
    z.object({
      personId: z.number().nullable(),
      personName: z.string().nullable(),
      organizationId: z.number().nullable(),
      organizationName: z.string().nullable(),
    }),
  ),
  sections: z.array(z.object({ id: z.number(), kind: z.enum(paperSectionKinds), heading: z.string(), bodyHtml: z.string() })),
  consultations: z.array(consultationRowSchema),
  files: z.array(z.object({ id: z.number(), name: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number(), role: z.enum(paperFileRoles) })),
  relations: z.array(paperRefSchema.extend({ kind: z.enum(['related', 'superordinated']), fromId: z.number() })),
});

function toPaperPage(row: z.infer<typeof pageRowSchema>): PaperPage {
  const { relations, originators, consultations: steps, ...paper } = row;
  const superordinated: PaperRef[] = [];
  const subordinated: PaperRef[] = [];
  const related: PaperRef[] = [];
  for (const { kind, fromId, ...other } of relations) {
    if (kind === 'related') related.push(other);
    // a row „A superordinated B“ says B is above A; seen from B, A is subordinated
    else if (fromId === row.id) superordinated.push(other);
    else subordinated.push(other);
  }
  return {
    ...paper,
    originators: originators.flatMap((r): PaperPage['originators'] => {
      if (r.organizationId !== null && r.organizationName !== null) return [{ kind: 'organization', id: r.organizationId, name: r.organizationName }];
      if (r.personId !== null && r.personName !== null) return [{ kind: 'person', id: r.personId, name: r.personName }];
      return [];
    }),
    consultations: steps.map(toConsultationView),
    superordinated,
    subordinated,
    related,
  };
}
