/**
 * @module db/row-columns
 * Row schemas for columns whose value depends on the driver, for `queryRows`: the same column
 * comes back as another JavaScript type from PGlite, from node-postgres through Drizzle, and from
 * node-postgres as a prepared statement. Each schema here accepts every form and yields one.
 */
import { z } from '../lib/validation.ts';

/**
 * timestamptz: a Date from a prepared statement on node-postgres, a string from Drizzle's
 * execute on either engine. Always a Date here.
 */
export const timestampColumn = z.union([z.date(), z.string()]).transform((value) => (value instanceof Date ? value : new Date(value)));

/** bigint, count(*), sum(int): a number from PGlite, a string from node-postgres. Always a number. */
export const bigintColumn = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number);
