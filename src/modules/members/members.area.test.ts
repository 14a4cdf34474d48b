/**
 * The members' area and a session's documents as ZIP, on the non-public fixture: Maren
 * Ketelsen (deputy member of the Sozialausschuss) sees and downloads the non-public part of the
 * next Sozialausschuss session; Olaf Dührsen (Finanzausschuss) and the public do not.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import yauzl from 'yauzl';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { users } from '../auth/auth.tables.ts';
import { files } from '../files/files.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { safeFileNamePart, zipEntryNames } from './zip.ts';
import type { MeetingDocument } from './members.area.ts';

/** Every entry of a ZIP: name → bytes. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const day = 24 * 60 * 60 * 1000;

for (const engine of testEngines()) {
  describe(`members’ area and session ZIP (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    const entitled = () => login(accounts.entitled);
    const otherCommittee = () => login(accounts.otherCommittee);
    async function login(email: string): Promise<Browser> {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    }
    const bytesOf = async (fileId: number) => {
      const [row] = await t.database.db.select({ key: files.storageKey }).from(files).where(eq(files.id, fileId));
      assert.ok(row);
      const bytes = await t.storage.get(row.key);
      assert.ok(bytes);
      return bytes;
    };
    const zipAudits = () =>
      t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, 'file.non-public-access'), sql`${auditEvents.detail}->>'via' = 'zip'`));

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());

    it('sends the anonymous reader to the login', async () => {
      const r = await t.app.inject('/mein-bereich');
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, '/anmelden?weiter=%2Fmein-bereich');
    });

    it('shows the deputy member the next Sozialausschuss session with its non-public item and every document', async () => {
      const b = await entitled();
      const r = await b.get('/mein-bereich');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['cache-control'], 'private, no-store');
      const html = r.body;
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      for (const heading of ['Meine nächsten Sitzungen', 'Neu seit meinem letzten Besuch', 'Meine Notizen', 'Meine Abonnements'])
        assert.match(html, new RegExp(`<h2 id="[a-z]+">${heading}</h2>`), heading);
      assert.match(html, new RegExp(`<a href="/sitzungen/${f.meetings.sozialFuture}">13. Sitzung des Sozial- und Gesundheitsausschusses</a>`));
      // the non-public item, marked, with its own file and the file of the paper consulted on it (folded)
      assert.match(
        html,
        /<summary><span class="agenda-number">N 1<\/span> Ankauf des Grundstücks Quokkaweg 3 <span class="badge badge-nonpublic">nichtöffentlich<\/span>/,
      );
      assert.match(html, new RegExp(`<a href="/tagesordnungspunkte/${f.agendaItems.nonPublicItem}">Zum Tagesordnungspunkt`));
      for (const [id, name] of [
        [f.files.agendaItemFile, 'Wertgutachten Quokkaweg'],
        [f.files.paperAttachment, 'Kaufvertragsentwurf Quokkaweg'],
        [f.files.publicFile, 'Einladung zur 13. Sitzung'],
      ] as const) {
        assert.match(html, new RegExp(`<a href="/dateien/${id}/[^"]+">${name}</a>`), name);
        assert.match(html, new RegExp(`<a href="/notizen/datei/${id}">Notiz`), `${name}: note link`);
      }
      assert.match(html, new RegExp(`<a href="/sitzungen/${f.meetings.sozialFuture}/dokumente.zip" type="application/zip">Alle Unterlagen als ZIP`));
      // a session of a Gremium she does not sit in is not hers
      assert.ok(!html.includes('8. Sitzung des Kreistages'));
      // the first meeting link leads to the session (the browser test follows it)
      assert.match(/<main[^>]*>[\s\S]*?href="(\/sitzungen\/[^"]+)"/.exec(html)?.[1] ?? '', /^\/sitzungen\/\d+$/);
    });

    it('shows the member of another committee and the invitee only what they may see', async () => {
      const other = await (await otherCommittee()).get('/mein-bereich');
      assert.equal(other.statusCode, 200);
      assert.ok(!other.body.toLowerCase().includes(SECRET_WORD.toLowerCase()), 'nothing non-public for the Finanzausschuss member');
      assert.ok(!other.body.includes('13. Sitzung des Sozial- und Gesundheitsausschusses'));
      const invitee = new Browser(t.app);
      await invitee.login(accounts.invitee);
      const mine = await invitee.get('/mein-bereich');
      assert.match(mine.body, /Ankauf des Grundstücks Quokkaweg 3/, 'an invitation entitles to the session');
    });

    it('shows the administration every coming session', async () => {
      const admin = new Browser(t.app);
      await admin.login(accounts.admin);
      const r = await admin.get('/mein-bereich');
      assert.match(r.body, /8\. Sitzung des Kreistages/);
      assert.match(r.body, /Ankauf des Grundstücks Quokkaweg 3/);
    });

    it('zips every document of the session the deputy may see, byte for byte, and audits the non-public ones', async () => {
      const before = (await zipAudits()).length;
      const b = await entitled();
      const r = await b.get(`/sitzungen/${f.meetings.sozialFuture}/dokumente.zip`);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'application/zip');
      assert.match(
        String(r.headers['content-disposition']),
        /^attachment; filename="Unterlagen 13. Sitzung des Sozial- und Gesundheitsausschusses 2099-03-05\.zip"/,
      );
      assert.equal(r.headers['cache-control'], 'private, no-store');
      const entries = await unzip(r.rawPayload);
      assert.deepEqual([...entries.keys()], ['00 Einladung.pdf', 'N 1 Wertgutachten Quokkaweg.pdf', 'N 1 VO-2099-7 Kaufvertragsentwurf Quokkaweg.pdf']);
      assert.ok(entries.get('00 Einladung.pdf')?.equals(await bytesOf(f.files.publicFile)));
      assert.ok(entries.get('N 1 Wertgutachten Quokkaweg.pdf')?.equals(await bytesOf(f.files.agendaItemFile)));
      assert.ok(entries.get('N 1 VO-2099-7 Kaufvertragsentwurf Quokkaweg.pdf')?.equals(await bytesOf(f.files.paperAttachment)));

      const audits = (await zipAudits()).slice(before);
      assert.deepEqual(
        audits.map((a) => a.detail).sort((x, y) => Number(x.file) - Number(y.file)),
        [f.files.paperAttachment, f.files.agendaItemFile].sort((x, y) => x - y).map((file) => ({ file, via: 'zip', meeting: f.meetings.sozialFuture })),
      );
      assert.ok(audits.every((a) => a.userId === f.accountIds.entitled));
    });

    it('gives the other committee and the public a ZIP with the public files only, and audits nothing', async () => {
      const before = (await zipAudits()).length;
      const url = `/sitzungen/${f.meetings.sozialFuture}/dokumente.zip`;
      const other = await (await otherCommittee()).get(url);
      const anonymous = await t.app.inject(url);
      for (const r of [other, anonymous]) {
        assert.equal(r.statusCode, 200);
        assert.deepEqual([...(await unzip(r.rawPayload)).keys()], ['00 Einladung.pdf']);
      }
      assert.equal(anonymous.headers['cache-control'], 'public, max-age=300');
      assert.equal(other.headers['cache-control'], 'private, no-store');
      assert.equal((await zipAudits()).length, before);
      // the past session's non-public protocol stays out too
      const past = await unzip((await t.app.inject(`/sitzungen/${f.meetings.sozialPast}/dokumente.zip`)).rawPayload);
      assert.ok(![...past.keys()].some((name) => name.includes('Niederschrift')));
    });

    it('names the files of a paper by agenda number and reference, and links the ZIP on the session page', async () => {
      const r = await t.app.inject(`/sitzungen/${t.fixture.meetings.kreistagFuture}/dokumente.zip`);
      const names = [...(await unzip(r.rawPayload)).keys()];
      assert.ok(
        names.some(
          (n) => /^\S+ \S+ VO-2025-246 Aktionsplan Zusammen ankommen\.pdf$/.test(n) || /^TOP \d+ VO-2025-246 Aktionsplan Zusammen ankommen\.pdf$/.test(n),
        ),
        names.join(', '),
      );
      assert.ok(
        names.some((n) => n.endsWith('VO-2025-246 Übersicht der Maßnahmen.pdf')),
        names.join(', '),
      );
      assert.ok(names.every((n) => !/[/\\]/.test(n)));
      const page = await t.app.inject(`/sitzungen/${t.fixture.meetings.kreistagFuture}`);
      assert.match(
        page.body,
        new RegExp(`<a href="/sitzungen/${t.fixture.meetings.kreistagFuture}/dokumente.zip" type="application/zip">Alle Unterlagen als ZIP</a>`),
      );
    });

    it('answers 404 for unknown sessions', async () => {
      for (const url of ['/sitzungen/999999/dokumente.zip', '/sitzungen/abc/dokumente.zip']) assert.equal((await t.app.inject(url)).statusCode, 404, url);
    });

    it('lists papers changed after the last visit, and not those changed before it', async () => {
      const db = t.database.db;
      const now = Date.now();
      const [earlier, later] = await db
        .insert(papers)
        .values([
          {
            bodyId: t.fixture.bodyId,
            reference: 'MV/2025/901',
            slug: 'MV-2025-901',
            name: 'Bericht Vorher Eisvogel',
            paperType: 'Mitteilungsvorlage',
            created: new Date(now - 30 * day),
            modified: new Date(now - 3 * day),
          },
          {
            bodyId: t.fixture.bodyId,
            reference: 'MV/2025/902',
            slug: 'MV-2025-902',
            name: 'Bericht Nachher Kranich',
            paperType: 'Mitteilungsvorlage',
            created: new Date(now - 30 * day),
            modified: new Date(now - 1 * day),
          },
        ])
        .returning({ id: papers.id });
      assert.ok(earlier && later);
      const email = 'neu-seit@kreis-test.de';
      const account = await createTestAccount(db, t.fixture.bodyId, { email, roles: [] });
      const b = await login(email);

      // the first visit is the baseline: nothing is new, also on a reload within the hour
      for (let i = 0; i < 2; i++) {
        const first = await b.get('/mein-bereich');
        assert.ok(!first.body.includes('Bericht Vorher Eisvogel'));
        assert.ok(!first.body.includes('Bericht Nachher Kranich'));
        if (i === 0) assert.match(first.body, /Ihr erster Besuch/);
      }

      // last visit two days ago: only what changed since then is new
      await db
        .update(users)
        .set({ areaVisitedAt: new Date(now - 2 * day), areaSeenAt: new Date(now - 10 * day) })
        .where(eq(users.id, account.id));
      const next = await b.get('/mein-bereich');
      assert.match(next.body, /Bericht Nachher Kranich/);
      assert.ok(!next.body.includes('Bericht Vorher Eisvogel'));
      const [stored] = await db.select({ seen: users.areaSeenAt, visited: users.areaVisitedAt }).from(users).where(eq(users.id, account.id));
      assert.ok(stored?.seen && stored.visited);
      assert.ok(Math.abs(stored.seen.getTime() - (now - 2 * day)) < 1000, 'the previous visit is now the moment of „seen“');
      assert.ok(stored.visited.getTime() > now - 60_000);

      // „Alles als gelesen markieren“
      const read = await b.post('/mein-bereich/gelesen', { weiter: '/mein-bereich' });
      assert.equal(read.statusCode, 303);
      assert.equal(read.headers.location, '/mein-bereich');
      const after = await b.get('/mein-bereich');
      assert.ok(!after.body.includes('Bericht Nachher Kranich'));
      assert.match(after.body, /Keine neuen oder geänderten Vorlagen/);

      // a change after that is new again, also after a long pause
      await db
        .update(papers)
        .set({ modified: new Date(Date.now() + 1000) })
        .where(inArray(papers.id, [later.id]));
      await db
        .update(users)
        .set({ areaVisitedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) })
        .where(eq(users.id, account.id));
      const again = await b.get('/mein-bereich');
      assert.match(again.body, /Bericht Nachher Kranich/);
      assert.ok(!again.body.includes('Bericht Vorher Eisvogel'));
    });

    it('never shows a hidden paper as new', async () => {
      // both have visited before the fixture was made: its papers are new to them
      const longAgo = new Date(Date.now() - 30 * day);
      await t.database.db
        .update(users)
        .set({ areaVisitedAt: longAgo, areaSeenAt: longAgo })
        .where(inArray(users.id, [f.accountIds.entitled, f.accountIds.otherCommittee]));
      const other = await (await otherCommittee()).get('/mein-bereich');
      assert.ok(!other.body.includes('Grundstücksankauf Quokkaweg'));
      const mine = await (await entitled()).get('/mein-bereich');
      assert.match(mine.body, /Grundstücksankauf Quokkaweg/, 'the entitled member sees the new non-public paper');
    });
  });
}

describe('ZIP entry names', () => {
  const doc = (over: Partial<MeetingDocument>): MeetingDocument => ({
    fileId: 1,
    name: 'Datei',
    fileName: 'datei.pdf',
    mimeType: 'application/pdf',
    size: 1,
    storageKey: 'x',
    meetingId: 1,
    source: 'meeting',
    role: 'auxiliary',
    agendaItem: null,
    paper: null,
    publiclyVisible: true,
    ...over,
  });
  it('keeps letters and digits, drops separators and reserved characters', () => {
    assert.equal(safeFileNamePart('../../etc/passwd'), 'etc passwd');
    assert.equal(safeFileNamePart('Ö 3 Bericht: „Straßen“/Wege\\Plätze?*'), 'Ö 3 Bericht Straßen Wege Plätze');
    assert.equal(safeFileNamePart('...'), '');
  });
  it('makes names unique without regard to case', () => {
    const item = { id: 5, number: 'Ö 3', position: 3, public: true };
    assert.deepEqual(
      zipEntryNames([
        doc({ role: 'invitation' }),
        doc({ name: 'Anlage', source: 'agendaItem', agendaItem: item }),
        doc({ name: 'ANLAGE', source: 'agendaItem', agendaItem: item, fileName: 'x.PDF' }),
        doc({
          name: 'Plan',
          source: 'paper',
          agendaItem: item,
          paper: { reference: 'VO/2025/246', slug: 'VO-2025-246' },
          fileName: 'plan',
          mimeType: 'application/pdf',
        }),
        doc({
          name: '',
          source: 'agendaItem',
          agendaItem: { id: 6, number: null, position: 7, public: false },
          fileName: 'ohne-endung',
          mimeType: 'application/x-unknown',
        }),
      ]),
      ['00 Einladung.pdf', 'Ö 3 Anlage.pdf', 'Ö 3 ANLAGE (2).pdf', 'Ö 3 VO-2025-246 Plan.pdf', 'TOP 7'],
    );
  });
});
