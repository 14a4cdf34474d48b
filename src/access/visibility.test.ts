import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../db/rows.ts';
import { z } from '../lib/validation.ts';
import { testEngines } from '../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../test/helpers/app.ts';
import { addNonPublicFixture, type NonPublicFixture } from '../../test/helpers/nonpublic-fixture.ts';
import { createSession, findSession } from '../modules/auth/index.ts';
import { loadAccountViewer } from '../modules/auth/index.ts';
import { createFile } from '../modules/files/index.ts';
import { files } from '../modules/files/files.tables.ts';
import { agendaItemFiles, agendaItems } from '../modules/meetings/meetings.tables.ts';
import { consultations, papers } from '../modules/papers/papers.tables.ts';
import { makePdf } from '../../test/helpers/fixtures.ts';
import { administration, agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, publicRegardlessOfDeletion, type Viewer } from './visibility.ts';

type Who = 'anonymous' | 'entitled' | 'otherCommittee' | 'invitee' | 'staff' | 'admin';
type FileKey = keyof NonPublicFixture['files'];

/** Who sees the non-public paper, the non-public agenda item and each non-public file. */
const expected: Record<Who, { paper: boolean; item: boolean; files: FileKey[] }> = {
  anonymous: { paper: false, item: false, files: [] },
  // deputy member of the Sozialausschuss: everything of that Gremium, older sessions included
  entitled: { paper: true, item: true, files: ['paperAttachment', 'agendaItemFile', 'protocol', 'publicPaperSecretAttachment'] },
  // member of another committee; the Sozialausschuss membership ended in 2023
  otherCommittee: { paper: false, item: false, files: [] },
  // invited to the 2099 session only: that session's content, not the 2025 minutes
  invitee: { paper: true, item: true, files: ['paperAttachment', 'agendaItemFile'] },
  // the unit in charge of both papers: their items and files, not the minutes
  staff: { paper: true, item: true, files: ['paperAttachment', 'agendaItemFile', 'publicPaperSecretAttachment'] },
  admin: { paper: true, item: true, files: ['paperAttachment', 'agendaItemFile', 'protocol', 'publicPaperSecretAttachment'] },
};

