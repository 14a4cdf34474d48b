/**
 * @module demo/load
 * Writes the generated Kreis into a database: PDFs are rendered first, then stored while every
 * row goes in within one transaction, in batches of at most 500 rows per statement. Ids come
 * back with a natural key of each row (name, reference, Sitzungsnummer, storage key), so the
 * mapping never depends on the order in which the database returns rows.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bodies, legislativeTerms } from '../bodies/bodies.tables.ts';
import { files } from '../files/files.tables.ts';
import type { FileStorage, StoredObject } from '../../infra/storage.ts';
import { locations } from '../locations/locations.tables.ts';
import { agendaItems, meetingFiles, meetingOrganizations, meetings } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { consultations, paperDirections, paperFiles, paperOriginators, paperRelations, papers, paperSections } from '../papers/papers.tables.ts';
import { memberships, persons } from '../people/people.tables.ts';
import { createDemoAccounts, type DemoAccount } from './demo.accounts.ts';
import { DEMO_SEED, generateDemoData } from './demo.generate.ts';
import { documentText, renderDemoPdf } from './demo.pdf.ts';
import type { DemoData } from './demo.types.ts';
import { inChunks, lookup, mapLimit } from './demo.batches.ts';

/** More parallel writes only add contention on the local disk (measured: 8 beats 16 to 64). */
const STORAGE_CONCURRENCY = 8;

export interface DemoCounts {
  bodies: number;
  legislativeTerms: number;
  locations: number;
  organizations: number;
  persons: number;
  memberships: number;
  files: number;
  meetings: number;
  meetingOrganizations: number;
  meetingFiles: number;
  agendaItems: number;
  papers: number;
  paperSections: number;
  paperFiles: number;
  paperDirections: number;
  paperOriginators: number;
  paperRelations: number;
  consultations: number;
}

export interface DemoSummary {
  bodyId: number;
  bodyKey: string;
  bodyName: string;
  counts: DemoCounts;
  /** Demo logins (password DEMO_PASSWORD). */
  accounts: DemoAccount[];
  /**
   * Milliseconds per phase: data generation, PDF rendering, then storing the bytes and the
   * database transaction, which run side by side (so storageMs and insertMs overlap).
   */
  timings: { generateMs: number; pdfMs: number; storageMs: number; insertMs: number; totalMs: number };
}

export class DemoAlreadyLoadedError extends Error {
  constructor(key: string) {
    super(`Die Demodaten sind bereits geladen: Es gibt schon eine Körperschaft mit dem Schlüssel „${key}“.`);
  }
}

