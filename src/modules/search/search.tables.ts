/**
 * @module search/tables
 * The search index: one row per searchable object, rebuilt from the domain tables (see
 * search.index), and the saved searches of logged-in users.
 */
import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables.ts';
import { bodies } from '../bodies/bodies.tables.ts';
import { outsideDomain } from '../../db/table-kinds.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const searchKinds = ['paper', 'agendaItem', 'meeting', 'file', 'person', 'organization'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchEntries = outsideDomain(
  pgTable(
    'search_entries',
    {
      kind: text('kind').$type<SearchKind>().notNull(),
      objectId: integer('object_id').notNull(),
      bodyId: integer('body_id').notNull(),
      title: text('title').notNull(),
      reference: text('reference'),
      date: date('date', { mode: 'string' }),
      paperType: text('paper_type'),
      /** Gremien the object belongs to (Beratungsfolge, Federführung, session, memberships). */
      organizationIds: integer('organization_ids').array().notNull().default(sql`'{}'`),
      /** Latest result of the Beratungsfolge (papers) or the item's own result (agenda items). */
      decisionState: text('decision_state'),
      /**
       * Whether the public may see the object, as the access policy said when the row was built.
       * The index is refreshed before every search, so the flag is never stale when read.
       */
      public: boolean('public').notNull(),
      /** Plain text for snippets of papers and agenda items; attachments keep theirs in `files.text`. */
      content: text('content'),
      /** Reference and title (A), section text or context (B), attachment text (C): what a query is matched and ranked against. */
      document: tsvector('document').notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.kind, t.objectId] }),
      index('search_entries_document_idx').using('gin', t.document),
      index('search_entries_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
      index('search_entries_reference_trgm_idx').using('gin', sql`lower(${t.reference}) gin_trgm_ops`),
      // newest first: a query with very many matches walks this index (see search.walk)
      index('search_entries_body_date_idx').on(t.bodyId, t.date.desc().nullsLast()),
    ],
  ),
);

/** Objects whose entries must be rebuilt; filled by triggers on the domain tables. */
export const searchDirty = outsideDomain(
  pgTable(
    'search_dirty',
    {
      kind: text('kind').$type<SearchKind>().notNull(),
      objectId: integer('object_id').notNull(),
    },
    (t) => [primaryKey({ columns: [t.kind, t.objectId] })],
  ),
);

export const savedSearches = outsideDomain(
  pgTable(
    'saved_searches',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      name: text('name').notNull(),
      /** The search as its query string (`q=…&art=…`), so a saved search opens as a link. */
      query: text('query').notNull(),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
      /** Until when the user has been told of new hits (the notifications issue sends them). */
      notifiedUntil: timestamp('notified_until', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [uniqueIndex('saved_searches_user_query_unique').on(t.userId, t.query)],
  ),
);

/**
 * The vocabulary of the index: every lexeme of a public entry, per body. Search splits compounds
 * with it („Müllgebühren“ → Müll + Gebühren) and finds the compounds a word is part of („Beirat“ →
 * Integrationsbeirat). Only public entries feed it, so no expansion derives from non-public text;
 * words whose entries went away stay (they then expand to nothing).
 */
export const searchWords = outsideDomain(
  pgTable(
    'search_words',
    {
      bodyId: integer('body_id').notNull(),
      word: text('word').notNull(),
    },
    (t) => [primaryKey({ columns: [t.bodyId, t.word] }), index('search_words_word_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
  ),
);

/** A body's own synonym list (search.synonyms); a body without a row, or with `groups` null, uses the defaults. */
export const searchSynonyms = outsideDomain(
  pgTable('search_synonyms', {
    bodyId: integer('body_id')
      .primaryKey()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    /** One group per line, words separated by commas, as the administration typed it; null: the defaults. */
    groups: text('groups'),
    /** Counts the saves, so that a form loaded before someone else's save is not taken silently. */
    version: integer('version').notNull().default(1),
    updated: timestamp('updated', { withTimezone: true }).notNull().defaultNow(),
  }),
);
