/**
 * @module organizations/admin.test-support
 * What the back-office Gremien tests share: the test app with one account per role (the
 * administration, the Sitzungsdienst of the Sozialausschuss, the Sachbearbeitung of the
 * Koordinierungsstelle, a councillor), logged in through the real form, and small readers of
 * the pages they get.
 */
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import type { TestEngine } from '../../../test/helpers/db.ts';
import { persons } from '../people/people.tables.ts';

export const ADMIN = 'anna.admin@kreis-test.de';
export const SESSION_SERVICE = 'sven.sitzung@kreis-test.de';
export const CLERK = 'clara.sachbearbeitung@kreis-test.de';
export const COUNCILLOR = 'henrike.albers@kreis-test.de';

export interface OrgTestContext {
  t: TestApp;
  login(email: string): Promise<Browser>;
}

export async function openOrgTestApp(engine: TestEngine): Promise<OrgTestContext> {
  const t = await openTestApp(engine);
  const db = t.database.db;
  const { bodyId, organizations: o } = t.fixture;
  const [person] = await db.select({ id: persons.id }).from(persons).where(eq(persons.bodyId, bodyId));
  assert.ok(person);
  await createTestAccount(db, bodyId, { email: ADMIN, displayName: 'Anna Admin', roles: [{ role: 'administration', organizationId: null }] });
  await createTestAccount(db, bodyId, { email: SESSION_SERVICE, displayName: 'Sven Sitzung', roles: [{ role: 'sitzungsdienst', organizationId: o.sozial }] });
  await createTestAccount(db, bodyId, { email: CLERK, displayName: 'Clara Sach', roles: [{ role: 'sachbearbeitung', organizationId: o.integration }] });
  await createTestAccount(db, bodyId, {
    email: COUNCILLOR,
    displayName: 'Henrike Albers',
    personId: person.id,
    roles: [{ role: 'mandatstraeger', organizationId: null }],
  });
  return {
    t,
    async login(email: string) {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    },
  };
}

/** The form's fields for a new Gremium, German names as the form sends them. */
export function gremiumForm(values: Record<string, string> = {}): Record<string, string> {
  return {
    art: 'ausschuss',
    name: 'Ausschuss für Digitales',
    kurzname: 'ADI',
    uebergeordnet: '',
    beginn: '2024-06-01',
    enddatum: '',
    website: 'https://www.kreis-test.de/digitales',
    sitzungsort: '',
    sitze: '13',
    ...values,
  };
}

/** The message shown beside a field (`feld-<name>-fehler`), or undefined. */
export function fieldError(html: string, name: string): string | undefined {
  return new RegExp(`<span class="field-error" id="feld-${name}-fehler">([^<]*)</span>`).exec(html)?.[1];
}

/** The value an input of the form carries. */
export function inputValue(html: string, name: string): string | undefined {
  return new RegExp(`<input id="feld-${name}" name="${name}"[^>]*? value="([^"]*)"`).exec(html)?.[1];
}

/** The option selected in a select of the form. */
export function selectedOption(html: string, name: string): string | undefined {
  const select = new RegExp(`<select id="feld-${name}"[\\s\\S]*?</select>`).exec(html)?.[0] ?? '';
  return /<option value="([^"]*)" selected=""/.exec(select)?.[1];
}

export const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];

/** The id of the created record from the redirect after „Anlegen“. */
export function createdId(r: LightMyRequestResponse): number {
  assert.equal(r.statusCode, 303, r.body.slice(0, 2000));
  const match = /^\/verwaltung\/gremien\/(\d+)\?hinweis=angelegt$/.exec(String(r.headers.location));
  assert.ok(match, String(r.headers.location));
  return Number(match[1]);
}

export const mainOf = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
