/**
 * @module db/sql-arrays
 * A list of ids as one array parameter (`= any($1::int[])`) instead of one parameter each: the
 * SQL text stays the same for any number of ids, so PostgreSQL reuses its prepared statement.
 */
import { sql, type SQL } from 'drizzle-orm';

export function intArray(values: readonly number[]): SQL {
  return sql`${sql.param([...values])}::int[]`;
}
