/**
 * Persons' e-mail addresses and phone numbers are for the administration only: entered in the
 * back office, they appear on no public page, in no OParl answer, no feed and no search hit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { privateData } from '../../../test/helpers/people-fixtures.ts';
import { addBackOfficeFixture, browserFor, type BackOfficeFixture } from './backoffice.fixture.ts';

const EMAIL = 'piet.privat@mail.example';
const PHONE = '0171 2345678';
const secrets = [EMAIL, PHONE, ...privateData];

for (const engine of testEngines()) {
  describe(`persons' e-mail and phone stay out of public outputs (${engine.name})`, () => {
    let t: TestApp;
    let f: BackOfficeFixture;
    let piet: number;
    before(async () => {
      t = await openTestApp(engine);
      f = await addBackOfficeFixture(t);
      const admin = await browserFor(t, 'admin');
      await admin.get('/verwaltung/personen/neu');
      const created = await admin.post('/verwaltung/personen/neu', {
        anrede: 'Herr',
        titel: '',
        vorname: 'Piet',
        nachname: 'Privat',
        fraktion: String(f.people.organizations.buergerliste),
        email: EMAIL,
        telefon: PHONE,
        sachkundig: 'ja',
        version: '0',
      });
      assert.equal(created.statusCode, 303);
      piet = Number(/personen\/(\d+)/.exec(String(created.headers.location))?.[1]);
    });
    after(() => t.close());

    const publicUrls = () => {
      const { albers, luedemann } = f.people.persons;
      const body = t.fixture.bodyId;
      return [
        '/personen',
        '/personen?name=Privat',
        ...[piet, albers, luedemann].flatMap((id) => [`/personen/${id}`, `/oparl/v1/person/${id}`, `/personen/${id}/vorlagen.atom`]),
        `/oparl/v1/body/${body}/person`,
        `/oparl/v1/body/${body}/membership`,
        `/oparl/v1/body/${body}/organization`,
        `/gremien/${f.people.organizations.buergerliste}`,
        `/gremien/${f.people.organizations.integration}`,
        '/suche?q=Privat',
        '/suche?q=Albers',
        '/vorlagen.atom',
      ];
    };

    it('never shows them to the anonymous reader, nor to a councillor on the public pages', async () => {
      const anonymous = await browserFor(t, 'anonymous');
      const councillor = await browserFor(t, 'councillor');
      for (const url of publicUrls()) {
        for (const [who, b] of [
          ['anonymous', anonymous],
          ['councillor', councillor],
        ] as const) {
          const r = await b.get(url);
          assert.ok(r.statusCode < 400, `${who} ${url}: ${r.statusCode}`);
          for (const secret of secrets) assert.ok(!r.body.includes(secret), `${who} ${url} shows ${secret}`);
          assert.doesNotMatch(r.body, /mailto:|tel:|"email"|"phone"/, `${who} ${url}`);
        }
      }
      // the person herself is public: the test would pass on empty answers otherwise
      assert.match((await anonymous.get(`/personen/${piet}`)).body, /Piet Privat/);
      assert.match((await anonymous.get(`/oparl/v1/person/${piet}`)).body, /"familyName":"Privat"/);
    });

    it('finds nothing when the public searches for an address or number', async () => {
      const anonymous = await browserFor(t, 'anonymous');
      for (const q of ['piet.privat', 'mail.example', '2345678', 'h.albers@privat.example']) {
        const r = await anonymous.get(`/suche?q=${encodeURIComponent(q)}`);
        assert.equal(r.statusCode, 200);
        assert.doesNotMatch(r.body, /\/personen\/\d+"/, `a search for ${q} finds a person`);
      }
    });

    it('shows them to staff who read master data, in the back office', async () => {
      const service = await browserFor(t, 'sessionService');
      const page = await service.get(`/verwaltung/personen/${piet}`);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(EMAIL) && page.body.includes(PHONE));
    });
  });
}
