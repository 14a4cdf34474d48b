/**
 * The feedback form of the accessibility statement (§ 7 BITV 2.0): a report reaches the body's
 * address as a real mail through SMTP; bad input is refused in German with every field kept;
 * without an address the page says so instead of offering a form that cannot send.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { mailText, startSmtpServer, type TestSmtp } from '../../../test/helpers/smtp.ts';
import { textareaText } from '../../../test/helpers/html.ts';
import { feedbackAddressOf } from './legal.repo.ts';

const ADMIN = 'admin@kreis-test.de';
const INBOX = 'barrierefrei@kreis-test.de';
const FORM = '/barrierefreiheit/rueckmeldung';

for (const engine of testEngines()) {
  describe(`feedback on barriers (${engine.name})`, () => {
    let t: TestApp;
    let smtp: TestSmtp;

    before(async () => {
      smtp = await startSmtpServer();
      t = await openTestApp(engine, { SMTP_URL: smtp.url, MAIL_FROM: 'Kreis Testhausen <ratsinfo@kreis-test.de>' });
      await createTestAccount(t.database.db, t.fixture.bodyId, {
        email: ADMIN,
        displayName: 'Anna Admin',
        roles: [{ role: 'administration', organizationId: null }],
      });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    const reader = async () => {
      const b = new Browser(t.app);
      const form = await b.get(FORM);
      assert.equal(form.statusCode, 200);
      return b;
    };

    it('says where to turn instead of showing a form while no address is set', async () => {
      const page = await t.app.inject(FORM);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /noch keine Adresse für Rückmeldungen hinterlegt/);
      assert.doesNotMatch(page.body, /<textarea/);
      const admin = new Browser(t.app);
      await admin.login(ADMIN);
      assert.match((await admin.get('/verwaltung/rechtliches')).body, /Für Rückmeldungen zur Barrierefreiheit ist keine Adresse hinterlegt/);
    });

    it('sends a report by SMTP to the address the administration set, with the reader as Reply-To', async () => {
      const admin = new Browser(t.app);
      await admin.login(ADMIN);
      const edit = await admin.get('/verwaltung/rechtliches/barrierefreiheit');
      const html = textareaText(edit.body, 'text') ?? '';
      assert.equal((await admin.post('/verwaltung/rechtliches/barrierefreiheit', { version: '0', text: html, rueckmeldeadresse: INBOX })).statusCode, 303);

      const b = await reader();
      const before = smtp.mails.length;
      const sent = await b.post(FORM, {
        nachricht: 'Die Tabelle der Beratungsfolge liest mein Screenreader nicht vor.\nBitte prüfen.',
        seite: '/vorlagen/vo-2026-25',
        name: 'Erika Muster',
        email: 'erika@beispiel.de',
      });
      assert.equal(sent.statusCode, 303, sent.body);
      assert.equal(sent.headers.location, `${FORM}/gesendet`);
      assert.equal(smtp.mails.length, before + 1);
      const mail = smtp.mails.at(-1);
      assert.ok(mail);
      assert.deepEqual(mail.to, [INBOX]);
      assert.match(mail.raw, /^Reply-To: erika@beispiel\.de/m);
      const text = mailText(mail.raw);
      assert.match(text, /Die Tabelle der Beratungsfolge liest mein Screenreader nicht vor\.\r?\nBitte prüfen\./);
      assert.match(text, /Betroffene Seite oder Inhalt: \/vorlagen\/vo-2026-25/);
      assert.match(text, /Name: Erika Muster/);
      const thanks = await b.get(`${FORM}/gesendet`);
      assert.equal(thanks.statusCode, 200);
      assert.match(thanks.body, /Ihre Rückmeldung ist an Kreis Testhausen gesendet/);
      assert.match(thanks.body, /Schlichtungsstelle/);
    });

    it('refuses an empty message, too long a message and a bad address in German, keeping the text, and sends nothing', async () => {
      const b = await reader();
      const before = smtp.mails.length;
      const empty = await b.post(FORM, { nachricht: '   ', name: 'Erika Muster', email: 'erika@beispiel.de' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Bitte beschreiben Sie die Barriere oder Ihr Anliegen/);
      assert.match(empty.body, /value="Erika Muster"/);
      assert.match(empty.body, /value="erika@beispiel.de"/);

      const long = `Sehr lang: ${'x'.repeat(5000)}`;
      const tooLong = await b.post(FORM, { nachricht: long });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /höchstens 5\.000 Zeichen/);
      assert.equal(textareaText(tooLong.body, 'nachricht'), long);

      const message = 'Die PDF-Anlage <Haushalt> ist nicht lesbar & ohne Text.';
      const badEmail = await b.post(FORM, { nachricht: message, email: 'erika(at)beispiel' });
      assert.equal(badEmail.statusCode, 400);
      assert.match(badEmail.body, /Bitte geben Sie eine gültige E-Mail-Adresse an/);
      assert.equal(textareaText(badEmail.body, 'nachricht'), message);
      assert.match(badEmail.body, /aria-invalid="true"/);
      assert.equal(smtp.mails.length, before, 'no mail for refused input');
    });

    it('refuses a report without the form’s CSRF token', async () => {
      const b = await reader();
      const r = await b.post(FORM, { nachricht: 'ohne Token' }, { csrf: false });
      assert.equal(r.statusCode, 403);
    });

    it('falls back to the body’s contact address when the statement sets none', async () => {
      assert.equal(await feedbackAddressOf(t.database.db, { id: 999_999, contactEmail: 'kontakt@kreis-test.de' }), 'kontakt@kreis-test.de');
      assert.equal(await feedbackAddressOf(t.database.db, { id: t.fixture.bodyId, contactEmail: 'kontakt@kreis-test.de' }), INBOX);
    });
  });
}