/** True when no body exists yet, not even a deleted one: then start-up may offer the demo. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: bodies.id }).from(bodies).limit(1);
  return rows.length === 0;
}

export async function loadDemoData(db: Db, storage: FileStorage, options: { seed?: number } = {}): Promise<DemoSummary> {
  const started = performance.now();
  const data = generateDemoData(options.seed ?? DEMO_SEED);
  const generated = performance.now();

  // fail before writing any bytes when the demo is already there
  const existing = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.key, data.body.key)).limit(1);
  if (existing.length > 0) throw new DemoAlreadyLoadedError(data.body.key);

  const pdfs: Uint8Array[] = [];
  for (const file of data.files) pdfs.push(await renderDemoPdf(file, data.body.name));
  const rendered = performance.now();
  // Stored outside the transaction (a failed load leaves unreferenced objects, never missing
  // ones) and in parallel with the inserts that do not need file ids: the disk works while
  // the database does.
  let storedAt = rendered;
  const storing = mapLimit(pdfs, STORAGE_CONCURRENCY, (bytes) => storage.put(bytes)).then((objects) => {
    storedAt = performance.now();
    return objects;
  });
  // awaited inside the transaction; this keeps an early failure from being reported as unhandled
  storing.catch(() => undefined);
  const { bodyId, counts } = await db.transaction((tx) => insertAll(tx, data, storing));
  const accounts = await createDemoAccounts(db, bodyId);
  // fresh statistics: before autovacuum gets to it, the planner takes the tables as empty and
  // picks nested seq scans (the members' area took 47 ms instead of 2 on the demo)
  await db.execute(sql`analyze`);
  const finished = performance.now();
  return {
    bodyId,
    bodyKey: data.body.key,
    bodyName: data.body.name,
    counts,
    accounts,
    timings: {
      generateMs: Math.round(generated - started),
      pdfMs: Math.round(rendered - generated),
      storageMs: Math.round(storedAt - rendered),
      insertMs: Math.round(finished - rendered),
      totalMs: Math.round(finished - started),
    },
  };
}

async function insertAll(tx: Db, data: DemoData, storing: Promise<StoredObject[]>): Promise<{ bodyId: number; counts: DemoCounts }> {
  const [bodyRow] = await tx.insert(bodies).values(data.body).returning({ id: bodies.id });
  if (!bodyRow) throw new Error('insert into bodies returned no row');
  const bodyId = bodyRow.id;
  await tx.insert(legislativeTerms).values(data.terms.map((t) => ({ bodyId, ...t })));

  const locationRows = await tx
    .insert(locations)
    .values(data.locations.map(({ key: _key, ...l }) => ({ bodyId, ...l })))
    .returning({ id: locations.id, description: locations.description });
  const locationIdByDescription = new Map(locationRows.map((r) => [r.description ?? '', r.id]));
  const locationIds = new Map(data.locations.map((l) => [l.key, lookup(locationIdByDescription, l.description, 'location')]));

  // parents first, so children can point at them
  const organizationIds = new Map<string, number>();
  for (const level of [data.organizations.filter((o) => !o.parentKey), data.organizations.filter((o) => o.parentKey)]) {
    const rows = await tx
      .insert(organizations)
      .values(
        level.map((o) => ({
          bodyId,
          name: o.name,
          shortName: o.shortName,
          organizationType: o.organizationType,
          classification: o.classification,
          startDate: o.startDate,
          endDate: o.endDate,
          website: o.website,
          position: o.position,
          locationId: o.locationKey ? lookup(locationIds, o.locationKey, 'location') : null,
          subOrganizationOfId: o.parentKey ? lookup(organizationIds, o.parentKey, 'organization') : null,
        })),
      )
      .returning({ id: organizations.id, name: organizations.name });
    const idByName = new Map(rows.map((r) => [r.name, r.id]));
    for (const o of level) organizationIds.set(o.key, lookup(idByName, o.name, 'organization'));
  }

  const personRows = await tx
    .insert(persons)
    .values(data.persons.map(({ key: _key, ...p }) => ({ bodyId, ...p })))
    .returning({ id: persons.id, familyName: persons.familyName, givenName: persons.givenName });
  const personIdByName = new Map(personRows.map((r) => [`${r.givenName ?? ''} ${r.familyName}`, r.id]));
  const personIds = new Map(data.persons.map((p) => [p.key, lookup(personIdByName, `${p.givenName} ${p.familyName}`, 'person')]));
  await inChunks(data.memberships, (chunk) =>
    tx
      .insert(memberships)
      .values(
        chunk.map((m) => ({
          bodyId,
          personId: lookup(personIds, m.personKey, 'person'),
          organizationId: lookup(organizationIds, m.organizationKey, 'organization'),
          role: m.role,
          votingRight: m.votingRight,
          startDate: m.startDate,
          endDate: m.endDate,
          onBehalfOfId: m.onBehalfOfKey ? lookup(organizationIds, m.onBehalfOfKey, 'organization') : null,
        })),
      )
      .then(() => []),
  );

  const meetingRows = await inChunks(data.meetings, (chunk) =>
    tx
      .insert(meetings)
      .values(
        chunk.map((m) => ({
          bodyId,
          name: m.name,
          number: m.key,
          meetingState: m.meetingState,
          cancelled: m.cancelled,
          start: new Date(m.start),
          end: m.end ? new Date(m.end) : null,
          locationId: lookup(locationIds, m.locationKey, 'location'),
        })),
      )
      .returning({ id: meetings.id, number: meetings.number }),
  );
  const meetingIdByNumber = new Map(meetingRows.map((r) => [r.number ?? '', r.id]));
  const meetingIds = new Map(data.meetings.map((m) => [m.key, lookup(meetingIdByNumber, m.key, 'meeting')]));
  const meetingOrganizationRows = data.meetings.flatMap((m) =>
    m.organizationKeys.map((o) => ({
      bodyId,
      meetingId: lookup(meetingIds, m.key, 'meeting'),
      organizationId: lookup(organizationIds, o, 'organization'),
    })),
  );
  await inChunks(meetingOrganizationRows, (chunk) =>
    tx
      .insert(meetingOrganizations)
      .values(chunk)
      .then(() => []),
  );
  const agendaRows = data.meetings.flatMap((m) => m.agendaItems.map((a) => ({ bodyId, meetingId: lookup(meetingIds, m.key, 'meeting'), ...a })));
  const agendaInserted = await inChunks(agendaRows, (chunk) =>
    tx.insert(agendaItems).values(chunk).returning({ id: agendaItems.id, meetingId: agendaItems.meetingId, position: agendaItems.position }),
  );
  const agendaIds = new Map(agendaInserted.map((r) => [`${r.meetingId}/${r.position}`, r.id]));

  const paperRows = await inChunks(data.papers, (chunk) =>
    tx
      .insert(papers)
      .values(
        chunk.map((p) => ({
          bodyId,
          reference: p.reference,
          slug: p.slug,
          name: p.name,
          paperType: p.paperType,
          date: p.date,
          public: p.public,
        })),
      )
      .returning({ id: papers.id, reference: papers.reference }),
  );
  const paperIds = new Map(paperRows.map((r) => [r.reference, r.id]));
  const paperId = (reference: string): number => lookup(paperIds, reference, 'paper');

  const sectionRows = data.papers.flatMap((p) => p.sections.map((s) => ({ bodyId, paperId: paperId(p.reference), ...s })));
  await inChunks(sectionRows, (chunk) =>
    tx
      .insert(paperSections)
      .values(chunk)
      .then(() => []),
  );
  const directionRows = data.papers.flatMap((p) =>
    p.directionKeys.map((o) => ({
      bodyId,
      paperId: paperId(p.reference),
      organizationId: lookup(organizationIds, o, 'organization'),
    })),
  );
  await inChunks(directionRows, (chunk) =>
    tx
      .insert(paperDirections)
      .values(chunk)
      .then(() => []),
  );
  const originatorRows = data.papers.flatMap((p) =>
    p.originators.map((o) => ({
      bodyId,
      paperId: paperId(p.reference),
      organizationId: o.organizationKey ? lookup(organizationIds, o.organizationKey, 'organization') : null,
      personId: o.personKey ? lookup(personIds, o.personKey, 'person') : null,
    })),
  );
  await inChunks(originatorRows, (chunk) =>
    tx
      .insert(paperOriginators)
      .values(chunk)
      .then(() => []),
  );
  const relationRows = data.relations.map((r) => ({ bodyId, paperId: paperId(r.paperReference), relatedPaperId: paperId(r.relatedReference), kind: r.kind }));
  await inChunks(relationRows, (chunk) =>
    tx
      .insert(paperRelations)
      .values(chunk)
      .then(() => []),
  );
  const consultationRows = data.papers.flatMap((p) =>
    p.consultations.map((c) => {
      const meetingId = c.meetingKey ? lookup(meetingIds, c.meetingKey, 'meeting') : null;
      return {
        bodyId,
        paperId: paperId(p.reference),
        position: c.position,
        role: c.role,
        authoritative: c.authoritative,
        meetingId,
        organizationId: lookup(organizationIds, c.organizationKey, 'organization'),
        agendaItemId: meetingId !== null && c.agendaPosition !== null ? lookup(agendaIds, `${meetingId}/${c.agendaPosition}`, 'agenda item') : null,
      };
    }),
  );
  await inChunks(consultationRows, (chunk) =>
    tx
      .insert(consultations)
      .values(chunk)
      .then(() => []),
  );

  // the files last: their bytes were being stored while the rows above went in
  const stored = await storing;
  const fileRows = await inChunks(
    data.files.map((f, i) => ({ f, s: stored[i] })),
    (chunk) =>
      tx
        .insert(files)
        .values(
          chunk.map(({ f, s }) => {
            if (!s) throw new Error(`no stored object for file ${f.key}`);
            return {
              bodyId,
              name: f.name,
              fileName: f.fileName,
              mimeType: 'application/pdf',
              size: s.size,
              sha256: s.sha256,
              storageKey: s.key,
              text: documentText(f),
              // the demo wrote these PDFs and knows their text: no extraction job for them
              textState: 'done' as const,
              textMethod: 'pdf',
              date: f.date,
              public: f.public,
            };
          }),
        )
        .returning({ id: files.id, storageKey: files.storageKey }),
  );
  const fileIdByStorageKey = new Map(fileRows.map((r) => [r.storageKey, r.id]));
  const fileIds = new Map(data.files.map((f, i) => [f.key, lookup(fileIdByStorageKey, stored[i]?.key ?? '', 'stored file')]));

  const meetingFileRows = data.meetings.flatMap((m) =>
    m.files.map((f) => ({
      bodyId,
      meetingId: lookup(meetingIds, m.key, 'meeting'),
      fileId: lookup(fileIds, f.fileKey, 'file'),
      role: f.role,
      position: f.position,
    })),
  );
  await inChunks(meetingFileRows, (chunk) =>
    tx
      .insert(meetingFiles)
      .values(chunk)
      .then(() => []),
  );
  const paperFileRows = data.papers.flatMap((p) =>
    p.files.map((f) => ({
      bodyId,
      paperId: paperId(p.reference),
      fileId: lookup(fileIds, f.fileKey, 'file'),
      role: f.role,
      position: f.position,
    })),
  );
  await inChunks(paperFileRows, (chunk) =>
    tx
      .insert(paperFiles)
      .values(chunk)
      .then(() => []),
  );

  return {
    bodyId,
    counts: {
      bodies: 1,
      legislativeTerms: data.terms.length,
      locations: data.locations.length,
      organizations: data.organizations.length,
      persons: data.persons.length,
      memberships: data.memberships.length,
      files: data.files.length,
      meetings: data.meetings.length,
      meetingOrganizations: meetingOrganizationRows.length,
      meetingFiles: meetingFileRows.length,
      agendaItems: agendaRows.length,
      papers: data.papers.length,
      paperSections: sectionRows.length,
      paperFiles: paperFileRows.length,
      paperDirections: directionRows.length,
      paperOriginators: originatorRows.length,
      paperRelations: relationRows.length,
      consultations: consultationRows.length,
    },
  };
}
