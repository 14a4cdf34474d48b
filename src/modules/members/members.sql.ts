/** @module members/sql — SQL fragments the members' queries share. */
import { sql, type AnyColumn } from 'drizzle-orm';
import { intArray } from '../../db/sql-arrays.ts';

// ids travel as one array parameter, like the visibility policy's
export const anyOf = (column: AnyColumn, values: number[]) => sql`${column} = any(${intArray(values)})`;
export const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;
