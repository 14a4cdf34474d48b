import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { formatDate } from '../../lib/format.ts';
import { addBackOfficeFixture, browserFor, membershipsOf, today, type BackOfficeFixture } from './backoffice.fixture.ts';
import { rosterWarnings, type Roster, type RosterEntry } from './membership-roster.ts';

/** The warnings box: its items as text, or [] when there is none. */
const warnings = (html: string) => {
  const box = /<div class="warning" role="status"><h2>Bitte prüfen<\/h2><ul>(.*?)<\/ul><\/div>/.exec(html)?.[1] ?? '';
  return [...box.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
};
/** The rows of a role's table: name, role, voting right, Fraktion, period, deputyship. */
const rows = (html: string, caption: string) => {
  const start = html.indexOf(`<caption class="visually-hidden">${caption}`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((r) =>
    [...`<th>${r[1]}`.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => (c[1] ?? '').replace(/<[^>]+>/g, '')).slice(0, 6),
  );
};

describe('rosterWarnings', () => {
  const entry = (over: Partial<RosterEntry>): RosterEntry => ({
    membershipId: 1,
    personId: 1,
    personName: 'A',
    role: 'Mitglied',
    votingRight: true,
    startDate: null,
    endDate: null,
    fraktion: null,
    represents: null,
    deputies: [],
    version: 1,
    ...over,
  });
  it('counts seats without deputies and says nothing when everything adds up', () => {
    const roster: Roster = {
      day: '2025-01-01',
      past: [],
      future: [],
      current: [
        entry({ personId: 1, role: 'Vorsitz' }),
        entry({ personId: 2 }),
        entry({ personId: 3, role: 'stellv. Mitglied', represents: { personId: 2, name: 'B' } }),
        entry({ personId: 4, role: 'Beratendes Mitglied', votingRight: false }),
      ],
    };
    assert.deepEqual(rosterWarnings(roster, 2), []);
    assert.deepEqual(rosterWarnings(roster, null), []);
    assert.deepEqual(rosterWarnings(roster, 3), ['Sitze: Am 01.01.2025 sind 2 stimmberechtigte Mitglieder eingetragen, das Gremium hat aber 3 Sitze.']);
  });
});

for (const engine of testEngines()) {
  describe(`back office: a Gremium's members on a day (${engine.name})`, () => {
    let t: TestApp;
    let f: BackOfficeFixture;
    before(async () => {
      t = await openTestApp(engine);
      f = await addBackOfficeFixture(t);
    });
    after(() => t.close());

    const url = (over = '') => `/verwaltung/gremien/${f.people.organizations.sozial}/mitglieder${over}`;
    const vossMembership = async () => (await membershipsOf(t, f.people.persons.voss))[0]?.id ?? 0;

    it('shows who sits there today by role, with voting right, Fraktion and the deputy who represents nobody', async () => {
      const admin = await browserFor(t, 'admin');
      const page = await admin.get(url());
      assert.equal(page.statusCode, 200);
      const day = formatDate(today());
      assert.match(
        page.body,
        new RegExp(`<p class="result-count" role="status">Am ${day.replaceAll('.', '\\.')}: 4 Mitgliedschaften, 3 stimmberechtigt\\.</p>`),
      );
      assert.deepEqual(rows(page.body, 'Vorsitz am'), [['Jens Özdemir', 'Vorsitz', 'ja', 'Fraktion Grüne Liste', 'seit 01.06.2023', '']]);
      assert.deepEqual(rows(page.body, 'stellv. Vorsitz am'), [['Karsten Brandt', 'stellv. Vorsitz', 'ja', 'Fraktion Grüne Liste', 'seit 01.06.2023', '']]);
      assert.deepEqual(rows(page.body, 'Mitglied am'), [['Dr. Henrike Albers', 'Mitglied', 'ja', 'Fraktion Bürgerliste', 'seit 01.06.2023', '']]);
      assert.deepEqual(rows(page.body, 'stellv. Mitglied am'), [
        ['Ulrike Voß', 'stellv. Mitglied', 'nein', 'Fraktion Bürgerliste', 'seit 01.06.2023', 'vertritt niemanden Bestimmten'],
      ]);
      assert.deepEqual(
        rows(page.body, 'Mitgliedschaften, die vor dem').map((r) => r[0]),
        ['Maren Ehlers', 'Jens Özdemir'],
      );
      assert.deepEqual(warnings(page.body), ['Vertretung: Ulrike Voß (stellv. Mitglied) vertritt niemanden.']);
      assert.match(
        page.body,
        new RegExp(`<a class="button" href="/verwaltung/mitgliedschaften/neu\\?gremium=${f.people.organizations.sozial}">Mitglied hinzufügen</a>`),
      );
      assert.equal((await admin.get(url('?stichtag=2025-02-30'))).statusCode, 400);
      assert.equal((await admin.get('/verwaltung/gremien/999999/mitglieder')).statusCode, 404);
    });

    it('warns when the voting members do not fill the seats, and pairs a deputy with the member', async () => {
      await t.database.db.execute(sql`update organizations set seats = 5 where id = ${f.people.organizations.sozial}`);
      await t.database.db.execute(sql`update memberships set represents_person_id = ${f.people.persons.brandt} where id = ${await vossMembership()}`);
      const admin = await browserFor(t, 'admin');
      const page = await admin.get(url());
      const day = formatDate(today());
      assert.deepEqual(warnings(page.body), [`Sitze: Am ${day} sind 3 stimmberechtigte Mitglieder eingetragen, das Gremium hat aber 5 Sitze.`]);
      assert.equal(rows(page.body, 'stellv. Mitglied am')[0]?.[5], 'vertritt Karsten Brandt');
      assert.equal(rows(page.body, 'stellv. Vorsitz am')[0]?.[5], 'vertreten durch Ulrike Voß');
      assert.match(page.body, / bei 5 Sitzen\./);
    });

    it('shows the Gremium as it was on an earlier day, with the later memberships to come', async () => {
      const admin = await browserFor(t, 'admin');
      const page = await admin.get(url('?stichtag=2020-01-01'));
      assert.match(page.body, /<input id="filter-stichtag" name="stichtag" type="date" value="2020-01-01" required=""\/>/);
      assert.deepEqual(rows(page.body, 'stellv. Vorsitz am'), [
        ['Maren Ehlers', 'stellv. Vorsitz', 'ja', 'Fraktion Bürgerliste', '01.06.2018 – 31.05.2023', ''],
      ]);
      assert.deepEqual(rows(page.body, 'Mitglied am'), [['Jens Özdemir', 'Mitglied', 'ja', 'Fraktion Grüne Liste', '01.06.2018 – 31.05.2023', '']]);
      assert.deepEqual(
        rows(page.body, 'Mitgliedschaften, die nach dem').map((r) => r[0]),
        ['Dr. Henrike Albers', 'Karsten Brandt', 'Jens Özdemir', 'Ulrike Voß'],
      );
      assert.deepEqual(warnings(page.body), ['Sitze: Am 01.01.2020 sind 2 stimmberechtigte Mitglieder eingetragen, das Gremium hat aber 5 Sitze.']);
    });

    it('warns of a second Vorsitz, a person sitting twice and a deputy for someone who is no member', async () => {
      const { albers, ehlers } = f.people.persons;
      await t.database.db.execute(
        sql`insert into memberships (body_id, person_id, organization_id, role, start_date) values (${t.fixture.bodyId}, ${albers}, ${f.people.organizations.sozial}, 'Vorsitz', '2024-01-01')`,
      );
      await t.database.db.execute(sql`update memberships set represents_person_id = ${ehlers} where id = ${await vossMembership()}`);
      const admin = await browserFor(t, 'admin');
      const day = formatDate(today());
      assert.deepEqual(warnings((await admin.get(url())).body), [
        // Albers holds two seats' worth of memberships but one seat
        `Sitze: Am ${day} sind 3 stimmberechtigte Mitglieder eingetragen, das Gremium hat aber 5 Sitze.`,
        `Vorsitz: Am ${day} haben 2 Personen den Vorsitz (Dr. Henrike Albers, Jens Özdemir).`,
        `Vertretung: Ulrike Voß vertritt Maren Ehlers, doch Maren Ehlers ist am ${day} kein Mitglied dieses Gremiums.`,
        `Doppelt: Dr. Henrike Albers hat am ${day} 2 Mitgliedschaften in diesem Gremium (Vorsitz, Mitglied).`,
      ]);
    });

    it('offers to add members only where the viewer may change them', async () => {
      const service = await browserFor(t, 'sessionService');
      const own = await service.get(url());
      assert.match(own.body, />Mitglied hinzufügen</);
      assert.match(own.body, />bearbeiten</);
      const other = await service.get(`/verwaltung/gremien/${f.people.organizations.kreistag}/mitglieder`);
      assert.equal(other.statusCode, 200, 'the Sitzungsdienst reads every Gremium');
      assert.doesNotMatch(other.body, />Mitglied hinzufügen<|>bearbeiten</);
      for (const who of ['anonymous', 'councillor', 'clerk'] as const) assert.equal((await (await browserFor(t, who)).get(url())).statusCode, 404, who);
    });
  });
}
