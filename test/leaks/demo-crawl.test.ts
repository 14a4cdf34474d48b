/**
 * The whole demo Kreis as an anonymous visitor sees it: starting at the start page, follow every
 * link. No link may be dead, and no non-public title, reference, agenda item or file may appear
 * anywhere, nor be downloadable.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client.ts';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { nonPublicSecrets, openDemoApp, type DemoApp, type Secret } from '../helpers/demo.ts';

/**
 * The month calendar links every month before and after: follow months of the demo's years only,
 * so the crawl ends.
 */
function withinCrawl(url: string): boolean {
  const month = /[?&]monat=(\d{4})-/.exec(url)?.[1];
  return month === undefined || (Number(month) >= 2023 && Number(month) <= 2027);
}

/** iCalendar folds long lines and escapes commas and semicolons (RFC 5545 3.1, 3.3.11). */
function unfoldCalendar(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, '\n');
}

describe('anonymous crawl of the demo Kreis', () => {
  let demo: DemoApp;
  let database: Database;
  let app: FastifyInstance;
  const visited = new Map<string, number>();
  const bodies = new Map<string, string>();
  let secrets: Secret[] = [];
  let hiddenFileIds: number[] = [];

  before(async () => {
    demo = await openDemoApp();
    ({ database, app } = demo);
    secrets = await nonPublicSecrets(database, { files: true });
    hiddenFileIds = (await queryRows(database.db, z.object({ id: z.number() }), sql`select id from files where not public`)).map((r) => r.id);

    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift() ?? '/';
      if (visited.has(url)) continue;
      const res = await app.inject(url);
      visited.set(url, res.statusCode);
      const type = String(res.headers['content-type']);
      // feeds and calendars are searched for secrets too; only pages are followed
      if (/^(text\/calendar|application\/atom\+xml)/.test(type)) bodies.set(url, unfoldCalendar(res.body));
      if (!type.startsWith('text/html')) continue;
      bodies.set(url, res.body);
      for (const [, href] of res.body.matchAll(/href="(\/[^"#]*)/g)) {
        const target = (href ?? '').replace(/&amp;/g, '&');
        if (!target.startsWith('/static/') && !visited.has(target) && withinCrawl(target)) queue.push(target);
      }
    }
  });
  after(() => demo.close());

  it('reaches every public paper and session from the start page', async () => {
    const [counts] = await queryRows(
      database.db,
      z.object({ papers: z.number(), meetings: z.number() }),
      sql`select (select count(*)::int from papers where public) as papers,
        (select count(*)::int from meetings m where exists (select 1 from consultations c join papers p on p.id = c.paper_id where c.meeting_id = m.id and p.public)) as meetings`,
    );
    const paperPages = [...visited.keys()].filter((u) => /^\/vorlagen\/[A-Z]/.test(u));
    const meetingPages = [...visited.keys()].filter((u) => /^\/sitzungen\/\d+$/.test(u));
    assert.equal(paperPages.length, counts?.papers);
    assert.ok(meetingPages.length >= (counts?.meetings ?? 0), `${meetingPages.length} sessions reached`);
  });

  it('finds no dead link', () => {
    const dead = [...visited].filter(([, status]) => status >= 400);
    assert.deepEqual(dead, []);
  });

  it('shows no non-public title, reference, agenda item, resolution or file name on any page', () => {
    assert.ok(secrets.length > 20, `${secrets.length} secrets to look for`);
    // the detector itself must see a secret where one stands
    for (const s of secrets) assert.ok(s.pattern.test(`<td>${s.text}</td>`), s.text);
    const leaks: string[] = [];
    for (const [url, body] of bodies) {
      const text = body
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      for (const s of secrets) if (s.pattern.test(text)) leaks.push(`${url}: ${s.kind} „${s.text}“`);
    }
    assert.deepEqual(leaks, []);
  });

  it('serves no non-public file and links none', async () => {
    assert.ok(hiddenFileIds.length > 0);
    for (const id of hiddenFileIds) {
      assert.equal((await app.inject(`/dateien/${id}`)).statusCode, 404, `file ${id}`);
      assert.ok(![...visited.keys()].some((u) => u.startsWith(`/dateien/${id}/`)), `file ${id} linked`);
    }
  });
});
