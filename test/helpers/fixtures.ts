/**
 * @module test/helpers/fixtures
 * A tiny, exact body for tests: a Kreistag, two committees, one Verwaltung unit, a Fraktion, a
 * person, and meetings on known dates. Tests create their papers through the real import.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Db } from '../../src/db/client.ts';
import { bodies } from '../../src/modules/bodies/bodies.tables.ts';
import { LocalDiskStorage } from '../../src/infra/storage.ts';
import { meetingOrganizations, meetings } from '../../src/modules/meetings/meetings.tables.ts';
import { organizations } from '../../src/modules/organizations/organizations.tables.ts';
import { persons } from '../../src/modules/people/people.tables.ts';

export interface TestBody {
  bodyId: number;
  organizations: { kreistag: number; sozial: number; finanz: number; integration: number; fraktion: number };
  meetings: { sozialPast: number; kreistagFuture: number };
}

async function insertOne<T extends { id: number }>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('fixture insert returned no row');
  return row;
}

export async function createTestBody(db: Db, key = 'kreis-test', name = 'Kreis Testhausen'): Promise<TestBody> {
  const body = await insertOne(db.insert(bodies).values({ key, name }).returning());
  const org = (values: { name: string; shortName?: string; organizationType: 'Gremium' | 'Fraktion' | 'Verwaltungsbereich'; classification: string }) =>
    insertOne(
      db
        .insert(organizations)
        .values({ bodyId: body.id, ...values })
        .returning(),
    );
  const kreistag = await org({ name: 'Kreistag', shortName: 'KT', organizationType: 'Gremium', classification: 'Kreistag' });
  const sozial = await org({ name: 'Sozial- und Gesundheitsausschuss', shortName: 'SGA', organizationType: 'Gremium', classification: 'Ausschuss' });
  const finanz = await org({ name: 'Finanzausschuss', shortName: 'FA', organizationType: 'Gremium', classification: 'Ausschuss' });
  const integration = await org({
    name: 'Koordinierungsstelle für Integration und Teilhabe',
    organizationType: 'Verwaltungsbereich',
    classification: 'Stabsstelle',
  });
  const fraktion = await org({ name: 'Fraktion Bürgerliste', organizationType: 'Fraktion', classification: 'Fraktion' });
  await db.insert(persons).values({ bodyId: body.id, givenName: 'Henrike', familyName: 'Albers', title: ['Dr.'] });
  const meeting = async (organizationId: number, name: string, start: string, state: 'durchgeführt' | 'eingeladen') => {
    const m = await insertOne(
      db
        .insert(meetings)
        .values({ bodyId: body.id, name, start: new Date(start), meetingState: state })
        .returning(),
    );
    await db.insert(meetingOrganizations).values({ bodyId: body.id, meetingId: m.id, organizationId });
    return m.id;
  };
  return {
    bodyId: body.id,
    organizations: { kreistag: kreistag.id, sozial: sozial.id, finanz: finanz.id, integration: integration.id, fraktion: fraktion.id },
    meetings: {
      sozialPast: await meeting(sozial.id, '12. Sitzung des Sozial- und Gesundheitsausschusses', '2025-06-03T15:00:00Z', 'durchgeführt'),
      kreistagFuture: await meeting(kreistag.id, '8. Sitzung des Kreistages', '2099-07-10T16:00:00Z', 'eingeladen'),
    },
  };
}

/** A real one-page PDF with the given lines of text. */
export async function makePdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  return doc.save();
}

export async function tempDir(prefix = 'gremia-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function tempStorage(): Promise<LocalDiskStorage> {
  return new LocalDiskStorage(await tempDir('gremia-files-'));
}
