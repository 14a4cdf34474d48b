import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config.ts';
import { createBody } from '../modules/bodies/index.ts';
import { importPapersFromJson } from '../modules/imports/index.ts';
import { testEngines } from '../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../test/helpers/app.ts';
import { buildApp } from './app.ts';

const [engine] = testEngines();

describe('HTTP shell', () => {
  let t: TestApp;
  before(async () => {
    if (!engine) throw new Error('no engine');
    t = await openTestApp(engine);
  });
  after(() => t.close());

  it('serves the only body on any host without configuration', async () => {
    for (const host of ['localhost:3000', 'ratsinfo.example.org', '127.0.0.1']) {
      const res = await t.app.inject({ url: '/vorlagen/VO-2025-246', headers: { host } });
      assert.equal(res.statusCode, 200, host);
      assert.match(res.body, /Kreis Testhausen/);
    }
  });

  it('serves each body on its own host name when hosts are mapped, and nothing on others', async () => {
    const other = await createBody(t.database.db, { key: 'stadt-nebenan', name: 'Stadt Nebenan' });
    const imported = await importPapersFromJson(
      t.database.db,
      t.storage,
      other.id,
      JSON.stringify({ reference: 'VO/2025/246', type: 'Mitteilungsvorlage', name: 'Bericht der Stadt über Spielplätze' }),
      t.dir,
    );
    assert.ok(imported.ok);
    const config = loadConfig({ LOG_LEVEL: 'silent', BODY_HOSTS: 'ris.kreis-testhausen.de=kreis-test,ris.stadt-nebenan.de=stadt-nebenan' });
    const app = await buildApp({ database: t.database, storage: t.storage, config, logger: false });
    try {
      const kreis = await app.inject({ url: '/vorlagen/VO-2025-246', headers: { host: 'ris.kreis-testhausen.de' } });
      assert.match(kreis.body, /Aktionsplan/);
      assert.doesNotMatch(kreis.body, /Spielplätze/);
      const stadt = await app.inject({ url: '/vorlagen/VO-2025-246', headers: { host: 'RIS.Stadt-Nebenan.de:443' } });
      assert.match(stadt.body, /Bericht der Stadt über Spielplätze/);
      assert.match(stadt.body, /Stadt Nebenan/);
      const plain = await app.inject({ url: '/vorlagen/VO-2025-246', headers: { host: 'Ris.Stadt-Nebenan.de:80' } });
      assert.match(plain.body, /<link rel="canonical" href="http:\/\/ris.stadt-nebenan.de\/vorlagen\/VO-2025-246"\/>/);
      const list = await app.inject({ url: '/vorlagen', headers: { host: 'ris.stadt-nebenan.de' } });
      assert.match(list.body, /1 Vorlage<\/p>/);
      const unknown = await app.inject({ url: '/vorlagen/VO-2025-246', headers: { host: 'ris.anderswo.de' } });
      assert.equal(unknown.statusCode, 404);
      assert.doesNotMatch(unknown.body, /Aktionsplan|Spielplätze/);
      assert.equal((await app.inject({ url: '/healthz', headers: { host: 'ris.anderswo.de' } })).body, 'ok');
    } finally {
      await app.close();
    }
  });

  it('serves the stylesheet with a validator and answers 304 when unchanged', async () => {
    const first = await t.app.inject('/static/gremia.css');
    assert.equal(first.statusCode, 200);
    assert.match(String(first.headers['content-type']), /^text\/css/);
    const etag = String(first.headers['etag']);
    const again = await t.app.inject({ url: '/static/gremia.css', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
  });

  it('answers unknown paths with the German 404 page', async () => {
    const res = await t.app.inject('/gibt-es-nicht');
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /Seite nicht gefunden/);
  });

  it('shows the newest public papers on the start page', async () => {
    const res = await t.app.inject('/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/vorlagen\/VO-2025-246"/);
  });
});
