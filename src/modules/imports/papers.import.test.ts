import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { administration, anonymous } from '../../access/index.ts';
import { createTestBody, makePdf, tempDir, tempStorage, type TestBody } from '../../../test/helpers/fixtures.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { aktionsplanLines, beschlussvorlage, massnahmenLines } from '../../../test/fixtures/beschlussvorlage.ts';
import type { LocalDiskStorage } from '../../infra/storage.ts';
import { findPaperPage } from '../papers/index.ts';
import { importPapersFromJson } from './papers.import-json.ts';

async function countRows(database: Database, table: string): Promise<number> {
  const [row] = await queryRows(database.db, z.object({ n: z.number() }), sql.raw(`select count(*)::int as n from ${table} where deleted_at is null`));
  return Number(row?.n);
}

for (const engine of testEngines()) {
  describe(`paper import (${engine.name})`, () => {
    let database: Database;
    let storage: LocalDiskStorage;
    let fixture: TestBody;
    let dir: string;

    before(async () => {
      database = await engine.open();
      storage = await tempStorage();
      fixture = await createTestBody(database.db);
      dir = await tempDir();
      await fs.writeFile(path.join(dir, 'aktionsplan.pdf'), await makePdf(aktionsplanLines));
      await fs.writeFile(path.join(dir, 'massnahmen.pdf'), await makePdf(massnahmenLines));
    });
    after(() => database.close());

    const run = (doc: unknown) => importPapersFromJson(database.db, storage, fixture.bodyId, JSON.stringify(doc, null, 2), dir);

    it('creates a Beschlussvorlage with its sections, Beratungsfolge and attachments', async () => {
      const result = await run(beschlussvorlage);
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value[0]?.slug, 'VO-2025-246');
      const page = await findPaperPage(database.db, fixture.bodyId, anonymous, 'VO-2025-246');
      assert.ok(page);
      assert.deepEqual(
        page.sections.map((s) => s.heading),
        ['Sachverhalt', 'Beschlussempfehlung', 'Relevanz für den Klimaschutz', 'Finanzielle Auswirkungen'],
      );
      assert.match(page.sections[1]?.bodyHtml ?? '', /^<p>Der Sozial- und Gesundheitsausschuss empfiehlt/);
      assert.deepEqual(
        page.underDirectionOf.map((o) => o.name),
        ['Koordinierungsstelle für Integration und Teilhabe'],
      );
      assert.deepEqual(
        page.consultations.map((c) => [c.organization?.name, c.role, c.authoritative, c.meeting?.id]),
        [
          ['Sozial- und Gesundheitsausschuss', 'Vorberatung', false, fixture.meetings.sozialPast],
          ['Kreistag', 'Entscheidung', true, fixture.meetings.kreistagFuture],
        ],
      );
      const first = page.consultations[0]?.agendaItem;
      assert.ok(first?.visible);
      assert.equal(first.result, 'beschlossen');
      assert.equal(first.number, 'Ö 1');
      assert.deepEqual(
        page.files.map((f) => [f.name, f.role, f.mimeType]),
        [
          ['Aktionsplan Zusammen ankommen', 'main', 'application/pdf'],
          ['Übersicht der Maßnahmen', 'auxiliary', 'application/pdf'],
        ],
      );
    });

    it('extracts the text of imported PDFs', async () => {
      const [row] = await queryRows(database.db, z.object({ text: z.string() }), sql`select text from files where name = 'Übersicht der Maßnahmen'`);
      assert.match(String(row?.text), /Lotsinnen und Lotsen für Behördengänge/);
    });

    it('updates by reference: same paper, same agenda item, unchanged attachments keep their ids', async () => {
      const before = await findPaperPage(database.db, fixture.bodyId, anonymous, 'VO-2025-246');
      const result = await run({ ...beschlussvorlage, name: 'Aktionsplan „Zusammen ankommen“ (geändert)', files: [beschlussvorlage.files[0]] });
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value[0]?.created, false);
      const page = await findPaperPage(database.db, fixture.bodyId, anonymous, 'VO-2025-246');
      assert.equal(page?.id, before?.id);
      assert.equal(page?.name, 'Aktionsplan „Zusammen ankommen“ (geändert)');
      assert.deepEqual(
        page?.files.map((f) => f.id),
        [before?.files[0]?.id],
      );
      assert.deepEqual(
        page?.consultations.map((c) => (c.agendaItem?.visible ? c.agendaItem.id : null)),
        before?.consultations.map((c) => (c.agendaItem?.visible ? c.agendaItem.id : null)),
      );
      assert.equal(await countRows(database, 'paper_sections'), 4);
      assert.equal(await countRows(database, 'agenda_items'), 2);
    });

    it('reports every problem with its line and writes nothing when one paper of a batch is bad', async () => {
      const papersBefore = await countRows(database, 'papers');
      const good = { ...beschlussvorlage, reference: 'VO/2025/300' };
      const bad = {
        ...beschlussvorlage,
        reference: 'VO/2025/301',
        consultations: [{ organization: 'Ausschuss für Mondfahrt', role: 'Vorberatung' }],
      };
      const result = await run({ papers: [good, bad] });
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.equal(result.error.length, 1);
      assert.equal(result.error[0]?.path, 'papers.1.consultations.0.organization');
      assert.match(result.error[0]?.message ?? '', /Ausschuss für Mondfahrt.*nicht gefunden/);
      // line of "organization" inside the second paper, as JSON.stringify(…, 2) lays it out
      const text = JSON.stringify({ papers: [good, bad] }, null, 2).split('\n');
      const expectedLine = text.findIndex((l) => l.includes('Ausschuss für Mondfahrt')) + 1;
      assert.equal(result.error[0]?.line, expectedLine);
      assert.equal(await countRows(database, 'papers'), papersBefore);
    });

    it('rejects malformed JSON and schema errors with German messages and line numbers', async () => {
      const broken = await importPapersFromJson(database.db, storage, fixture.bodyId, '{\n  "reference": "X",\n  "type": }', dir);
      assert.ok(!broken.ok);
      assert.equal(broken.error[0]?.line, 3);
      assert.match(broken.error[0]?.message ?? '', /JSON-Syntaxfehler: Wert erwartet/);

      const invalid = await run({ ...beschlussvorlage, date: '2025-02-30', sections: [{ kind: 'Vorwort', text: 'x' }], farbe: 'blau' });
      assert.ok(!invalid.ok);
      const byPath = Object.fromEntries(invalid.error.map((p) => [p.path, p.message]));
      assert.match(byPath['date'] ?? '', /kein gültiges Kalenderdatum/);
      assert.match(byPath['sections.0.kind'] ?? '', /Abschnittsart/);
      assert.match(byPath['farbe'] ?? '', /unbekanntes Feld/);
    });

    it('reports a bad date, an unknown Gremium, person and attachment of one file in one run, in document order', async () => {
      const doc = {
        ...beschlussvorlage,
        reference: 'VO/2025/310',
        date: '31.05.2025',
        originatorPersons: ['Hein Mück'],
        consultations: [
          { organization: 'Sozial- und Gesundheitsausschuss', meetingDate: '2025-06-04', role: 'Vorberatung' },
          { organization: 'Ausschuss für Mondfahrt', role: 'Entscheidung' },
        ],
        files: [{ path: 'fehlt.pdf' }],
      };
      const result = await run(doc);
      assert.ok(!result.ok);
      const text = JSON.stringify(doc, null, 2).split('\n');
      const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
      assert.deepEqual(
        result.error.map((p) => [p.path, p.line]),
        [
          ['date', lineOf('31.05.2025')],
          ['originatorPersons.0', lineOf('Hein Mück')],
          ['consultations.0.meetingDate', lineOf('2025-06-04')],
          ['consultations.1.organization', lineOf('Mondfahrt')],
          ['files.0.path', lineOf('fehlt.pdf')],
        ].sort((a, b) => Number(a[1]) - Number(b[1])),
      );
      const messages = result.error.map((p) => p.message).join('\n');
      assert.match(messages, /Datum im Format JJJJ-MM-TT/);
      assert.match(messages, /Person „Hein Mück“ nicht gefunden/);
      assert.match(messages, /Sitzung von „Sozial- und Gesundheitsausschuss“ am 2025-06-04 nicht gefunden/);
      assert.match(messages, /Gremium „Ausschuss für Mondfahrt“ nicht gefunden/);
      assert.match(messages, /fehlt\.pdf/);
    });

    it('reports a missing attachment together with an unknown Gremium when the format is right', async () => {
      const result = await run({
        ...beschlussvorlage,
        reference: 'VO/2025/311',
        consultations: [{ organization: 'Ausschuss für Mondfahrt', role: 'Entscheidung' }],
        files: [{ path: 'aktionsplan.pdf' }, { path: 'fehlt.pdf' }],
      });
      assert.ok(!result.ok);
      assert.deepEqual(
        result.error.map((p) => p.path),
        ['consultations.0.organization', 'files.1.path'],
      );
    });

    it('names a missing attachment file', async () => {
      const result = await run({ ...beschlussvorlage, reference: 'VO/2025/302', files: [{ path: 'fehlt.pdf' }] });
      assert.ok(!result.ok);
      assert.equal(result.error[0]?.path, 'files.0.path');
    });

    it('refuses a second reference with the same permalink', async () => {
      const result = await run({ ...beschlussvorlage, reference: 'VO-2025-246', files: [] });
      assert.ok(!result.ok);
      assert.match(result.error[0]?.message ?? '', /dieselbe Adresse \/vorlagen\/VO-2025-246/);
    });

    it('sanitises section HTML: no script, no handlers, no javascript: links', async () => {
      const result = await run({
        reference: 'AN/2025/7',
        type: 'Antrag',
        name: 'Antrag <script>alert(1)</script>',
        sections: [
          {
            kind: 'Begründung',
            html: '<p onclick="steal()">Text<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">Link</a></p><style>p{}</style>',
          },
        ],
      });
      assert.ok(result.ok, JSON.stringify(result));
      const page = await findPaperPage(database.db, fixture.bodyId, anonymous, 'AN-2025-7');
      assert.equal(page?.sections[0]?.bodyHtml, '<p>Text<a rel="noopener">Link</a></p>');
    });

    it('links an Antwort to its Anfrage both ways, and hides a non-public related paper', async () => {
      const result = await run({
        papers: [
          {
            reference: 'AF/2025/3',
            type: 'Anfrage',
            name: 'Anfrage zu Wartezeiten bei der Führerscheinstelle',
            originatorPersons: ['Dr. Henrike Albers'],
            originatorOrganizations: ['Fraktion Bürgerliste'],
          },
          { reference: 'VO/2025/410', type: 'Beschlussvorlage', name: 'Vertrauliche Personalangelegenheit', public: false },
          { reference: 'AW/2025/3', type: 'Antwort', name: 'Antwort zu Wartezeiten', superordinated: ['AF/2025/3'], related: ['VO/2025/246', 'VO/2025/410'] },
        ],
      });
      assert.ok(result.ok, JSON.stringify(result));
      const answer = await findPaperPage(database.db, fixture.bodyId, anonymous, 'AW-2025-3');
      assert.deepEqual(
        answer?.superordinated.map((p) => p.reference),
        ['AF/2025/3'],
      );
      assert.deepEqual(
        answer?.related.map((p) => p.reference),
        ['VO/2025/246'],
      );
      const question = await findPaperPage(database.db, fixture.bodyId, anonymous, 'AF-2025-3');
      assert.deepEqual(
        question?.subordinated.map((p) => p.reference),
        ['AW/2025/3'],
      );
      assert.deepEqual(question?.originators, [
        { kind: 'organization', id: fixture.organizations.fraktion, name: 'Fraktion Bürgerliste' },
        { kind: 'person', id: question?.originators[1]?.id, name: 'Dr. Henrike Albers' },
      ]);
      const internal = await findPaperPage(database.db, fixture.bodyId, administration, 'AW-2025-3');
      assert.deepEqual(internal?.related.map((p) => p.reference).sort(), ['VO/2025/246', 'VO/2025/410']);
    });

    it('keeps a non-public paper and its files from anonymous readers, even a file flagged public', async () => {
      const result = await run({
        ...beschlussvorlage,
        reference: 'VO/2025/400',
        name: 'Grundstücksangelegenheit Flurstück 12',
        public: false,
        consultations: [{ organization: 'Finanzausschuss', role: 'Entscheidung' }],
        files: [{ path: 'aktionsplan.pdf', public: true }],
      });
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(await findPaperPage(database.db, fixture.bodyId, anonymous, 'VO-2025-400'), undefined);
      const internal = await findPaperPage(database.db, fixture.bodyId, administration, 'VO-2025-400');
      assert.equal(internal?.name, 'Grundstücksangelegenheit Flurstück 12');
      // force the flag on: the policy must still hide it, because its paper is non-public
      const fileId = internal?.files[0]?.id ?? -1;
      await database.db.execute(sql`update files set public = true where id = ${fileId}`);
      const { findVisibleFile } = await import('../files/index.ts');
      assert.equal(await findVisibleFile(database.db, fixture.bodyId, anonymous, fileId), undefined);
      assert.ok(await findVisibleFile(database.db, fixture.bodyId, administration, fileId));
    });
  });
}
