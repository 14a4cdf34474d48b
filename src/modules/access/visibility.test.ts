import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { loadAccountViewer } from '../auth/viewer.ts';
import { files } from '../files/files.tables.ts';
import { agendaItems } from '../meetings/meetings.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { administration, agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, type Viewer } from './visibility.ts';

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
        const paperRows = await db.select({ id: papers.id }).from(papers).where(and(eq(papers.id, f.paper.id), paperVisibleTo(v)));
        assert.equal(paperRows.length === 1, expected[who].paper, 'paper');
        const itemRows = await db.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.id, f.agendaItems.nonPublicItem), agendaItemVisibleTo(v)));
        assert.equal(itemRows.length === 1, expected[who].item, 'agenda item');
        const secretFiles = (['paperAttachment', 'agendaItemFile', 'protocol', 'publicPaperSecretAttachment'] as const).map((k) => f.files[k]);
        const fileRows = await db.select({ id: files.id }).from(files).where(and(inArray(files.id, secretFiles), fileVisibleTo(v)));
        const seen = (Object.keys(f.files) as FileKey[]).filter((k) => fileRows.some((r) => r.id === f.files[k])).sort();
        assert.deepEqual(seen, [...expected[who].files].sort(), 'files');
      });
    }

    it('lets the administration (command line, jobs) see everything', async () => {
      const rows = await t.database.db.select({ id: papers.id }).from(papers).where(and(eq(papers.id, f.paper.id), paperVisibleTo(administration)));
      assert.equal(rows.length, 1);
    });

    it('hides deleted papers from everyone, the administration included', async () => {
      await t.database.db.update(papers).set({ deletedAt: new Date() }).where(eq(papers.id, f.paper.id));
      for (const v of [viewer('admin'), viewer('entitled'), administration]) {
        const rows = await t.database.db.select({ id: papers.id }).from(papers).where(and(eq(papers.id, f.paper.id), paperVisibleTo(v)));
        assert.equal(rows.length, 0);
      }
      await t.database.db.update(papers).set({ deletedAt: null }).where(eq(papers.id, f.paper.id));
    });
  });
}
