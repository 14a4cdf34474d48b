/**
 * The members' area as a reader meets it, on the non-public fixture: one section per session
 * (next and recent), documents folded per agenda item, non-public items and files marked, the
 * ZIP link saying when it holds non-public files, and the first visit as the baseline of „neu“.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { makePdf } from '../../../test/helpers/fixtures.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { users } from '../auth/auth.tables.ts';
import { createFile } from '../files/index.ts';
import { agendaItemFiles, agendaItems, meetingOrganizations, meetings } from '../meetings/meetings.tables.ts';
import { papers } from '../papers/papers.tables.ts';

const day = 24 * 60 * 60 * 1000;

/** The `<section>` of one session in the area, or undefined. */
function sectionOf(html: string, meetingId: number): string | undefined {
  return new RegExp(`<section class="member-meeting"[^>]*data-meeting-id="${meetingId}">[\\s\\S]*?</section>`).exec(html)?.[0];
}

for (const engine of testEngines()) {
  describe(`members’ area layout (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let recent: number;
    let longPast: number;

    async function login(email: string): Promise<Browser> {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    }

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      const db = t.database.db;
      const bodyId = t.fixture.bodyId;
      // a Sozialausschuss session three days ago with a public item and a public file, and one long ago
      const session = async (name: string, start: Date) => {
        const [m] = await db.insert(meetings).values({ bodyId, name, start, meetingState: 'durchgeführt' }).returning({ id: meetings.id });
        assert.ok(m);
        await db.insert(meetingOrganizations).values({ bodyId, meetingId: m.id, organizationId: f.organizations.sozial });
        return m.id;
      };
      recent = await session('12. Sitzung des Sozial- und Gesundheitsausschusses', new Date(Date.now() - 3 * day));
      longPast = await session('9. Sitzung des Sozial- und Gesundheitsausschusses', new Date(Date.now() - 90 * day));
      const [item] = await db
        .insert(agendaItems)
        .values({ bodyId, meetingId: recent, number: 'Ö 2', position: 2, name: 'Bericht Pflegestützpunkt Albatros', public: true })
        .returning({ id: agendaItems.id });
      assert.ok(item);
      const file = await createFile(db, t.storage, {
        bodyId,
        name: 'Präsentation Pflegestützpunkt',
        fileName: 'praesentation.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['Präsentation']),
        public: true,
      });
      await db.insert(agendaItemFiles).values({ bodyId, agendaItemId: item.id, fileId: file.id, role: 'auxiliary' });
    });
    after(() => t.close());

    it('shows each next and recent session of her Gremium as one section with date and Gremium', async () => {
      const html = (await (await login(accounts.entitled)).get('/mein-bereich')).body;
      const next = sectionOf(html, f.meetings.sozialFuture);
      assert.ok(next, 'the next session has its section');
      assert.match(next, /<h3 id="sitzung-\d+"><a href="\/sitzungen\/\d+">13\. Sitzung des Sozial- und Gesundheitsausschusses<\/a><\/h3>/);
      assert.match(next, /<time datetime="2099-03-05">05\.03\.2099<\/time>, 17:00 Uhr · Sozial- und Gesundheitsausschuss/);
      const last = sectionOf(html, recent);
      assert.ok(last, 'the session three days ago has its section');
      assert.match(last, /Sozial- und Gesundheitsausschuss · durchgeführt/);
      assert.ok(html.indexOf('id="letzte-sitzungen"') < html.indexOf(last), 'under „Meine letzten Sitzungen“');
      assert.ok(html.indexOf(next) < html.indexOf('id="letzte-sitzungen"'), 'the next sessions first');
      assert.equal(sectionOf(html, longPast), undefined, 'a session three months ago is not in the area');
      assert.ok(!html.includes('9. Sitzung des Sozial- und Gesundheitsausschusses'));
    });

    it('folds the documents of each agenda item into a closed details element', async () => {
      const html = (await (await login(accounts.entitled)).get('/mein-bereich')).body;
      const next = sectionOf(html, f.meetings.sozialFuture) ?? '';
      const item = /<li class="agenda-item" data-agenda-item-id="(\d+)">(<details[^>]*>)<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details><\/li>/.exec(next);
      assert.ok(item, 'the item with documents is a fold');
      assert.equal(Number(item[1]), f.agendaItems.nonPublicItem);
      assert.equal(item[2], '<details class="member-fold">', 'closed by default');
      assert.match(item[3] ?? '', /\(2 Unterlagen\)/);
      assert.ok(!/<a /.test(item[3] ?? ''), 'no link inside the summary (it is a button)');
      assert.match(item[4] ?? '', new RegExp(`<a href="/dateien/${f.files.agendaItemFile}/`));
      assert.match(item[4] ?? '', new RegExp(`<a href="/dateien/${f.files.paperAttachment}/`));
      // an item without documents stays one line with its link
      assert.match(next, new RegExp(`data-agenda-item-id="${f.agendaItems.publicItem}"><span class="agenda-number">Ö 1</span> <a href="/tagesordnungspunkte/`));
      assert.ok(!/<details[^>]* open/.test(html), 'no fold is open');
    });

    it('marks the non-public item and files, and nothing public', async () => {
      const html = (await (await login(accounts.entitled)).get('/mein-bereich')).body;
      const next = sectionOf(html, f.meetings.sozialFuture) ?? '';
      const badge = '<span class="badge badge-nonpublic">nichtöffentlich</span>';
      assert.ok(next.includes(`Ankauf des Grundstücks Quokkaweg 3 ${badge}`), 'the item');
      for (const name of ['Wertgutachten Quokkaweg', 'Kaufvertragsentwurf Quokkaweg'])
        assert.match(next, new RegExp(`${name}</a> <span class="attachment-meta">[^<]*</span> ${badge}`), name);
      assert.ok(!new RegExp(`Einladung zur 13\\. Sitzung</a> <span class="attachment-meta">[^<]*</span> ${badge}`).test(next), 'the public invitation');
      assert.ok(!(sectionOf(html, recent) ?? '').includes(badge), 'the public session has no badge');
    });

    it('says on the ZIP link that it holds non-public documents, only where it does', async () => {
      const html = (await (await login(accounts.entitled)).get('/mein-bereich')).body;
      assert.match(
        sectionOf(html, f.meetings.sozialFuture) ?? '',
        /type="application\/zip">Alle Unterlagen als ZIP \(enthält nichtöffentliche Dokumente\)<span class="visually-hidden">/,
      );
      assert.match(sectionOf(html, recent) ?? '', /type="application\/zip">Alle Unterlagen als ZIP<span class="visually-hidden">/);
    });

    it('makes the first visit the baseline, and shows what changes after it on the next visit', async () => {
      const db = t.database.db;
      const email = 'erstbesuch@kreis-test.de';
      const account = await createTestAccount(db, t.fixture.bodyId, { email, roles: [] });
      const b = await login(email);
      const papersShown = (html: string) => [...html.matchAll(/<li data-paper-id="(\d+)">/g)].map((m) => Number(m[1]));
      // the fixture's papers were all made moments ago: before, a first visit listed them as „neu“
      for (let i = 0; i < 2; i++) {
        const first = await b.get('/mein-bereich');
        assert.deepEqual(papersShown(first.body), []);
        assert.ok(!/\bneu am\b/.test(first.body));
        if (i === 0) assert.match(first.body, /Dies ist Ihr erster Besuch/);
      }
      const [stored] = await db.select({ seen: users.areaSeenAt }).from(users).where(eq(users.id, account.id));
      assert.ok(stored?.seen, 'the baseline is recorded');

      // the next visit, two hours on (the last visit moved back instead of waiting); after the
      // baseline one paper changes and one is added
      await db
        .update(users)
        .set({ areaVisitedAt: sql`${users.areaVisitedAt} - interval '2 hours'` })
        .where(eq(users.id, account.id));
      const afterBaseline = new Date(Date.now() + 1000);
      const [changed] = await db.update(papers).set({ modified: afterBaseline }).where(eq(papers.reference, 'VO/2025/246')).returning({ id: papers.id });
      const [added] = await db
        .insert(papers)
        .values({
          bodyId: t.fixture.bodyId,
          reference: 'MV/2025/950',
          slug: 'MV-2025-950',
          name: 'Bericht Seeadler',
          paperType: 'Mitteilungsvorlage',
          created: afterBaseline,
          modified: afterBaseline,
        })
        .returning({ id: papers.id });
      assert.ok(changed && added);
      const next = await b.get('/mein-bereich');
      assert.ok(!next.body.includes('Dies ist Ihr erster Besuch'));
      assert.deepEqual(papersShown(next.body).sort(), [changed.id, added.id].sort());
      assert.match(next.body, /MV\/2025\/950 · Mitteilungsvorlage · [^<]*(<[^>]+>[^<]*<\/[^>]+>)?[^<]* · neu am /);
      assert.match(next.body, /VO\/2025\/246 · [^<]*(<[^>]+>[^<]*<\/[^>]+>)?[^<]* · geändert am /);
    });
  });
}
