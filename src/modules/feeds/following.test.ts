/**
 * Following things (issue 16, items 1 and 6): the home page's box searches everything, a thin
 * paper list offers the full search, calendars are offered as subscriptions near the top, a
 * search and a person's papers can be followed as Atom feeds, and a filtered list's feed keeps
 * its filters. The feeds never carry non-public content, whoever asks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { paperOriginators, papers } from '../papers/papers.tables.ts';
import { parseAtom } from './feeds.test-support.ts';

const base = 'http://gremia.test';
/** The non-public paper, agenda item and files of the fixture (a search feed repeats its own words, so not just the secret word). */
const nonPublic = /Grundstücksankauf|Ankauf des Grundstücks|Quokka-Ankauf|VO-2099-7|VO\/2099\/7|quokka[a-z-]*\.pdf|Kalkulation|Wertgutachten|Kaufvertrag/i;
const decode = (html: string) => html.replace(/&amp;/g, '&');
/** The part of the page's main content before its first second-level heading. */
const top = (html: string) => {
  const main = html.slice(html.indexOf('<main'));
  return main.slice(0, main.indexOf('<h2'));
};

for (const engine of testEngines()) {
  describe(`following things (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let entitled: Browser;
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      // the originator of the non-public VO/2099/7 also submitted the public VO/2025/246
      const [publicPaper] = await t.database.db.select({ id: papers.id }).from(papers).where(eq(papers.reference, 'VO/2025/246'));
      assert.ok(publicPaper);
      await t.database.db.insert(paperOriginators).values({ bodyId: f.bodyId, paperId: publicPaper.id, personId: f.persons.originator });
      entitled = new Browser(t.app);
      await entitled.login(accounts.entitled);
    });
    after(() => t.close());

    const atom = async (url: string, browser?: Browser) => {
      const res = browser ? await browser.get(url) : await t.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8', url);
      assert.doesNotMatch(res.body, nonPublic, `${url}: non-public content in the feed`);
      const feed = parseAtom(res.body);
      for (const e of feed.entries) assert.ok(!`${e.title} ${e.summary}`.includes(SECRET_WORD), `${url}: non-public entry ${e.title}`);
      return feed;
    };

    it('sends the home page search box to the full search', async () => {
      const home = await t.app.inject('/');
      assert.match(home.body, /<form class="search-box" method="get" action="\/suche" role="search">/);
      assert.match(home.body, /<label for="suche">Alle Inhalte durchsuchen<\/label>/);
    });

    it('offers the full search from a paper list that found little by title', async () => {
      const thin = await t.app.inject('/vorlagen?q=Kita');
      assert.match(thin.body, />\s*0 Vorlagen/);
      assert.match(thin.body, /<a href="\/suche\?q=Kita">In allen Inhalten suchen: „Kita“<\/a>/);
      const umlaut = await t.app.inject(`/vorlagen?q=${encodeURIComponent('Gebühren Kreis')}`);
      assert.match(umlaut.body, /<a href="\/suche\?q=Geb%C3%BChren\+Kreis">In allen Inhalten suchen: „Gebühren Kreis“<\/a>/);
      // without a word there is nothing to search for
      assert.doesNotMatch((await t.app.inject('/vorlagen')).body, /In allen Inhalten suchen/);
    });

    it('offers the calendars as webcal subscriptions near the top, with a plain download beside them', async () => {
      const sessions = await t.app.inject('/sitzungen');
      const head = top(sessions.body);
      assert.match(head, /<a class="subscribe-link" href="webcal:\/\/gremia\.test\/sitzungen\.ics" type="text\/calendar">Im Kalender abonnieren<\/a>/);
      assert.match(head, /<a href="\/sitzungen\.ics">Kalenderdatei herunterladen<\/a>/);
      assert.match(head, /hält sie von selbst aktuell/);
      const gremium = f.organizations.sozial;
      const filtered = top((await t.app.inject(`/sitzungen?gremium=${gremium}`)).body);
      assert.match(filtered, new RegExp(`href="webcal://gremia\\.test/gremien/${gremium}/sitzungen\\.ics"`));
      const page = await t.app.inject(`/gremien/${gremium}`);
      assert.equal(page.statusCode, 200);
      assert.match(top(page.body), new RegExp(`<a class="subscribe-link" href="webcal://gremia\\.test/gremien/${gremium}/sitzungen\\.ics"`));
      assert.match(top(page.body), new RegExp(`<a href="/gremien/${gremium}/sitzungen\\.ics">Kalenderdatei herunterladen</a>`));
      // the links at the foot say what they do
      assert.match(page.body, /Im Kalender abonnieren: Sitzungen des Gremiums/);
      assert.match(page.body, /Als Feed abonnieren: Neue Vorlagen im Gremium/);
    });

    it('keeps every filter of the paper list in its Atom link, and the feed applies them', async () => {
      const list = await t.app.inject('/vorlagen?q=Integration&art=Beschlussvorlage&jahr=2025');
      const href = /<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"/.exec(list.body)?.[1];
      assert.equal(href && decode(href), '/vorlagen.atom?art=Beschlussvorlage&q=Integration&jahr=2025');
      assert.match(list.body, /Als Feed abonnieren: Neue Vorlagen \(Beschlussvorlage\) mit „Integration“ aus 2025/);
      const feed = await atom(decode(href ?? ''));
      assert.deepEqual(
        feed.entries.map((e) => e.alternate),
        [`${base}/vorlagen/VO-2025-246`],
      );
      assert.ok(feed.links.some((l) => l['@_rel'] === 'alternate' && l['@_href'] === `${base}/vorlagen?art=Beschlussvorlage&q=Integration&jahr=2025`));
      assert.equal((await atom('/vorlagen.atom?q=Integration&jahr=2024')).entries.length, 0);
      assert.equal((await atom('/vorlagen.atom?art=Antrag&q=Integration')).entries.length, 0);
      // the member's feed has the non-public paper too, and the word filter narrows it as the list does
      const member = await entitled.get('/vorlagen.atom');
      assert.match(member.body, /Grundstücksankauf Quokkaweg/);
      assert.doesNotMatch((await entitled.get('/vorlagen.atom?q=Integration')).body, /Quokkaweg/);
    });

    it('follows a search as an Atom feed with the same filters, newest first, public only', async () => {
      const search = await t.app.inject('/suche?q=Integration');
      assert.match(
        search.body,
        /<link rel="alternate" type="application\/atom\+xml" title="Neue Treffer der Suche „Integration“" href="\/suche\.atom\?q=Integration"/,
      );
      assert.match(search.body, /Als Feed abonnieren: Neue Treffer der Suche „Integration“/);
      const all = await atom('/suche.atom?q=Integration');
      assert.equal(all.title, 'Suche „Integration“ – Kreis Testhausen');
      assert.ok(all.entries.length > 1, 'hits in the feed');
      const dates = all.entries.map((e) => e.updated);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      assert.ok(
        all.entries.some((e) => !e.title.startsWith('Vorlage:')),
        'more than papers without a filter',
      );
      const onlyPapers = await atom('/suche.atom?q=Integration&art=vorlage');
      assert.ok(onlyPapers.entries.length > 0);
      assert.ok(onlyPapers.entries.every((e) => e.title.startsWith('Vorlage:')));
      assert.equal((await atom('/suche.atom?q=Integration&jahr=1990')).entries.length, 0);
      assert.equal((await t.app.inject('/suche.atom?q=Integration&von=2025-02-01&bis=2025-01-01')).statusCode, 400);
      // the member finds the non-public paper on the page, never in the feed (feeds are fetched without cookies)
      const json = JSON.parse((await entitled.get('/suche.json?q=Quokkaweg')).body) as { total: number };
      assert.ok(json.total > 0, 'the member can search the non-public paper');
      assert.equal((await atom('/suche.atom?q=Quokkaweg', entitled)).entries.length, 0);
      assert.equal((await atom('/suche.atom?q=Grundst%C3%BCck', entitled)).entries.length, (await atom('/suche.atom?q=Grundst%C3%BCck')).entries.length);
      assert.equal((await atom('/suche.atom')).entries.length, 0);
    });

    it("has a feed of a person's papers that only ever lists the public ones", async () => {
      const person = await t.app.inject(`/personen/${f.persons.originator}`);
      assert.match(
        person.body,
        new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/personen/${f.persons.originator}/vorlagen\\.atom"`),
      );
      assert.match(person.body, /Als Feed abonnieren: Neue Vorlagen von Ulrike Sönnichsen/);
      const url = `/personen/${f.persons.originator}/vorlagen.atom`;
      for (const feed of [await atom(url), await atom(url, entitled)]) {
        assert.equal(feed.title, 'Vorlagen von Ulrike Sönnichsen – Kreis Testhausen');
        assert.deepEqual(
          feed.entries.map((e) => e.alternate),
          [`${base}/vorlagen/VO-2025-246`],
        );
      }
      assert.equal((await t.app.inject(`/personen/${f.persons.entitled}/vorlagen.atom`)).statusCode, 200);
      assert.equal((await t.app.inject('/personen/999999/vorlagen.atom')).statusCode, 404);
    });
  });
}
