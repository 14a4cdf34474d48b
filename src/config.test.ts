import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('starts without any variable: port 3000, PGlite under ./data, demo data on', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.baseUrl, 'http://localhost:3000');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.demoData, true);
    assert.equal(config.bodyHosts.size, 0);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      BASE_URL: 'https://ratsinfo.kreis-beispiel.de/',
      DATABASE_URL: 'postgres://gremia@db/gremia',
      DATA_DIR: '/var/lib/gremia',
      LOG_LEVEL: 'warn',
      BODY_HOSTS: 'ratsinfo.kreis-a.de=kreis-a, Rat.Stadt-B.de=stadt-b',
      DEMO_DATA: 'nein',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.baseUrl, 'https://ratsinfo.kreis-beispiel.de');
    assert.equal(config.databaseUrl, 'postgres://gremia@db/gremia');
    assert.equal(config.dataDir, '/var/lib/gremia');
    assert.equal(config.logLevel, 'warn');
    assert.deepEqual(
      [...config.bodyHosts],
      [
        ['ratsinfo.kreis-a.de', 'kreis-a'],
        ['rat.stadt-b.de', 'stadt-b'],
      ],
    );
    assert.equal(config.demoData, false);
  });

  it('names every bad variable with a reason in one error', () => {
    assert.throws(
      () =>
        loadConfig({ PORT: '70000', BASE_URL: 'ratsinfo', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'laut', BODY_HOSTS: 'nur-ein-host', DEMO_DATA: 'vielleicht' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        const text = err.problems.join('\n');
        for (const name of ['PORT', 'BASE_URL', 'DATABASE_URL', 'LOG_LEVEL', 'BODY_HOSTS', 'DEMO_DATA']) assert.match(text, new RegExp(`^${name}=`, 'm'));
        assert.match(text, /PORT="70000": muss zwischen 0 und 65535 liegen/);
        assert.match(text, /DATABASE_URL="mysql:\/\/x": muss mit postgres:\/\/ oder postgresql:\/\/ beginnen/);
        return true;
      },
    );
  });

  it('trusts no proxy unless TRUST_PROXY names addresses, networks or ranges, and refuses anything else', () => {
    assert.deepEqual(loadConfig({}).trustProxy, []);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,loopback' }).trustProxy, ['127.0.0.1', '10.0.0.0/8', '::1', 'loopback']);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example', '1.2.3']) {
      assert.throws(
        () => loadConfig({ TRUST_PROXY: bad }),
        (err: unknown) => err instanceof ConfigError && /^TRUST_PROXY=.*keine IP-Adresse/m.test(err.problems.join('\n')),
        bad,
      );
    }
  });
});
