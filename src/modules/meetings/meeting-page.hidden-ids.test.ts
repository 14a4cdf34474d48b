/**
 * A session page tells an anonymous reader that a non-public item exists (its number), but not
 * its database id: no anchor, no link, no attribute carries it. An entitled member, who sees the
 * item, gets its anchor and link.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';

/** Every number that stands in an anchor, link or attribute naming an agenda item. */
function agendaItemIdsIn(html: string): number[] {
  const ids: number[] = [];
  for (const m of html.matchAll(/(?:id|name|href)="[^"]*?(?:top-|tagesordnungspunkte\/|agenda-item\/)(\d+)[^"]*"/g)) ids.push(Number(m[1]));
  for (const m of html.matchAll(/data-[a-z-]+="(\d+)"/g)) ids.push(Number(m[1]));
  return ids;
}

for (const engine of testEngines()) {
  describe(`session page without the ids of hidden agenda items (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());

    it('gives the public the number of a non-public item and nothing that carries its id', async () => {
      const res = await t.app.inject(`/sitzungen/${f.meetings.sozialFuture}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<span class="agenda-number">N 1<\/span> <span class="empty">Nichtöffentlicher Tagesordnungspunkt<\/span>/);
      const ids = agendaItemIdsIn(res.body);
      assert.ok(ids.includes(f.agendaItems.publicItem), 'the public item keeps its anchor');
      assert.ok(!ids.includes(f.agendaItems.nonPublicItem), `hidden id ${f.agendaItems.nonPublicItem} in ${JSON.stringify(ids)}`);
      assert.ok(!res.body.includes(`top-${f.agendaItems.nonPublicItem}"`));
      assert.ok(!res.body.includes(`/tagesordnungspunkte/${f.agendaItems.nonPublicItem}"`));
    });

    it('gives the entitled member the item with its anchor and link', async () => {
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      const res = await member.get(`/sitzungen/${f.meetings.sozialFuture}`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(`id="top-${f.agendaItems.nonPublicItem}"`));
      assert.ok(res.body.includes(`href="/tagesordnungspunkte/${f.agendaItems.nonPublicItem}"`));
    });

    it('keeps the ids of hidden items out of the session calendar and the decisions feed too', async () => {
      for (const url of [`/sitzungen/${f.meetings.sozialFuture}.ics`, '/sitzungen.ics', '/beschluesse.atom']) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(!res.body.includes(`top-${f.agendaItems.nonPublicItem}`), url);
        assert.ok(!res.body.includes(`/tagesordnungspunkte/${f.agendaItems.nonPublicItem}`), url);
      }
    });
  });
}