for (const engine of testEngines()) {
  describe(`visibility policy (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    const viewers = new Map<Who, Viewer>();
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      viewers.set('anonymous', anonymous);
      for (const who of ['entitled', 'otherCommittee', 'invitee', 'staff', 'admin'] as const) {
        const token = await createSession(t.database.db, f.accountIds[who], new Date());
        const session = await findSession(t.database.db, t.fixture.bodyId, token, new Date());
        assert.ok(session);
        viewers.set(who, await loadAccountViewer(t.database.db, session, '2026-12-02'));
      }
    });
    after(() => t.close());

    const viewer = (who: Who) => {
      const v = viewers.get(who);
      assert.ok(v);
      return v;
    };

    for (const who of Object.keys(expected) as Who[]) {
      it(`gives ${who} exactly the non-public paper, agenda item and files it is entitled to`, async () => {
        const db = t.database.db;
        const v = viewer(who);
        const paperRows = await db
          .select({ id: papers.id })
          .from(papers)
          .where(and(eq(papers.id, f.paper.id), paperVisibleTo(v)));
        assert.equal(paperRows.length === 1, expected[who].paper, 'paper');
        const itemRows = await db
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .where(and(eq(agendaItems.id, f.agendaItems.nonPublicItem), agendaItemVisibleTo(v)));
        assert.equal(itemRows.length === 1, expected[who].item, 'agenda item');
        const secretFiles = (['paperAttachment', 'agendaItemFile', 'protocol', 'publicPaperSecretAttachment'] as const).map((k) => f.files[k]);
        const fileRows = await db
          .select({ id: files.id })
          .from(files)
          .where(and(inArray(files.id, secretFiles), fileVisibleTo(v)));
        const seen = (Object.keys(f.files) as FileKey[]).filter((k) => fileRows.some((r) => r.id === f.files[k])).sort();
        assert.deepEqual(seen, [...expected[who].files].sort(), 'files');
      });
    }

    it('lets the administration (command line, jobs) see everything', async () => {
      const rows = await t.database.db
        .select({ id: papers.id })
        .from(papers)
        .where(and(eq(papers.id, f.paper.id), paperVisibleTo(administration)));
      assert.equal(rows.length, 1);
    });

    it('hides deleted papers from everyone, the administration included', async () => {
      await t.database.db.update(papers).set({ deletedAt: new Date() }).where(eq(papers.id, f.paper.id));
      for (const v of [viewer('admin'), viewer('entitled'), administration]) {
        const rows = await t.database.db
          .select({ id: papers.id })
          .from(papers)
          .where(and(eq(papers.id, f.paper.id), paperVisibleTo(v)));
        assert.equal(rows.length, 0);
      }
      await t.database.db.update(papers).set({ deletedAt: null }).where(eq(papers.id, f.paper.id));
    });

    /**
     * Derived visibility: an agenda item flagged public that a consultation (live or dropped)
     * links to the non-public paper VO/2099/7 is non-public, and so is its file flagged public.
     * It sits in the Kreistag session, whose non-public part nobody of the fixture may see, so
     * only who is entitled to the paper sees it.
     */
    describe('an agenda item of a non-public paper', () => {
      let itemId: number;
      let fileId: number;
      let controlItemId: number;
      let controlFileId: number;
      before(async () => {
        const db = t.database.db;
        const item = async (number: string, name: string) => {
          const [row] = await db
            .insert(agendaItems)
            .values({ bodyId: f.bodyId, meetingId: t.fixture.meetings.kreistagFuture, number, position: 20 + Number(number.slice(2)), name, public: true })
            .returning({ id: agendaItems.id });
          assert.ok(row);
          return row.id;
        };
        const file = async (name: string, agendaItemId: number) => {
          const created = await createFile(db, t.storage, {
            bodyId: f.bodyId,
            name,
            fileName: `${name}.pdf`,
            mimeType: 'application/pdf',
            bytes: await makePdf([name]),
            public: true,
          });
          await db.insert(agendaItemFiles).values({ bodyId: f.bodyId, agendaItemId, fileId: created.id, role: 'auxiliary' });
          return created.id;
        };
        itemId = await item('Ö 8', 'Grundstücksankauf Quokkaweg (Kreistag)');
        fileId = await file('Lageplan Quokkaweg', itemId);
        controlItemId = await item('Ö 9', 'Aktionsplan (Kreistag)');
        controlFileId = await file('Aktionsplan Anlage', controlItemId);
        const [publicPaper] = await db.select({ id: papers.id }).from(papers).where(eq(papers.reference, 'VO/2025/246'));
        assert.ok(publicPaper);
        await db.insert(consultations).values([
          // a dropped step (re-import with another Beratungsfolge): it still hides the item
          {
            bodyId: f.bodyId,
            paperId: f.paper.id,
            position: 5,
            organizationId: t.fixture.organizations.kreistag,
            meetingId: t.fixture.meetings.kreistagFuture,
            agendaItemId: itemId,
            role: 'Entscheidung',
            deletedAt: new Date(),
          },
          // the control: an item of a public paper only
          {
            bodyId: f.bodyId,
            paperId: publicPaper.id,
            position: 5,
            organizationId: t.fixture.organizations.kreistag,
            meetingId: t.fixture.meetings.kreistagFuture,
            agendaItemId: controlItemId,
            role: 'Entscheidung',
          },
        ]);
      });

      const sees = async (v: Viewer) => {
        const db = t.database.db;
        const items = await db
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .where(and(inArray(agendaItems.id, [itemId, controlItemId]), agendaItemVisibleTo(v)));
        const fileRows = await db
          .select({ id: files.id })
          .from(files)
          .where(and(inArray(files.id, [fileId, controlFileId]), fileVisibleTo(v)));
        return {
          item: items.some((r) => r.id === itemId),
          file: fileRows.some((r) => r.id === fileId),
          control: items.some((r) => r.id === controlItemId) && fileRows.some((r) => r.id === controlFileId),
        };
      };

      it('hides the item and its file from the public, whatever their own flags say', async () => {
        assert.deepEqual(await sees(anonymous), { item: false, file: false, control: true });
      });

      it('applies the same rule through an alias', async () => {
        const [row] = await queryRows(
          t.database.db,
          z.object({ items: z.array(z.number()), files: z.array(z.number()), flagged: z.array(z.number()), regardless: z.array(z.number()) }),
          sql`select
              array(select a.id from agenda_items a where a.id in (${itemId}, ${controlItemId}) and ${agendaItemVisibleTo(anonymous, 'a')} order by a.id) as items,
              array(select x.id from files x where x.id in (${fileId}, ${controlFileId}) and ${fileVisibleTo(anonymous, 'x')} order by x.id) as files,
              array(select a.id from agenda_items a where a.id in (${itemId}, ${controlItemId}) and ${publicRegardlessOfDeletion.agendaItem('a')} order by a.id) as flagged,
              array(select x.id from files x where x.id in (${fileId}, ${controlFileId}) and ${publicRegardlessOfDeletion.file('x')} order by x.id) as regardless`,
        );
        assert.deepEqual(row, { items: [controlItemId], files: [controlFileId], flagged: [controlItemId], regardless: [controlFileId] });
        const [entitled] = await queryRows(
          t.database.db,
          z.object({ items: z.array(z.number()) }),
          sql`select array(select a.id from agenda_items a where a.id in (${itemId}, ${controlItemId}) and ${agendaItemVisibleTo(viewer('staff'), 'a')} order by a.id) as items`,
        );
        assert.deepEqual(
          entitled?.items,
          [itemId, controlItemId].sort((x, y) => x - y),
        );
      });

      it('shows it to who is entitled to the paper, and not to who is not', async () => {
        // the Sachbearbeitung of the paper's unit and the Sozialausschuss member (its Beratungsfolge)
        assert.deepEqual(await sees(viewer('staff')), { item: true, file: true, control: true });
        assert.deepEqual(await sees(viewer('entitled')), { item: true, file: true, control: true });
        assert.deepEqual(await sees(viewer('otherCommittee')), { item: false, file: false, control: true });
        assert.deepEqual(await sees(viewer('admin')), { item: true, file: true, control: true });
      });

      it('gives the item back to the public when the paper becomes public', async () => {
        await t.database.db.update(papers).set({ public: true }).where(eq(papers.id, f.paper.id));
        try {
          assert.deepEqual(await sees(anonymous), { item: true, file: true, control: true });
        } finally {
          await t.database.db.update(papers).set({ public: false }).where(eq(papers.id, f.paper.id));
        }
        assert.deepEqual(await sees(anonymous), { item: false, file: false, control: true });
      });
    });
  });
}
