/**
 * Subscriptions of Gremien, persons and papers: the buttons on their pages (account viewers
 * only), idempotent subscribing, removal of one's own subscriptions only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { subscriptions } from './members.tables.ts';

for (const engine of testEngines()) {
  describe(`subscriptions (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };
    const subscriptionsOf = (userId: number) => t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, userId));

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());

    it('shows no button to the public', async () => {
      for (const url of [`/gremien/${f.organizations.sozial}`, `/personen/${f.persons.entitled}`, '/vorlagen/VO-2025-246']) {
        const r = await t.app.inject(url);
        assert.equal(r.statusCode, 200, url);
        assert.ok(!r.body.includes('Benachrichtigen bei Neuem') && !r.body.includes('/abonnements'), url);
      }
    });

    it('subscribes to a Gremium from its page, once however often it is asked, and unsubscribes', async () => {
      const b = await login(accounts.entitled);
      const url = `/gremien/${f.organizations.sozial}`;
      const page = await b.get(url);
      assert.match(page.body, /<form method="post" action="\/abonnements"[^>]*>.*?<input type="hidden" name="kind" value="organization"\/>/s);
      assert.match(page.body, /<button type="submit" class="button">Benachrichtigen bei Neuem<\/button>/);
      for (let i = 0; i < 2; i++) {
        const r = await b.post('/abonnements', { kind: 'organization', id: String(f.organizations.sozial), weiter: url });
        assert.equal(r.statusCode, 303);
        assert.equal(r.headers.location, url);
      }
      const mine = await subscriptionsOf(f.accountIds.entitled);
      assert.equal(mine.length, 1, 'subscribing twice keeps one subscription');
      const [subscription] = mine;
      assert.ok(subscription);
      const subscribed = await b.get(url);
      assert.match(subscribed.body, new RegExp(`<form method="post" action="/abonnements/${subscription.id}/loeschen"`));
      assert.match(subscribed.body, /Abonniert – abbestellen/);
      const area = await b.get('/mein-bereich');
      assert.match(area.body, new RegExp(`Gremium: <a href="${url}">Sozial- und Gesundheitsausschuss</a>`));

      const removed = await b.post(`/abonnements/${subscription.id}/loeschen`, { weiter: url });
      assert.equal(removed.statusCode, 303);
      assert.equal(removed.headers.location, url);
      assert.equal((await subscriptionsOf(f.accountIds.entitled)).length, 0);
      assert.match((await b.get(url)).body, /Benachrichtigen bei Neuem/);
    });

    it('subscribes to persons and to papers the account may see, and to nothing hidden or missing', async () => {
      const entitled = await login(accounts.entitled);
      await entitled.get(`/personen/${f.persons.originator}`);
      assert.equal(
        (await entitled.post('/abonnements', { kind: 'person', id: String(f.persons.originator), weiter: `/personen/${f.persons.originator}` })).statusCode,
        303,
      );
      assert.match((await entitled.get(`/personen/${f.persons.originator}`)).body, /Abonniert – abbestellen/);
      const paper = await entitled.get(`/vorlagen/${f.paper.slug}`);
      assert.match(paper.body, /<input type="hidden" name="kind" value="paper"\/>/);
      assert.equal((await entitled.post('/abonnements', { kind: 'paper', id: String(f.paper.id), weiter: `/vorlagen/${f.paper.slug}` })).statusCode, 303);
      assert.match((await entitled.get(`/vorlagen/${f.paper.slug}`)).body, /Abonniert – abbestellen/);
      assert.deepEqual((await subscriptionsOf(f.accountIds.entitled)).map((s) => s.kind).sort(), ['paper', 'person']);

      const other = await login(accounts.otherCommittee);
      await other.get('/mein-bereich');
      assert.equal((await other.post('/abonnements', { kind: 'paper', id: String(f.paper.id) })).statusCode, 404, 'a hidden paper is like a missing one');
      assert.equal((await other.post('/abonnements', { kind: 'person', id: '999999' })).statusCode, 404);
      assert.equal((await other.post('/abonnements', { kind: 'organization', id: '999999' })).statusCode, 404);
      assert.equal((await other.post('/abonnements', { kind: 'meeting', id: String(f.meetings.sozialFuture) })).statusCode, 400);
      assert.equal((await other.post('/abonnements', { kind: 'person', id: 'abc' })).statusCode, 400);
      assert.equal((await subscriptionsOf(f.accountIds.otherCommittee)).length, 0);
      // the list of the other account does not know the hidden paper
      assert.ok(!(await other.get('/mein-bereich')).body.includes('Grundstücksankauf'));
    });

    it('never removes another account’s subscription, and leads back only to this site', async () => {
      const [theirs] = await subscriptionsOf(f.accountIds.entitled);
      assert.ok(theirs);
      const other = await login(accounts.otherCommittee);
      await other.get('/mein-bereich');
      assert.equal((await other.post(`/abonnements/${theirs.id}/loeschen`, { weiter: '/mein-bereich' })).statusCode, 404);
      assert.ok(
        (await subscriptionsOf(f.accountIds.entitled)).some((s) => s.id === theirs.id),
        'still there',
      );
      const r = await other.post('/abonnements', { kind: 'organization', id: String(f.organizations.sozial), weiter: '//evil.example/' });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, '/mein-bereich#abonnements');
    });

    it('sends the anonymous reader to the login instead of subscribing', async () => {
      const b = new Browser(t.app);
      await b.get('/anmelden');
      const r = await b.post('/abonnements', { kind: 'organization', id: String(f.organizations.sozial) });
      assert.equal(r.statusCode, 303);
      assert.match(String(r.headers.location), /^\/anmelden/);
    });
  });
}
