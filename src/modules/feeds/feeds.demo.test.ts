/**
 * Every feed of the demo Kreis as an anonymous reader gets it: the body's calendar, each Gremium's
 * and each session's, the papers feed for every Art and every Gremium, the decisions feed. All
 * parse, and none holds a non-public title, reference, agenda item or resolution.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { nonPublicSecrets, openDemoApp, type DemoApp, type Secret } from '../../../test/helpers/demo.ts';
import { FEED_SIZE } from './atom.queries.ts';
import { parseAtom, parseCalendar, unfolded } from './feeds.test-support.ts';

const icalUnescape = (text: string) => text.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const xmlUnescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

describe('feeds of the demo Kreis', () => {
  let demo: DemoApp;
  let database: Database;
  let app: FastifyInstance;
  const feeds = new Map<string, string>();
  let secrets: Secret[] = [];
  let visibleByType = new Map<string, number>();

  before(async () => {
    demo = await openDemoApp();
    ({ database, app } = demo);
    secrets = await nonPublicSecrets(database, { files: false });

    const ids = async (query: ReturnType<typeof sql>) => (await queryRows(database.db, z.object({ id: z.number() }), query)).map((r) => r.id);
    const organizations = await ids(sql`select id from organizations`);
    const meetings = await ids(sql`select id from meetings where start is not null`);
    const types = await queryRows(
      database.db,
      z.object({ type: z.string(), visible: z.number() }),
      sql`select paper_type as type, (count(*) filter (where public))::int as visible from papers group by paper_type`,
    );
    visibleByType = new Map(types.map((t) => [t.type, t.visible]));
    const urls = [
      '/sitzungen.ics',
      ...organizations.map((id) => `/gremien/${id}/sitzungen.ics`),
      ...meetings.map((id) => `/sitzungen/${id}.ics`),
      '/vorlagen.atom',
      ...types.map((t) => `/vorlagen.atom?art=${encodeURIComponent(t.type)}`),
      ...organizations.map((id) => `/vorlagen.atom?gremium=${id}`),
      '/beschluesse.atom',
    ];
    for (const url of urls) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, url);
      feeds.set(url, res.body);
    }
  });
  after(() => demo.close());

  it('answers every feed with a document its parser reads', () => {
    let events = 0;
    for (const [url, body] of feeds) {
      if (url.endsWith('.ics')) events += parseCalendar(body).events.length;
      else parseAtom(body);
    }
    assert.ok(events > 100, `${events} events`);
    assert.equal(parseAtom(feeds.get('/beschluesse.atom') ?? '').entries.length, FEED_SIZE);
  });

  it('counts only visible papers in the feed of each Art', () => {
    for (const [type, visible] of visibleByType) {
      const feed = parseAtom(feeds.get(`/vorlagen.atom?art=${encodeURIComponent(type)}`) ?? '');
      assert.equal(feed.entries.length, Math.min(visible, FEED_SIZE), type);
    }
  });

  it('holds no non-public title, reference, agenda item or resolution in any feed', () => {
    assert.ok(secrets.length > 20, `${secrets.length} secrets to look for`);
    const leaks: string[] = [];
    for (const [url, body] of feeds) {
      const text = url.endsWith('.ics') ? icalUnescape(unfolded(body)) : xmlUnescape(body);
      for (const s of secrets) if (s.pattern.test(text)) leaks.push(`${url}: ${s.kind} „${s.text}“`);
    }
    assert.deepEqual(leaks, []);
  });
});
