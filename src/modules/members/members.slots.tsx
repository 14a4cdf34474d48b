/**
 * @module members/slots
 * What the members' area adds to the core pages for a logged-in reader: the subscription button
 * of a Vorlage, Person or Gremium, the private note on a Vorlage, and whether a session's ZIP
 * holds non-public files. Anonymous readers get
 * nothing, so what the public sees stays unchanged.
 */
import type { Db } from '../../db/client.ts';
import type { PageExtensions } from '../../http/slots.ts';
import { listMeetingDocuments } from './members.area.ts';
import { findNote } from './members.notes.ts';
import { findSubscriptionId } from './members.subscriptions.ts';
import { PaperNoteSection, SubscriptionButton } from './views/MemberControls.tsx';

export function memberPageExtensions(db: Db): PageExtensions {
  return {
    follow: async ({ viewer }, target) => {
      if (viewer.kind !== 'account') return undefined;
      const subscriptionId = await findSubscriptionId(db, viewer.userId, target.kind, target.id);
      return <SubscriptionButton state={{ kind: target.kind, targetId: target.id, subscriptionId, back: target.back }} />;
    },
    // the public's ZIP holds public files only: nothing to say, and the public page stays as it is
    meetingZip: async ({ body, viewer }, target) => {
      if (viewer.kind !== 'account') return undefined;
      const documents = await listMeetingDocuments(db, body.id, viewer, [target.meetingId]);
      return { nonPublic: documents.some((d) => !d.publiclyVisible) };
    },
    paperNote: async ({ viewer }, target) => {
      if (viewer.kind !== 'account') return undefined;
      const note = await findNote(db, viewer.userId, { kind: 'paper', id: target.paperId });
      return <PaperNoteSection note={{ paperId: target.paperId, text: note?.text ?? '', version: note?.version ?? 0, back: `${target.back}#meine-notiz` }} />;
    },
  };
}
