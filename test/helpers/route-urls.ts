/**
 * @module test/helpers/route-urls
 * Concrete URLs for the routes of the registry: every path parameter filled with objects of the
 * non-public fixture (and rows that have no non-public variant), so that tests over the registry
 * cover each new route as soon as it exists.
 */
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import type { RegisteredRoute } from '../../src/http/route-registry.ts';
import type { RouteObjectKind } from '../../src/http/site.ts';
import { createFile } from '../../src/modules/files/index.ts';
import type { TestApp } from './app.ts';
import { makePng } from './uploads.ts';
import type { NonPublicFixture } from './nonpublic-fixture.ts';

export const paramPattern = /:([A-Za-z_]+)\??/g;

/** Ids of rows that have no non-public variant, read from the database. */
export interface PlainIds {
  membership: number;
  location: number;
  legislativeTerm: number;
}

export function paramValues(f: NonPublicFixture, plain: PlainIds, kind: RouteObjectKind): string[] {
  switch (kind) {
    case 'paper':
      return [f.paper.slug, String(f.paper.id)];
    case 'meeting':
      return [String(f.meetings.sozialFuture), String(f.meetings.sozialPast)];
    case 'agendaItem':
      return [String(f.agendaItems.nonPublicItem)];
    case 'file':
      return [f.files.paperAttachment, f.files.agendaItemFile, f.files.protocol, f.files.publicPaperSecretAttachment].map(String);
    case 'organization':
      return [String(f.organizations.sozial), String(f.organizations.integration)];
    case 'person':
      return [String(f.persons.originator), String(f.persons.entitled)];
    case 'account':
      return [String(f.accountIds.entitled)];
    case 'subscription':
    case 'savedSearch':
      return ['1'];
    case 'fileName':
      return ['datei.pdf'];
    case 'body':
      return [String(f.bodyId)];
    case 'consultation':
      return [String(f.consultation)];
    case 'membership':
      return [String(plain.membership)];
    case 'location':
      return [String(plain.location)];
    case 'legislativeTerm':
      return [String(plain.legislativeTerm)];
  }
}

/** Every concrete URL of a route for the fixture: the product of its parameters' values. */
export function urlsOf(route: RegisteredRoute, values: (kind: RouteObjectKind) => string[]): string[] {
  const names = [...route.url.matchAll(paramPattern)].map((m) => m[1] as string);
  let urls = [route.url];
  for (const name of names) {
    const kind = route.objects[name];
    assert.ok(kind, `${route.method} ${route.url}: parameter :${name} does not declare what it names (config.objects)`);
    urls = urls.flatMap((u) => values(kind).map((v) => u.replace(new RegExp(`:${name}\\??`), encodeURIComponent(v))));
  }
  return urls;
}

/**
 * Adds a location, a Wahlperiode and the body's logo (so that `/logo` answers) and reads the ids
 * of rows that have no non-public variant.
 */
export async function loadPlainIds(t: TestApp, f: NonPublicFixture): Promise<PlainIds> {
  await t.database.db.execute(sql`insert into locations (body_id, description, locality) values (${f.bodyId}, 'Kreishaus, Sitzungssaal', 'Lindenhagen')`);
  const logo = await createFile(t.database.db, t.storage, {
    bodyId: f.bodyId,
    name: 'Logo',
    fileName: 'logo.png',
    mimeType: 'image/png',
    bytes: makePng(),
    public: false,
  });
  await t.database.db.execute(sql`update bodies set logo_file_id = ${logo.id} where id = ${f.bodyId}`);
  await t.database.db.execute(sql`insert into legislative_terms (body_id, name, start_date) values (${f.bodyId}, 'Wahlperiode 2023–2028', '2023-06-01')`);
  const [ids] = await queryRows(
    t.database.db,
    z.object({ membership: z.number().nullable(), location: z.number().nullable(), legislative_term: z.number().nullable() }),
    sql`select (select min(id) from memberships) as membership, (select min(id) from locations) as location,
      (select min(id) from legislative_terms) as legislative_term`,
  );
  assert.ok(ids?.membership && ids.location && ids.legislative_term, 'the test body has memberships, locations and terms');
  return { membership: ids.membership, location: ids.location, legislativeTerm: ids.legislative_term };
}
