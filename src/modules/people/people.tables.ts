/** @module people/tables — persons (OParl Person) and their memberships (OParl Membership). */
import { type AnyPgColumn, boolean, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';
import { locations } from '../locations/locations.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';

export const persons = pgTable(
  'persons',
  {
    ...bodyRow(),
    familyName: text('family_name').notNull(),
    givenName: text('given_name'),
    formOfAddress: text('form_of_address'),
    affix: text('affix'),
    /** Academic titles, e.g. {"Dr."}. */
    title: text('title').array().notNull().default([]),
    gender: text('gender'),
    email: text('email').array().notNull().default([]),
    phone: text('phone').array().notNull().default([]),
    /** Roles in the body's words, e.g. {"Kreistagsabgeordnete"}. */
    status: text('status').array().notNull().default([]),
    life: text('life'),
    lifeSource: text('life_source'),
    locationId: integer('location_id').references(() => locations.id),
    /** Sachkundige Bürgerin / sachkundiger Bürger: sits in committees without a seat in the Kreistag. */
    citizenMember: boolean('citizen_member').notNull().default(false),
    /** Optimistic locking of the back-office form. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('persons_body_idx').on(t.bodyId, t.familyName)],
);

export const membershipRoles = ['Vorsitz', 'stellv. Vorsitz', 'Mitglied', 'stellv. Mitglied', 'Beratendes Mitglied'] as const;

export const memberships = pgTable(
  'memberships',
  {
    ...bodyRow(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role').notNull().default('Mitglied'),
    votingRight: boolean('voting_right').notNull().default(true),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** The Fraktion on whose behalf the person sits in this organization. */
    onBehalfOfId: integer('on_behalf_of_id').references(() => organizations.id),
    /** A deputy (stellv. Mitglied): the member they stand in for. */
    representsPersonId: integer('represents_person_id').references((): AnyPgColumn => persons.id),
    /** Optimistic locking of the back-office form. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('memberships_person_idx').on(t.personId), index('memberships_organization_idx').on(t.organizationId)],
);
