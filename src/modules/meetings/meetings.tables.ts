/**
 * @module meetings/tables — Sitzungen (OParl Meeting) and Tagesordnungspunkte (OParl AgendaItem).
 * A meeting's non-public part is the set of its agenda items with `public = false`; its
 * protocol files carry their own visibility.
 */
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bodyLink, bodyRow } from '../../db/columns.ts';
import { files } from '../files/files.tables.ts';
import { locations } from '../locations/locations.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { persons } from '../people/people.tables.ts';

export const meetingStates = ['geplant', 'eingeladen', 'durchgeführt', 'abgesagt'] as const;
export type MeetingState = (typeof meetingStates)[number];

export const meetings = pgTable(
  'meetings',
  {
    ...bodyRow(),
    name: text('name').notNull(),
    /** Sitzungsnummer in the body's scheme, e.g. „KT/2025/04“. */
    number: text('number'),
    meetingState: text('meeting_state').$type<MeetingState>().notNull().default('geplant'),
    cancelled: boolean('cancelled').notNull().default(false),
    start: timestamp('start', { withTimezone: true }),
    end: timestamp('end', { withTimezone: true }),
    locationId: integer('location_id').references(() => locations.id),
  },
  (t) => [index('meetings_body_start_idx').on(t.bodyId, t.start)],
);

/** OParl Meeting.organization: usually one Gremium, several for joint sessions. */
export const meetingOrganizations = pgTable(
  'meeting_organizations',
  {
    ...bodyLink(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] }), index('meeting_organizations_org_idx').on(t.organizationId)],
);

export const meetingFileRoles = ['invitation', 'resultsProtocol', 'verbatimProtocol', 'auxiliary'] as const;
export type MeetingFileRole = (typeof meetingFileRoles)[number];

export const meetingFiles = pgTable(
  'meeting_files',
  {
    ...bodyLink(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => files.id),
    role: text('role').$type<MeetingFileRole>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.fileId] }),
    // invitation and protocols exist at most once per meeting
    uniqueIndex('meeting_files_single_role').on(t.meetingId, t.role).where(sql`${t.role} <> 'auxiliary'`),
    index('meeting_files_file_idx').on(t.fileId),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    ...bodyRow(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** As printed on the agenda, e.g. „Ö 3.1“ or „N 2“. */
    number: text('number'),
    /** Sort order within the meeting. */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    public: boolean('public').notNull().default(true),
    /** Ergebnis: beschlossen, abgelehnt, vertagt, zur Kenntnis genommen, … */
    result: text('result'),
    resolutionText: text('resolution_text'),
    votesYes: integer('votes_yes'),
    votesNo: integer('votes_no'),
    votesAbstention: integer('votes_abstention'),
    unanimous: boolean('unanimous'),
    start: timestamp('start', { withTimezone: true }),
    end: timestamp('end', { withTimezone: true }),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

export const agendaItemFileRoles = ['resolution', 'auxiliary'] as const;
export type AgendaItemFileRole = (typeof agendaItemFileRoles)[number];

export const agendaItemFiles = pgTable(
  'agenda_item_files',
  {
    ...bodyLink(),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => files.id),
    role: text('role').$type<AgendaItemFileRole>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.fileId] }), index('agenda_item_files_file_idx').on(t.fileId)],
);

/**
 * Persons invited to a session beyond its Gremium's members (a deputy called in, a guest for
 * one item): they see that session's non-public part.
 */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    ...bodyLink(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] }), index('meeting_invitees_person_idx').on(t.personId)],
);
