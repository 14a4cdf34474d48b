/**
 * @module papers/queries
 * Read side of papers: everything the paper page shows, fetched through the visibility policy.
 */
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agendaItemVisibleTo, fileVisibleTo, paperVisibleTo, type Viewer } from '../access/visibility.ts';
import { files } from '../files/files.tables.ts';
import { agendaItems, meetings } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { persons } from '../people/people.tables.ts';
import {
  consultations,
  paperDirections,
  paperFiles,
  paperOriginators,
  paperRelations,
  papers,
  paperSections,
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

export interface ConsultationView {
  position: number;
  role: ConsultationRole;
  authoritative: boolean;
  organization: { id: number; name: string } | null;
  meeting: { id: number; name: string; start: Date | null; cancelled: boolean; state: string } | null;
  /** `visible: false` when the agenda item is non-public and the viewer may not see it. */
  agendaItem: { visible: true; id: number; number: string | null; result: string | null } | { visible: false } | null;
}

export interface PaperPage {
  id: number;
  reference: string;
  slug: string;
  name: string;
  paperType: string;
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

const paperRefColumns = {
  id: papers.id,
  reference: papers.reference,
  slug: papers.slug,
  name: papers.name,
  paperType: papers.paperType,
};

/** The slug of a visible paper by its internal id (for redirects from `/vorlagen/<id>`). */
export async function findPaperSlugById(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: papers.slug })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.id, id), paperVisibleTo(viewer)));
  return row?.slug;
}

export async function findPaperPage(db: Db, bodyId: number, viewer: Viewer, slug: string): Promise<PaperPage | undefined> {
  const [paper] = await db
    .select({
      id: papers.id,
      reference: papers.reference,
      slug: papers.slug,
      name: papers.name,
      paperType: papers.paperType,
      date: papers.date,
      public: papers.public,
      modified: papers.modified,
    })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.slug, slug), paperVisibleTo(viewer)));
  if (!paper) return undefined;
  const [underDirectionOf, originators, sections, consultationRows, fileRows, relations] = await Promise.all([
    loadDirections(db, paper.id),
    loadOriginators(db, paper.id),
    loadSections(db, paper.id),
    loadConsultations(db, viewer, paper.id),
    loadFiles(db, viewer, paper.id),
    loadRelations(db, viewer, paper.id),
  ]);
  return { ...paper, underDirectionOf, originators, sections, consultations: consultationRows, files: fileRows, ...relations };
}

function loadDirections(db: Db, paperId: number) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(paperDirections)
    .innerJoin(organizations, eq(organizations.id, paperDirections.organizationId))
    .where(and(eq(paperDirections.paperId, paperId), isNull(paperDirections.deletedAt)))
    .orderBy(asc(organizations.name));
}

async function loadOriginators(db: Db, paperId: number): Promise<PaperPage['originators']> {
  const rows = await db
    .select({
      personId: persons.id,
      personName: sql<string | null>`nullif(concat_ws(' ', array_to_string(${persons.title}, ' '), ${persons.givenName}, ${persons.familyName}), '')`,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(paperOriginators)
    .leftJoin(persons, eq(persons.id, paperOriginators.personId))
    .leftJoin(organizations, eq(organizations.id, paperOriginators.organizationId))
    .where(and(eq(paperOriginators.paperId, paperId), isNull(paperOriginators.deletedAt)))
    .orderBy(asc(paperOriginators.id));
  return rows.flatMap((r): PaperPage['originators'] => {
    if (r.organizationId !== null && r.organizationName !== null)
      return [{ kind: 'organization', id: r.organizationId, name: r.organizationName }];
    if (r.personId !== null && r.personName !== null) return [{ kind: 'person', id: r.personId, name: r.personName }];
    return [];
  });
}

function loadSections(db: Db, paperId: number) {
  return db
    .select({ id: paperSections.id, kind: paperSections.kind, heading: paperSections.heading, bodyHtml: paperSections.bodyHtml })
    .from(paperSections)
    .where(and(eq(paperSections.paperId, paperId), isNull(paperSections.deletedAt)))
    .orderBy(asc(paperSections.position));
}

async function loadConsultations(db: Db, viewer: Viewer, paperId: number): Promise<ConsultationView[]> {
  const rows = await db
    .select({
      position: consultations.position,
      role: consultations.role,
      authoritative: consultations.authoritative,
      organizationId: organizations.id,
      organizationName: organizations.name,
      meetingId: meetings.id,
      meetingName: meetings.name,
      meetingStart: meetings.start,
      meetingCancelled: meetings.cancelled,
      meetingState: meetings.meetingState,
      agendaItemId: consultations.agendaItemId,
      // the join carries the visibility rule: an invisible agenda item joins as null
      visibleAgendaItemId: agendaItems.id,
      agendaItemNumber: agendaItems.number,
      agendaItemResult: agendaItems.result,
    })
    .from(consultations)
    .leftJoin(organizations, eq(organizations.id, consultations.organizationId))
    .leftJoin(meetings, and(eq(meetings.id, consultations.meetingId), isNull(meetings.deletedAt)))
    .leftJoin(agendaItems, and(eq(agendaItems.id, consultations.agendaItemId), agendaItemVisibleTo(viewer)))
    .where(and(eq(consultations.paperId, paperId), isNull(consultations.deletedAt)))
    .orderBy(asc(consultations.position), asc(consultations.id));
  return rows.map((r) => ({
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
          : { visible: true, id: r.visibleAgendaItemId, number: r.agendaItemNumber, result: r.agendaItemResult },
  }));
}

function loadFiles(db: Db, viewer: Viewer, paperId: number) {
  return db
    .select({
      id: files.id,
      name: files.name,
      fileName: files.fileName,
      mimeType: files.mimeType,
      size: files.size,
      role: paperFiles.role,
    })
    .from(paperFiles)
    .innerJoin(files, eq(files.id, paperFiles.fileId))
    .where(and(eq(paperFiles.paperId, paperId), isNull(paperFiles.deletedAt), fileVisibleTo(viewer)))
    .orderBy(sql`${paperFiles.role} = 'main' desc`, asc(paperFiles.position), asc(files.id));
}

async function loadRelations(db: Db, viewer: Viewer, paperId: number) {
  const rows = await db
    .select({ ...paperRefColumns, kind: paperRelations.kind, fromId: paperRelations.paperId })
    .from(paperRelations)
    .innerJoin(
      papers,
      or(
        and(eq(paperRelations.paperId, paperId), eq(papers.id, paperRelations.relatedPaperId)),
        and(eq(paperRelations.relatedPaperId, paperId), eq(papers.id, paperRelations.paperId)),
      ),
    )
    .where(and(isNull(paperRelations.deletedAt), paperVisibleTo(viewer), inArray(paperRelations.kind, ['related', 'superordinated'])))
    .orderBy(asc(papers.date), asc(papers.reference));
  const superordinated: PaperRef[] = [];
  const subordinated: PaperRef[] = [];
  const related: PaperRef[] = [];
  for (const { kind, fromId, ...ref } of rows) {
    if (kind === 'related') related.push(ref);
    // a row „A superordinated B“ says B is above A; seen from B, A is subordinated
    else if (fromId === paperId) superordinated.push(ref);
    else subordinated.push(ref);
  }
  return { superordinated, subordinated, related };
}
