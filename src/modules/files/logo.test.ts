/**
 * The body's logo: the administration uploads a PNG, JPEG or WebP picture (nothing else, at
 * most 5 MB), every page's header shows it and `/logo` serves it with a long cache and an ETag,
 * while its file stays out of `/dateien` and OParl; a stale save keeps the upload for the next
 * try, removing works, a replaced logo is swept, and nobody else reaches the routes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { makePdf } from '../../../test/helpers/fixtures.ts';
import { addStaffAccounts, staffAccounts, type StaffAccountKind } from '../../../test/helpers/staff-accounts.ts';
import { jpeg1x1, makePng, svgWithScript, type Part } from '../../../test/helpers/uploads.ts';
import { recordHistory } from '../audit/index.ts';
import { findBody } from '../bodies/index.ts';
import { uploads } from './files.tables.ts';
import { storeUpload, sweepUnclaimedUploads } from './uploads.ts';

const PAGE = '/verwaltung/einstellungen/logo';
const logoImg = '<img class="site-logo" src="/logo" alt="" width="40" height="40"/>';
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
const headerOf = (html: string) => /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
const logoPart = (fileName: string, bytes: Uint8Array, contentType = 'image/png'): Part => ({ name: 'logo', fileName, bytes, contentType });

for (const engine of testEngines()) {
  describe(`the body's logo (${engine.name})`, () => {
    let t: TestApp;
    let ids: Record<StaffAccountKind, number>;
    const browsers = new Map<StaffAccountKind, Browser>();
    before(async () => {
      t = await openTestApp(engine);
      ids = await addStaffAccounts(t);
    });
    after(() => t.close());

    const as = async (kind: StaffAccountKind) => {
      const known = browsers.get(kind);
      if (known) return known;
      const b = new Browser(t.app);
      await b.login(staffAccounts[kind]);
      await b.get('/');
      browsers.set(kind, b);
      return b;
    };
    const body = async () => {
      const row = await findBody(t.database.db, t.fixture.bodyId);
      assert.ok(row);
      return row;
    };
    const fileCount = async () =>
      (await queryRow(t.database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from files where body_id = ${t.fixture.bodyId}`))?.n;
    /** Loads the page (for its token and version) and posts the form with `parts` after the version. */
    const upload = async (parts: Part[], version?: string) => {
      const admin = await as('admin');
      const page = await admin.get(PAGE);
      return admin.postMultipart(PAGE, [{ name: 'version', value: version ?? versionIn(page.body) }, ...parts]);
    };

    it('offers the upload form, the token before the file, and shows no logo yet', async () => {
      const r = await (await as('admin')).get(PAGE);
      assert.equal(r.statusCode, 200);
      const form = /<form[^>]*enctype="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(r.body)?.[1] ?? '';
      assert.match(r.body, /<form method="post" action="\/verwaltung\/einstellungen\/logo"[^>]*enctype="multipart\/form-data"/);
      assert.ok(form.indexOf('name="_csrf"') >= 0 && form.indexOf('name="_csrf"') < form.indexOf('type="file"'), 'the CSRF token comes first');
      assert.match(form, /accept="image\/png,image\/jpeg,image\/webp"/);
      assert.match(r.body, /SVG-Grafiken werden nicht angenommen, weil sie Skripte enthalten können/);
      assert.match(r.body, /Es ist noch kein Logo hinterlegt\./);
      assert.ok(!r.body.includes('site-logo'));
      assert.equal((await t.app.inject('/logo')).statusCode, 404);
    });

    it('takes a PNG, shows it in the header of every page and serves it at /logo', async () => {
      const png = makePng(64);
      const versionBefore = (await body()).version;
      const r = await upload([logoPart('Wappen Kreis.png', png, 'application/octet-stream')]);
      assert.equal(r.statusCode, 303, r.body);
      assert.equal(r.headers.location, `${PAGE}?hinweis=gespeichert`);
      const saved = await (await as('admin')).get(String(r.headers.location));
      assert.match(saved.body, /Das Logo ist gespeichert\./);
      assert.match(saved.body, /Datei: Wappen Kreis\.png/);
      const stored = await body();
      assert.equal(stored.version, versionBefore + 1);
      assert.ok(stored.logoFileId);

      for (const page of [await t.app.inject('/'), await t.app.inject('/vorlagen'), await (await as('councillor')).get('/mein-bereich')])
        assert.ok(headerOf(page.body).includes(logoImg), 'the logo beside the name');

      const logo = await t.app.inject('/logo');
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers['content-type'], 'image/png');
      assert.deepEqual(logo.rawPayload, png);
      assert.equal(logo.headers['cache-control'], 'public, max-age=86400');
      assert.equal(logo.headers['x-content-type-options'], 'nosniff');
      const etag = String(logo.headers.etag);
      assert.match(etag, /^"[0-9a-f]{64}"$/);
      assert.equal((await t.app.inject({ url: '/logo', headers: { 'if-none-match': etag } })).statusCode, 304);
      // the same answer for those logged in: it may sit in shared caches
      assert.equal((await (await as('admin')).get('/logo')).headers['cache-control'], 'public, max-age=86400');

      // the file stays non-public: in no list, not under /dateien, not in OParl
      assert.equal((await t.app.inject(`/dateien/${stored.logoFileId}`)).statusCode, 404);
      assert.equal((await t.app.inject(`/oparl/v1/file/${stored.logoFileId}`)).statusCode, 404);
      const [claim] = await t.database.db.select().from(uploads).where(eq(uploads.fileId, stored.logoFileId));
      assert.ok(claim?.claimed, 'the logo has claimed its upload');
      const [entry] = await recordHistory(t.database.db, t.fixture.bodyId, 'body', t.fixture.bodyId);
      assert.equal(entry?.by, 'Anna Admin');
      assert.deepEqual(entry?.changes, [{ field: 'Logo', before: '', after: 'Wappen Kreis.png' }]);
    });

    it('refuses a PDF, an SVG and a picture over 5 MB beside the field, and changes nothing', async () => {
      const before = { body: await body(), files: await fileCount() };
      const cases = [
        {
          part: logoPart('logo.png', await makePdf(['kein Bild'])),
          status: 415,
          message: 'Die Datei „logo.png“ hat kein erlaubtes Format. Sie ist eine Datei vom Typ PDF. Erlaubt sind PNG, JPEG und WebP.',
        },
        { part: logoPart('wappen.svg', svgWithScript, 'image/svg+xml'), status: 415, message: 'weil sie Skripte enthalten können' },
        {
          part: logoPart('riesig.png', Buffer.concat([makePng(), Buffer.alloc(5 * 1024 * 1024)])),
          status: 413,
          message: 'Ein Bild darf höchstens 5 MB groß sein.',
        },
      ];
      for (const c of cases) {
        const r = await upload([c.part]);
        assert.equal(r.statusCode, c.status, c.message);
        const error = /<span class="field-error" id="feld-logo-fehler">([^<]*)<\/span>/.exec(r.body)?.[1] ?? '';
        assert.ok(error.includes(c.message), `${error} ∌ ${c.message}`);
        assert.match(r.body, /aria-invalid="true"/);
      }
      const none = await upload([]);
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Bitte wählen Sie eine Bilddatei aus\./);
      assert.deepEqual({ body: await body(), files: await fileCount() }, before);
    });

    it('keeps the upload over a stale save and takes it when saved again', async () => {
      const admin = await as('admin');
      const loaded = versionIn((await admin.get(PAGE)).body);
      const previous = (await body()).logoFileId;
      // someone saves the body's settings meanwhile
      await t.database.db.execute(sql`update bodies set version = version + 1 where id = ${t.fixture.bodyId}`);
      const files = await fileCount();
      const stale = await upload([logoPart('logo-neu.jpg', jpeg1x1, 'image/jpeg')], loaded);
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Inzwischen geändert/);
      assert.match(stale.body, /<td data-label="Ihre Eingabe">logo-neu\.jpg<\/td>\s*<td data-label="Inzwischen gespeichert">Wappen Kreis\.png<\/td>/);
      assert.match(stale.body, /Ihr Bild „logo-neu\.jpg“ ist schon hochgeladen/);
      assert.equal((await body()).logoFileId, previous, 'nothing changed');
      assert.equal(await fileCount(), (files ?? 0) + 1, 'the upload waits to be claimed');
      const pending = /name="hochgeladen" value="(\d+)"/.exec(stale.body)?.[1] ?? '';
      const again = await admin.postMultipart(PAGE, [
        { name: 'version', value: versionIn(stale.body) },
        { name: 'hochgeladen', value: pending },
        { name: 'hochgeladen-name', value: 'logo-neu.jpg' },
        { name: 'logo', fileName: '', bytes: new Uint8Array() },
      ]);
      assert.equal(again.statusCode, 303, again.body);
      const now = await body();
      assert.equal(now.logoFileId, Number(pending));
      assert.equal((await t.app.inject('/logo')).headers['content-type'], 'image/jpeg');
      // the replaced logo is released: the sweep takes it with its bytes
      const [released] = await t.database.db
        .select()
        .from(uploads)
        .where(eq(uploads.fileId, previous ?? 0));
      assert.equal(released?.claimed, null);
      await sweepUnclaimedUploads(t.database.db, t.storage, new Date(Date.now() + 60_000));
      assert.equal(
        (
          await t.database.db
            .select()
            .from(uploads)
            .where(eq(uploads.fileId, previous ?? 0))
        ).length,
        0,
      );
      assert.equal((await t.app.inject('/logo')).statusCode, 200, 'the current logo stays');
    });

    it('does not take someone else’s upload or a document as the logo', async () => {
      const pdf = await storeUpload(t.database.db, t.storage, {
        bodyId: t.fixture.bodyId,
        userId: ids.clerk,
        name: 'Vorlage',
        fileName: 'vorlage.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['x']),
      });
      const own = await storeUpload(t.database.db, t.storage, {
        bodyId: t.fixture.bodyId,
        userId: ids.admin,
        name: 'Vorlage',
        fileName: 'vorlage.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['x']),
      });
      const before = await body();
      for (const id of [pdf.id, own.id]) {
        const r = await upload([{ name: 'hochgeladen', value: String(id) }]);
        assert.equal(r.statusCode, 400);
        assert.match(r.body, /Das hochgeladene Bild ist nicht mehr vorhanden/);
      }
      assert.deepEqual(await body(), before);
    });

    it('removes the logo, version-checked', async () => {
      const admin = await as('admin');
      const page = await admin.get(PAGE);
      const stale = await admin.post(`${PAGE}/entfernen`, { version: String(Number(versionIn(page.body)) - 1) });
      assert.equal(stale.statusCode, 409);
      assert.ok((await body()).logoFileId);
      const r = await admin.post(`${PAGE}/entfernen`, { version: versionIn(page.body) });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, `${PAGE}?hinweis=entfernt`);
      assert.equal((await body()).logoFileId, null);
      assert.ok(!(await t.app.inject('/')).body.includes('site-logo'));
      assert.equal((await t.app.inject('/logo')).statusCode, 404);
      assert.match((await admin.get(`${PAGE}?hinweis=entfernt`)).body, /Das Logo ist entfernt\./);
    });

    it('answers 404 to everyone but the administration on the logo routes', async () => {
      const before = { body: await body(), files: await fileCount() };
      const png = makePng();
      const anonymous = new Browser(t.app);
      for (const who of [anonymous, await as('councillor'), await as('clerk'), await as('sessionService')]) {
        assert.equal((await who.get(PAGE)).statusCode, 404);
        const r = await who.postMultipart(
          PAGE,
          [{ name: 'version', value: String(before.body.version) }, logoPart('logo.png', png)],
          who === anonymous ? { csrf: false } : {},
        );
        assert.equal(r.statusCode, 404);
        assert.equal((await who.post(`${PAGE}/entfernen`, { version: String(before.body.version) }, who === anonymous ? { csrf: false } : {})).statusCode, 404);
      }
      assert.deepEqual({ body: await body(), files: await fileCount() }, before);
    });
  });
}
