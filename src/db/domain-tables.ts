/**
 * @module db/domain-tables
 * Which tables hold domain data, read off the table definitions (db/table-kinds): the change
 * triggers of the migrations, the page cache and the schema tests are checked against these
 * lists instead of keeping their own.
 */
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';
import { isDomainTable } from './table-kinds.ts';

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/** Every table of the schema, by name. */
export const allTableNames: readonly string[] = tables.map((t) => getTableName(t)).sort();
/** Tables whose changes can change a page: they carry created/modified/deleted_at and a trigger. */
export const domainTableNames: readonly string[] = tables
  .filter(isDomainTable)
  .map((t) => getTableName(t))
  .sort();
export const nonDomainTableNames: readonly string[] = tables
  .filter((t) => !isDomainTable(t))
  .map((t) => getTableName(t))
  .sort();
