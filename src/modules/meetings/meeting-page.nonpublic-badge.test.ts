/**
 * Members and the administration see non-public agenda items and files on a session page and a
 * TOP page; each carries the text badge „nichtöffentlich“, so nobody quotes it in public by
 * mistake. Public items and files carry none, and the public sees no badge at all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';

const badge = '<span class="badge badge-nonpublic">nichtöffentlich</span>';

/** The `<li>` of one agenda item on a session page. */
function itemOf(html: string, id: number): string {
  return new RegExp(`<li id="top-${id}"[^>]*>[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
}

for (const engine of testEngines()) {
  describe(`„nichtöffentlich“ on session and TOP pages (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    const as = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());

    for (const who of ['entitled', 'admin'] as const)
      it(`marks the non-public item on the session page for ${who === 'admin' ? 'the administration' : 'the entitled member'}`, async () => {
        const html = (await (await as(accounts[who])).get(`/sitzungen/${f.meetings.sozialFuture}`)).body;
        const hidden = itemOf(html, f.agendaItems.nonPublicItem);
        assert.match(hidden, new RegExp(`Ankauf des Grundstücks Quokkaweg 3</a> ${badge}`));
        assert.ok(!itemOf(html, f.agendaItems.publicItem).includes(badge), 'the public item has no badge');
        assert.equal(html.split(badge).length - 1, 1, 'one badge: the invitation is public');
      });

    it('marks a non-public session file for the member, not the public ones', async () => {
      const html = (await (await as(accounts.entitled)).get(`/sitzungen/${f.meetings.sozialPast}`)).body;
      assert.match(html, new RegExp(`Niederschrift nichtöffentlicher Teil Quokka</a> <span class="attachment-meta">[^<]*</span> ${badge}`));
    });

    it('marks the non-public TOP page, not the public one', async () => {
      const b = await as(accounts.entitled);
      const hidden = await b.get(`/tagesordnungspunkte/${f.agendaItems.nonPublicItem}`);
      assert.equal(hidden.statusCode, 200);
      assert.match(hidden.body, new RegExp(`</h1><p>${badge} Dieser Tagesordnungspunkt wird nichtöffentlich beraten`));
      const open = await b.get(`/tagesordnungspunkte/${f.agendaItems.publicItem}`);
      assert.ok(!open.body.includes(badge));
    });

    it('says on the session page’s ZIP link when it holds non-public documents for this reader', async () => {
      const zip = (id: number, note: boolean) =>
        new RegExp(
          `<a href="/sitzungen/${id}/dokumente.zip" type="application/zip">Alle Unterlagen als ZIP${note ? ' \\(enthält nichtöffentliche Dokumente\\)' : ''}</a>`,
        );
      const member = await as(accounts.entitled);
      assert.match((await member.get(`/sitzungen/${f.meetings.sozialFuture}`)).body, zip(f.meetings.sozialFuture, true));
      assert.match((await (await as(accounts.otherCommittee)).get(`/sitzungen/${f.meetings.sozialFuture}`)).body, zip(f.meetings.sozialFuture, false));
      assert.match((await t.app.inject(`/sitzungen/${f.meetings.sozialFuture}`)).body, zip(f.meetings.sozialFuture, false));
    });

    it('shows the public no badge (it never sees those items)', async () => {
      for (const url of [`/sitzungen/${f.meetings.sozialFuture}`, `/sitzungen/${f.meetings.sozialPast}`]) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(!res.body.includes(badge), url);
      }
      assert.equal((await t.app.inject(`/tagesordnungspunkte/${f.agendaItems.nonPublicItem}`)).statusCode, 404);
    });
  });
}
