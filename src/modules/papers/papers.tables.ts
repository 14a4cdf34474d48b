/**
 * @module papers/tables — Vorlagen (OParl Paper), their structured sections (not in OParl),
 * and the Beratungsfolge (OParl Consultation).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bodyLink, bodyRow } from '../../db/columns.ts';
import { files } from '../files/files.tables.ts';
import { agendaItems, meetings } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { persons } from '../people/people.tables.ts';

export const papers = pgTable(
  'papers',
  {
    ...bodyRow(),
    /** Vorlagennummer as the body writes it, e.g. „VO/2025/246“. Unique per body. */
    reference: text('reference').notNull(),
    /** The reference made URL-safe („VO-2025-246“): the permalink `/vorlagen/<slug>`. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Beschlussvorlage, Mitteilungsvorlage, Antrag, Anfrage, … (OParl paperType). */
    paperType: text('paper_type').notNull(),
    /** The legal date of the paper (Vorlagendatum), not the date of a consultation. */
    date: date('date', { mode: 'string' }),
    public: boolean('public').notNull().default(true),
  },
  (t) => [
    uniqueIndex('papers_body_reference_unique').on(t.bodyId, t.reference),
    uniqueIndex('papers_body_slug_unique').on(t.bodyId, t.slug),
    index('papers_body_date_idx').on(t.bodyId, t.date),
    index('papers_body_modified_idx').on(t.bodyId, t.modified),
  ],
);

export const paperSectionKinds = [
  'Sachverhalt',
  'Beschlussempfehlung',
  'Beschlussvorschlag',
  'Begründung',
  'Finanzielle Auswirkungen',
  'Relevanz für den Klimaschutz',
  'Stellungnahme',
  'Antwort',
  'frei',
] as const;
export type PaperSectionKind = (typeof paperSectionKinds)[number];

export const paperSections = pgTable(
  'paper_sections',
  {
    ...bodyRow(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    position: integer('position').notNull(),
    kind: text('kind').$type<PaperSectionKind>().notNull(),
    heading: text('heading').notNull(),
    /** Sanitised HTML (see papers/rich-text); never raw user input. */
    bodyHtml: text('body_html').notNull(),
  },
  (t) => [index('paper_sections_paper_idx').on(t.paperId, t.position)],
);

export const paperFileRoles = ['main', 'auxiliary'] as const;
export type PaperFileRole = (typeof paperFileRoles)[number];

export const paperFiles = pgTable(
  'paper_files',
  {
    ...bodyLink(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => files.id),
    role: text('role').$type<PaperFileRole>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.paperId, t.fileId] }),
    uniqueIndex('paper_files_single_main').on(t.paperId).where(sql`${t.role} = 'main'`),
    index('paper_files_file_idx').on(t.fileId),
  ],
);

/** OParl underDirectionOf: the Federführung. */
export const paperDirections = pgTable(
  'paper_directions',
  {
    ...bodyLink(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.organizationId] }), index('paper_directions_org_idx').on(t.organizationId)],
);

/** OParl originatorPerson / originatorOrganization: who submitted an Antrag or Anfrage. */
export const paperOriginators = pgTable(
  'paper_originators',
  {
    ...bodyRow(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    personId: integer('person_id').references(() => persons.id),
    organizationId: integer('organization_id').references(() => organizations.id),
  },
  (t) => [
    index('paper_originators_paper_idx').on(t.paperId),
    check('paper_originators_one_target', sql`(${t.personId} is null) <> (${t.organizationId} is null)`),
  ],
);

/**
 * relatedPaper and superordinatedPaper; subordinatedPaper is the inverse of superordinated
 * and therefore not stored.
 */
export const paperRelations = pgTable(
  'paper_relations',
  {
    ...bodyLink(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    relatedPaperId: integer('related_paper_id')
      .notNull()
      .references(() => papers.id),
    kind: text('kind').$type<'related' | 'superordinated'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.relatedPaperId, t.kind] }), index('paper_relations_related_idx').on(t.relatedPaperId)],
);

export const consultationRoles = ['Vorberatung', 'Entscheidung', 'Kenntnisnahme', 'Anhörung'] as const;
export type ConsultationRole = (typeof consultationRoles)[number];

/**
 * One step of the Beratungsfolge. The meeting and agenda item are empty while the step is
 * only planned; its result is the agenda item's result once decided.
 */
export const consultations = pgTable(
  'consultations',
  {
    ...bodyRow(),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    position: integer('position').notNull(),
    organizationId: integer('organization_id').references(() => organizations.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    role: text('role').$type<ConsultationRole>().notNull(),
    authoritative: boolean('authoritative').notNull().default(false),
  },
  (t) => [
    index('consultations_paper_idx').on(t.paperId, t.position),
    index('consultations_meeting_idx').on(t.meetingId),
    index('consultations_agenda_item_idx').on(t.agendaItemId),
    index('consultations_organization_idx').on(t.organizationId),
  ],
);
