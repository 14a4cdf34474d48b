/**
 * The whole demo Kreis as an anonymous visitor sees it: starting at the start page, follow every
 * link. No link may be dead, and no non-public title, reference, agenda item or file may appear
 * anywhere, nor be downloadable.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { queryRows } from '../../src/db/rows.ts';
import { loadDemoData } from '../../src/modules/demo/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { testEngines } from '../helpers/db.ts';
import { tempStorage } from '../helpers/fixtures.ts';

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
  return text.replace(/\r\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
}

describe('anonymous crawl of the demo Kreis', () => {
  let database: Database;
  let app: FastifyInstance;
  const visited = new Map<string, number>();
  const bodies = new Map<string, string>();
  let secrets: { kind: string; text: string; pattern: RegExp }[] = [];
  let hiddenFileIds: number[] = [];

  before(async () => {
    const [engine] = testEngines();
    assert.ok(engine);
    database = await engine.open();
    const storage = await tempStorage();
    await loadDemoData(database.db, storage);
    app = await buildApp({ database, storage, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false });

    // what must never show: non-public strings that no public object shares
    const rows = await queryRows<{ kind: string; text: string }>(
      database.db,
      sql`select 'paper title' as kind, name as text from papers p where not public
            and not exists (select 1 from papers q where q.public and q.name = p.name)
            and not exists (select 1 from agenda_items a where a.public and a.name = p.name)
          union select 'paper reference', reference from papers where not public
          union select 'agenda item', name from agenda_items a where not public
            and not exists (select 1 from agenda_items b where b.public and b.name = a.name)
            and not exists (select 1 from papers q where q.public and q.name = a.name)
          union select 'resolution', resolution_text from agenda_items a where not public and resolution_text is not null
            and not exists (select 1 from agenda_items b where b.public and b.resolution_text = a.resolution_text)
          union select 'file', name from files f where not public
            and not exists (select 1 from files g where g.public and g.name = f.name)`,
    );
    // whole words only: „VO/2026/3“ must not match inside „VO/2026/34“
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    secrets = rows
      .filter((r) => r.text.length >= 8)
      .map((r) => ({ ...r, pattern: new RegExp(`(?<![\\p{L}\\p{N}/])${escape(r.text)}(?![\\p{L}\\p{N}/])`, 'u') }));
    hiddenFileIds = (await queryRows<{ id: number }>(database.db, sql`select id from files where not public`)).map((r) => r.id);

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
  after(async () => {
    await app.close();
    await database.close();
  });

  it('reaches every public paper and session from the start page', async () => {
    const [counts] = await queryRows<{ papers: number; meetings: number }>(
      database.db,
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
      const text = body.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
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
