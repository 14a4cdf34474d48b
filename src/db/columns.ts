/**
 * @module db/columns
 * Columns every domain row carries: its body (several bodies share one installation) and the
 * timestamps of `db/timestamps`.
 */
import { integer } from 'drizzle-orm/pg-core';
import { bodies } from '../modules/bodies/bodies.tables.ts';
import { timestamps } from './timestamps.ts';

const bodyId = () =>
  integer('body_id')
    .notNull()
    .references(() => bodies.id);

export const bodyRow = () => ({
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  bodyId: bodyId(),
  ...timestamps(),
});

/** For join tables: no own id, but body and timestamps like every other row. */
export const bodyLink = () => ({ bodyId: bodyId(), ...timestamps() });
