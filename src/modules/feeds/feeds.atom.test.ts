import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/helpers/db.ts';
import { hostileTitle, icalHostileItem, openFeedsFixture, publicItemTitle, secrets, type FeedsFixture } from './feeds.fixture.ts';
import { parseAtom } from './feeds.test-support.ts';

const base = 'http://gremia.test';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

for (const engine of testEngines()) {
  describe(`Atom feeds (${engine.name})`, () => {
    let f: FeedsFixture;
    before(async () => {
      f = await openFeedsFixture(engine);
    });
    after(() => f.t.close());

    const feedAt = async (url: string) => {
      const res = await f.t.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
      return { raw: res.body, ...parseAtom(res.body) };
    };
    const slugsOf = (entries: { alternate: string | undefined }[]) => entries.map((e) => e.alternate?.replace(`${base}/vorlagen/`, ''));

    it('lists the visible papers, those that appeared last first, with their facts', async () => {
      const feed = await feedAt('/vorlagen.atom');
      assert.equal(feed.title, 'Neue Vorlagen – Kreis Testhausen');
      assert.equal(feed.id, `${base}/vorlagen.atom`);
      assert.equal(feed.author, 'Kreis Testhausen');
      assert.ok(feed.links.some((l) => l['@_rel'] === 'self' && l['@_href'] === `${base}/vorlagen.atom`));
      assert.deepEqual(slugsOf(feed.entries), ['AN-2025-007', 'MV-2025-011', 'VO-2025-246']);
      const [antrag, , vorlage] = feed.entries;
      assert.equal(antrag?.title, hostileTitle);
      assert.equal(vorlage?.summary, 'Beschlussvorlage VO/2025/246 vom 14.05.2025. Federführung: Koordinierungsstelle für Integration und Teilhabe.');
      assert.equal(vorlage?.published, '2025-05-20T08:00:00Z');
      for (const entry of feed.entries) {
        assert.match(entry.id, /^http:\/\/gremia\.test\/vorlagen\/\d+$/);
        assert.match(entry.updated, rfc3339);
        assert.equal(entry.author, 'Kreis Testhausen');
      }
      assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length);
    });

    it('keeps a hostile title intact and the document well-formed', async () => {
      const feed = await feedAt('/vorlagen.atom?art=Antrag');
      assert.equal(feed.entries[0]?.title, hostileTitle);
      assert.ok(feed.raw.includes('Radweg &lt;B 73&gt; &amp; „Umbau“ ]]&gt; &apos;West&apos; &quot;Ost&quot; &lt;/title&gt;'));
    });

    it('filters by Gremium of the Beratungsfolge and by Art, and names the filter', async () => {
      const { finanz, sozial, kreistag } = f.t.fixture.organizations;
      const finanzFeed = await feedAt(`/vorlagen.atom?gremium=${finanz}`);
      assert.deepEqual(slugsOf(finanzFeed.entries), ['AN-2025-007', 'MV-2025-011']);
      assert.equal(finanzFeed.title, 'Neue Vorlagen (Gremium Finanzausschuss) – Kreis Testhausen');
      assert.equal(finanzFeed.id, `${base}/vorlagen.atom?gremium=${finanz}`);
      assert.deepEqual(slugsOf((await feedAt(`/vorlagen.atom?gremium=${sozial}`)).entries), ['VO-2025-246']);
      assert.deepEqual(slugsOf((await feedAt(`/vorlagen.atom?gremium=${kreistag}`)).entries), ['VO-2025-246']);
      assert.deepEqual(slugsOf((await feedAt('/vorlagen.atom?art=Mitteilungsvorlage')).entries), ['MV-2025-011']);
      assert.deepEqual(slugsOf((await feedAt(`/vorlagen.atom?gremium=${finanz}&art=Antrag`)).entries), ['AN-2025-007']);
      const none = await feedAt('/vorlagen.atom?art=Anfrage');
      assert.deepEqual(none.entries, []);
      assert.match(none.updated, rfc3339);
    });

    it('lists the results of public agenda items, newest sessions first, linked to the item', async () => {
      const feed = await feedAt('/beschluesse.atom');
      assert.equal(feed.title, 'Beschlüsse – Kreis Testhausen');
      const { recent, sozialPast } = f.meetings;
      const [haushalt, aktionsplan, ...rest] = feed.entries;
      assert.equal(rest.length, 0);
      // flagged public, but on a non-public paper: non-public by derivation, no decision to publish
      assert.ok(!feed.raw.includes('Liegenschaften'));
      assert.match(haushalt?.title ?? '', new RegExp(`^Beschlossen: ${publicItemTitle} \\(Finanzausschuss, \\d{2}\\.\\d{2}\\.\\d{4}\\)$`));
      assert.match(haushalt?.summary ?? '', /^Ergebnis: beschlossen \(30 Ja, 5 Nein, 1 Enthaltung\)\. TOP Ö 1 der Sitzung/);
      assert.match(haushalt?.alternate ?? '', new RegExp(`^${base}/sitzungen/${recent}#top-\\d+$`));
      assert.equal(aktionsplan?.title, 'Beschlossen: Aktionsplan „Zusammen ankommen“ zur Integration im Kreis (Sozial- und Gesundheitsausschuss, 03.06.2025)');
      assert.match(aktionsplan?.alternate ?? '', new RegExp(`^${base}/sitzungen/${sozialPast}#top-\\d+$`));
      assert.ok(aktionsplan?.links.some((l) => l['@_rel'] === 'related' && l['@_href'] === `${base}/vorlagen/VO-2025-246`));
      // the entry's anchor is the agenda item on the session page
      const anchor = aktionsplan?.alternate?.split('#')[1];
      const page = await f.t.app.inject(`/sitzungen/${sozialPast}`);
      assert.ok(anchor && page.body.includes(`id="${anchor}"`));
    });

    it('never shows a non-public paper or agenda item in any feed', async () => {
      const { finanz, sozial, kreistag } = f.t.fixture.organizations;
      const urls = [
        '/vorlagen.atom',
        '/beschluesse.atom',
        '/vorlagen.atom?art=Beschlussvorlage',
        '/vorlagen.atom?art=Mitteilungsvorlage',
        ...[finanz, sozial, kreistag].map((id) => `/vorlagen.atom?gremium=${id}`),
      ];
      for (const url of urls) {
        const feed = await feedAt(url);
        for (const secret of Object.values(secrets)) assert.ok(!feed.raw.includes(secret), `${secret} in ${url}`);
      }
      // the public agenda item without a result is no decision
      assert.ok(!(await feedAt('/beschluesse.atom')).raw.includes(icalHostileItem.split(',')[0] ?? icalHostileItem));
    });

    it('is cached like a page, with its content type', async () => {
      await f.t.app.inject('/beschluesse.atom');
      const hit = await f.t.app.inject('/beschluesse.atom');
      assert.equal(hit.headers['x-gremia-cache'], 'hit');
      assert.equal(hit.headers['content-type'], 'application/atom+xml; charset=utf-8');
    });

    it('answers bad parameters with a short German 400 and an unknown Gremium with 404', async () => {
      for (const query of ['gremium=abc', 'gremium=1.5', 'gremium=-3', 'gremium=0', 'gremium=99999999999', 'gremium=1&gremium=2', `art=${'x'.repeat(101)}`]) {
        const res = await f.t.app.inject(`/vorlagen.atom?${query}`);
        assert.equal(res.statusCode, 400, query);
        assert.match(String(res.headers['content-type']), /^text\/plain; charset=utf-8/);
        assert.match(res.body, /^Ungültige Anfrage: (Gremium|Art)/);
      }
      assert.equal((await f.t.app.inject('/vorlagen.atom?gremium=999999')).statusCode, 404);
    });
  });
}
