/**
 * @module people/backoffice.fixture
 * The people fixture (test/helpers/people-fixtures) with the accounts the back-office tests log
 * in as: the administration, the Sitzungsdienst of the Sozialausschuss, a Sachbearbeitung and a
 * councillor (Henrike Albers, whose account is linked to her person).
 */
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import type { TestApp } from '../../../test/helpers/app.ts';
import { addPeopleFixture, type PeopleFixture } from '../../../test/helpers/people-fixtures.ts';
import { queryRows } from '../../db/rows.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';

export const logins = {
  admin: 'verwaltung@kreis-test.de',
  sessionService: 'sitzungsdienst-sozial@kreis-test.de',
  clerk: 'sachbearbeitung@kreis-test.de',
  councillor: 'h.albers@rat.example',
} as const;
export type Who = keyof typeof logins | 'anonymous';

export interface BackOfficeFixture {
  people: PeopleFixture;
  accounts: Record<keyof typeof logins, number>;
}

export async function addBackOfficeFixture(t: TestApp): Promise<BackOfficeFixture> {
  const people = await addPeopleFixture(t);
  const db = t.database.db;
  const bodyId = t.fixture.bodyId;
  const { sozial, integration } = people.organizations;
  const account = async (email: string, input: Omit<Parameters<typeof createTestAccount>[2], 'email'>) =>
    (await createTestAccount(db, bodyId, { email, ...input })).id;
  return {
    people,
    accounts: {
      admin: await account(logins.admin, { displayName: 'Anna Verwaltung', roles: [{ role: 'administration', organizationId: null }] }),
      sessionService: await account(logins.sessionService, { displayName: 'Sven Sitzung', roles: [{ role: 'sitzungsdienst', organizationId: sozial }] }),
      clerk: await account(logins.clerk, { displayName: 'Sabine Sachbearbeitung', roles: [{ role: 'sachbearbeitung', organizationId: integration }] }),
      councillor: await account(logins.councillor, {
        displayName: 'Henrike Albers',
        personId: people.persons.albers,
        roles: [{ role: 'mandatstraeger', organizationId: null }],
      }),
    },
  };
}

/** A browser logged in as `who` (the anonymous one has loaded the login page, so it has a CSRF token). */
export async function browserFor(t: TestApp, who: Who): Promise<Browser> {
  const b = new Browser(t.app);
  if (who === 'anonymous') await b.get('/anmelden');
  else await b.login(logins[who]);
  return b;
}

/** The version in the form's hidden field. */
export function versionIn(html: string): string {
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  assert.ok(version, 'the form carries a version');
  return version;
}

/** The text of the message beside a field (`feld-<name>-fehler`), or undefined. */
export function fieldError(html: string, name: string): string | undefined {
  return new RegExp(`<span class="field-error" id="feld-${name}-fehler">([^<]*)</span>`).exec(html)?.[1];
}

export const today = () => berlinDate(new Date());

const membershipRow = z.object({
  id: z.number(),
  person_id: z.number(),
  organization_id: z.number(),
  role: z.string(),
  voting_right: z.boolean(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  represents_person_id: z.number().nullable(),
  on_behalf_of_id: z.number().nullable(),
  deleted: z.boolean(),
  version: z.number(),
});

/** Every membership of a person (deleted ones too), oldest first. */
export async function membershipsOf(t: TestApp, personId: number) {
  return queryRows(
    t.database.db,
    membershipRow,
    sql`select id, person_id, organization_id, role, voting_right, to_char(start_date, 'YYYY-MM-DD') as start_date,
        to_char(end_date, 'YYYY-MM-DD') as end_date, represents_person_id, on_behalf_of_id, deleted_at is not null as deleted, version
      from memberships where person_id = ${personId} order by id`,
  );
}

/** The record events of the audit log for one record, oldest first. */
export async function recordEvents(t: TestApp, kind: string, id: number) {
  return queryRows(
    t.database.db,
    z.object({ event: z.string(), detail: z.record(z.string(), z.unknown()) }),
    sql`select event, detail from audit_events where detail->>'record' = ${`${kind}:${id}`} order by id`,
  );
}
