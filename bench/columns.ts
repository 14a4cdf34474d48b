/**
 * Column lists of the bench's raw inserts, named by the Drizzle table definitions: a renamed
 * or dropped column fails the type check here instead of minutes into a generation run.
 */
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';

/** `"papers" ("id", "body_id", …)`: the target of an `insert into`, columns in the order given. */
export function insertTarget<T extends Table>(table: T, ...keys: Array<keyof T['_']['columns'] & string>): string {
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return `"${column.name}"`;
  });
  return `"${getTableName(table)}" (${names.join(', ')})`;
}

/** Moves the identity of `table`'s `id` column past the largest id, after inserts with explicit ids. */
export function identityAfterExplicitIds(table: Table & { id: unknown }): string {
  const name = getTableName(table);
  const id = (getTableColumns(table) as Record<string, { name: string }>)['id']?.name ?? 'id';
  return `select setval(pg_get_serial_sequence('"${name}"', '${id}'), (select max("${id}") from "${name}"))`;
}
