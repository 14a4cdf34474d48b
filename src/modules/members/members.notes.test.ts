/**
 * Private notes on papers and files: only their author sees them, only on what the author may
 * see; a stale form answers 409 and keeps both texts; too long a text answers 400 and keeps it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { papers } from '../papers/papers.tables.ts';
import { privateNotes } from './members.tables.ts';
import { textareaText } from '../../../test/helpers/html.ts';

/** The text inside the note form's field, as the browser would show it. */
const fieldText = (html: string, id = 'notiz-text') => textareaText(html, id);
const versionIn = (html: string) => /<input type="hidden" name="version" value="(\d+)"\/>/.exec(html)?.[1];

for (const engine of testEngines()) {
  describe(`private notes (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let publicPaperId: number;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };
    const notesOf = (userId: number) => t.database.db.select().from(privateNotes).where(eq(privateNotes.userId, userId));

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      const [row] = await t.database.db.select({ id: papers.id }).from(papers).where(eq(papers.slug, 'VO-2025-246'));
      assert.ok(row);
      publicPaperId = row.id;
    });
    after(() => t.close());

    it('offers the note form on the paper page to account viewers only', async () => {
      const anonymous = await t.app.inject('/vorlagen/VO-2025-246');
      assert.equal(anonymous.statusCode, 200);
      for (const text of ['Meine Notiz', '/notizen/', '/abonnements', 'Benachrichtigen']) assert.ok(!anonymous.body.includes(text), text);
      const b = await login(accounts.entitled);
      const page = await b.get(`/vorlagen/${f.paper.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<summary><h2>Meine Notiz \(nur für Sie sichtbar\)<\/h2><\/summary>/);
      assert.match(page.body, new RegExp(`<form method="post" action="/notizen/vorlage/${f.paper.id}"`));
      assert.match(page.body, /<label for="notiz-text">Text der Notiz<\/label>/);
      assert.equal(versionIn(page.body), '0');
    });

    it('creates, updates and deletes a note, and keeps both texts on a conflicting save', async () => {
      const b = await login(accounts.entitled);
      const url = `/vorlagen/${f.paper.slug}`;
      await b.get(url);
      const created = await b.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Erste Fassung\r\nmit zwei Zeilen', version: '0', weiter: `${url}#meine-notiz` });
      assert.equal(created.statusCode, 303);
      assert.equal(created.headers.location, `${url}#meine-notiz`);
      let page = await b.get(url);
      assert.equal(fieldText(page.body), 'Erste Fassung\nmit zwei Zeilen');
      assert.equal(versionIn(page.body), '1');

      const updated = await b.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Zweite Fassung <b>fett</b>', version: '1', weiter: url });
      assert.equal(updated.statusCode, 303);
      page = await b.get(url);
      assert.equal(fieldText(page.body), 'Zweite Fassung <b>fett</b>');
      assert.ok(!page.body.includes('<b>fett</b>'), 'the note is escaped');
      assert.equal(versionIn(page.body), '2');

      // a second tab still holds version 1
      const stale = await b.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Fassung aus dem anderen Fenster', version: '1', weiter: url });
      assert.equal(stale.statusCode, 409);
      assert.equal(fieldText(stale.body), 'Fassung aus dem anderen Fenster', 'the submitted text stays in the field');
      assert.equal(fieldText(stale.body, 'gespeicherter-text'), 'Zweite Fassung <b>fett</b>', 'the stored text is shown next to it');
      assert.match(stale.body, /Inzwischen gespeicherter Stand/);
      assert.equal(versionIn(stale.body), '2', 'saving the merged text again is possible');
      const [stored] = await notesOf(f.accountIds.entitled);
      assert.equal(stored?.text, 'Zweite Fassung <b>fett</b>', 'nothing was overwritten');

      const merged = await b.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Zusammengeführt', version: '2', weiter: url });
      assert.equal(merged.statusCode, 303);
      assert.equal((await notesOf(f.accountIds.entitled))[0]?.version, 3);

      await b.get(url);
      const deleted = await b.post(`/notizen/vorlage/${f.paper.id}`, { text: '  ', version: '3', weiter: url });
      assert.equal(deleted.statusCode, 303);
      assert.equal((await notesOf(f.accountIds.entitled)).length, 0, 'an empty text deletes the note');
    });

    it('refuses too long a note with a clear message and keeps the text', async () => {
      const b = await login(accounts.entitled);
      await b.get('/vorlagen/VO-2025-246');
      const text = `${'Ä'.repeat(20_000)}x`;
      const r = await b.post(`/notizen/vorlage/${publicPaperId}`, { text, version: '0', weiter: '/vorlagen/VO-2025-246' });
      assert.equal(r.statusCode, 400);
      assert.match(r.body, /höchstens 20\.000 Zeichen/);
      assert.equal(fieldText(r.body), text);
      const exact = await b.post(`/notizen/vorlage/${publicPaperId}`, { text: 'Ä'.repeat(20_000), version: '0', weiter: '/vorlagen/VO-2025-246' });
      assert.equal(exact.statusCode, 303, '20,000 characters are allowed');
      await b.get('/vorlagen/VO-2025-246');
      await b.post(`/notizen/vorlage/${publicPaperId}`, { text: '', version: '1', weiter: '/vorlagen/VO-2025-246' });
    });

    it('shows a note to its author only', async () => {
      const author = await login(accounts.entitled);
      await author.get('/vorlagen/VO-2025-246');
      const saved = await author.post(`/notizen/vorlage/${publicPaperId}`, {
        text: 'Private Bemerkung Seeadler',
        version: '0',
        weiter: '/vorlagen/VO-2025-246',
      });
      assert.equal(saved.statusCode, 303);
      assert.match((await author.get('/mein-bereich')).body, /Private Bemerkung Seeadler/);

      const other = await login(accounts.otherCommittee);
      const page = await other.get('/vorlagen/VO-2025-246');
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes('Seeadler'));
      assert.equal(versionIn(page.body), '0');
      assert.ok(!(await other.get('/mein-bereich')).body.includes('Seeadler'));
      assert.ok(!(await t.app.inject('/vorlagen/VO-2025-246')).body.includes('Seeadler'));
      // the other account's save starts its own note, it does not touch the author's
      const own = await other.post(`/notizen/vorlage/${publicPaperId}`, { text: 'Eigene Notiz', version: '0', weiter: '/vorlagen/VO-2025-246' });
      assert.equal(own.statusCode, 303);
      const [authorNote] = await t.database.db
        .select()
        .from(privateNotes)
        .where(and(eq(privateNotes.userId, f.accountIds.entitled), eq(privateNotes.paperId, publicPaperId)));
      assert.equal(authorNote?.text, 'Private Bemerkung Seeadler');
    });

    it('answers 404 to a note on a paper or file the account may not see', async () => {
      const other = await login(accounts.otherCommittee);
      await other.get('/mein-bereich');
      const paper = await other.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Neugier', version: '0', weiter: '/mein-bereich' });
      assert.equal(paper.statusCode, 404);
      for (const id of [f.files.paperAttachment, f.files.agendaItemFile, f.files.protocol]) {
        assert.equal((await other.get(`/notizen/datei/${id}`)).statusCode, 404);
        assert.equal((await other.post(`/notizen/datei/${id}`, { text: 'Neugier', version: '0' })).statusCode, 404);
      }
      assert.equal((await other.post('/notizen/vorlage/999999', { text: 'x', version: '0' })).statusCode, 404);
      assert.ok((await notesOf(f.accountIds.otherCommittee)).every((n) => n.text !== 'Neugier'));
      const anonymous = await t.app.inject(`/notizen/datei/${f.files.publicFile}`);
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/anmelden\?weiter=/);
    });

    it('keeps a note on a file on its own page, linked from the members’ area', async () => {
      const b = await login(accounts.entitled);
      const url = `/notizen/datei/${f.files.agendaItemFile}`;
      const page = await b.get(url);
      assert.equal(page.statusCode, 200);
      assert.equal(page.body.match(/<h1[ >]/g)?.length, 1);
      assert.match(page.body, /<h1>Meine Notiz zu „Wertgutachten Quokkaweg“<\/h1>/);
      assert.match(page.body, new RegExp(`<a href="/dateien/${f.files.agendaItemFile}/wertgutachten-quokkaweg.pdf">Wertgutachten Quokkaweg</a>`));
      const saved = await b.post(url, { text: 'Gutachten prüfen lassen', version: '0', weiter: url });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${url}?hinweis=gespeichert`);
      const again = await b.get(String(saved.headers.location));
      assert.match(again.body, /Die Notiz ist gespeichert/);
      assert.equal(fieldText(again.body), 'Gutachten prüfen lassen');
      const area = await b.get('/mein-bereich');
      assert.match(area.body, new RegExp(`<a href="${url}">Wertgutachten Quokkaweg</a>`));
      assert.match(area.body, /Gutachten prüfen lassen/);
      assert.match(area.body, new RegExp(`<a href="${url}">Notiz ansehen`));
    });
  });
}
