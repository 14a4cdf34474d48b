/**
 * @module auth/own-account
 * `/konto` as its owner sees it: the stored account and the Gremien and units the viewer's
 * rights come from (memberships included), by name.
 */
import type { Db } from '../../db/client.ts';
import type { AccountViewer } from '../../access/index.ts';
import { organizationNames } from '../organizations/index.ts';
import { findAccount, type Account } from './accounts.ts';

export interface OwnAccount {
  account: Account;
  gremien: { id: number; name: string }[];
  units: { id: number; name: string }[];
}

export async function findOwnAccount(db: Db, bodyId: number, viewer: AccountViewer): Promise<OwnAccount | undefined> {
  const account = await findAccount(db, bodyId, viewer.userId);
  if (!account) return undefined;
  // by id alone: the viewer's ids come from its own roles and memberships
  const names = await organizationNames(db, [...viewer.organizationIds, ...viewer.unitIds]);
  const pick = (wanted: number[]) =>
    [...names]
      .filter(([id]) => wanted.includes(id))
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { account, gremien: pick(viewer.organizationIds), units: pick(viewer.unitIds) };
}
