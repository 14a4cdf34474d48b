/**
 * @module test/helpers/staff-accounts
 * One account per kind of reader of the back office on the test body of `openTestApp`: the
 * administration, Sachbearbeitung, Sitzungsdienst and a councillor (Mandatsträgerin).
 */
import { persons } from '../../src/modules/people/people.tables.ts';
import { createTestAccount } from './accounts.ts';
import type { TestApp } from './app.ts';

export const staffAccounts = {
  admin: 'verwaltung@kreis-test.de',
  clerk: 'sachbearbeitung@kreis-test.de',
  sessionService: 'sitzungsdienst@kreis-test.de',
  councillor: 'rat@kreis-test.de',
} as const;

export type StaffAccountKind = keyof typeof staffAccounts;

/** Creates the four accounts; returns their user ids. */
export async function addStaffAccounts(t: TestApp): Promise<Record<StaffAccountKind, number>> {
  const db = t.database.db;
  const bodyId = t.fixture.bodyId;
  const org = t.fixture.organizations;
  const [person] = await db.insert(persons).values({ bodyId, givenName: 'Rita', familyName: 'Rat' }).returning({ id: persons.id });
  const make = async (kind: StaffAccountKind, displayName: string, input: Omit<Parameters<typeof createTestAccount>[2], 'email' | 'displayName'>) =>
    (await createTestAccount(db, bodyId, { ...input, email: staffAccounts[kind], displayName })).id;
  return {
    admin: await make('admin', 'Anna Admin', { roles: [{ role: 'administration', organizationId: null }] }),
    clerk: await make('clerk', 'Sven Sachbearbeiter', { unitId: org.integration, roles: [{ role: 'sachbearbeitung', organizationId: org.integration }] }),
    sessionService: await make('sessionService', 'Sina Sitzungsdienst', { roles: [{ role: 'sitzungsdienst', organizationId: org.sozial }] }),
    councillor: await make('councillor', 'Rita Rat', { personId: person?.id ?? null, roles: [{ role: 'mandatstraeger', organizationId: null }] }),
  };
}
