/**
 * @module members/slots
 * What the members' area adds to the core pages for a logged-in reader: the subscription button
 * of a Vorlage, Person or Gremium and the private note on a Vorlage. Anonymous readers get
 * nothing, so what the public sees stays unchanged.
 */
import type { Db } from '../../db/client.ts';
import type { PageExtensions } from '../../http/slots.ts';
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
    paperNote: async ({ viewer }, target) => {
      if (viewer.kind !== 'account') return undefined;
      const note = await findNote(db, viewer.userId, { kind: 'paper', id: target.paperId });
      return <PaperNoteSection note={{ paperId: target.paperId, text: note?.text ?? '', version: note?.version ?? 0, back: `${target.back}#meine-notiz` }} />;
    },
  };
}
