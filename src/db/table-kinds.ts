/**
 * @module db/table-kinds
 * Tables that are not OParl-shaped domain data: accounts, sessions, tokens, failed logins, the
 * audit log, secrets, members’ private notes, subscriptions and saved searches, and the search
 * index (derived from domain data, rebuilt by search/index). They have no body-scoped soft deletion
 * and no change-notify trigger, since nothing in them changes what an anonymous reader sees.
 * A table says so where it is defined; db/domain-tables derives the lists from the schema.
 */
import type { PgTable } from 'drizzle-orm/pg-core';

const outside = new WeakSet<PgTable>();

/** Marks a table definition as outside the domain data (see above). */
export function outsideDomain<T extends PgTable>(table: T): T {
  outside.add(table);
  return table;
}

export function isDomainTable(table: PgTable): boolean {
  return !outside.has(table);
}
