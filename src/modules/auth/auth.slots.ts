/**
 * @module auth/slots
 * What the account module adds to other modules' pages: the accounts linked to a person on the
 * back office's person page, for staff who may read master data only.
 */
import { may } from '../../access/index.ts';
import type { Db } from '../../db/client.ts';
import type { PageExtensions } from '../../http/slots.ts';
import { linkedAccountOf } from './linked-account.ts';

export function accountPageExtensions(db: Db): PageExtensions {
  return {
    linkedAccount: async ({ body, viewer }, target) => (may(viewer, 'masterData.read') ? linkedAccountOf(db, body.id, target.personId) : undefined),
  };
}
