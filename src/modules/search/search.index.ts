/**
 * @module search/index
 * Builds the rows of `search_entries` from the domain tables. Triggers (migration 0008) mark
 * changed objects in `search_dirty`; `refreshSearchIndex` rebuilds the marked entries and those
 * that depend on them, set-based, before every search and after bulk loads. The `public` flag
 * of each entry comes from the access policy (access/visibility), evaluated at build time.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, anonymous, publicRegardlessOfDeletion, searchEntryVisibleTo } from '../../access/index.ts';
import { searchKinds, type SearchKind } from './search.tables.ts';

/** Text of sanitised section HTML (papers/rich-text allows only a few tags and entities). */
function plainFromHtml(html: SQL): SQL {
  return sql`replace(replace(replace(replace(replace(replace(
    regexp_replace(${html}, '<[^>]*>', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')`;
}

const vector = (text: SQL, weight: 'A' | 'B' | 'C' | 'D') => sql`setweight(to_tsvector('german', coalesce(${text}, '')), ${sql.raw(`'${weight}'`)})`;

const berlinDate = (timestamp: SQL) => sql`(${timestamp} at time zone 'Europe/Berlin')::date`;

const columns = sql`(kind, object_id, body_id, title, reference, date, paper_type, organization_ids, decision_state, public, content, document)`;

function insertPapers(ids: SQL): SQL {
  const sections = sql`(select string_agg(s.heading || E'\n' || ${plainFromHtml(sql`s.body_html`)}, E'\n\n' order by s.position)
    from paper_sections s where s.paper_id = papers.id and s.deleted_at is null)`;
  const head = sql`${vector(sql`papers.reference || ' ' || papers.name`, 'A')} || ${vector(sections, 'B')}`;
  // only a public agenda item's result may describe a public paper
  const decision = sql`coalesce((select ai.result from consultations c
      join agenda_items ai on ai.id = c.agenda_item_id and ${agendaItemVisibleTo(anonymous, 'ai')}
      join meetings m on m.id = ai.meeting_id
    where c.paper_id = papers.id and c.deleted_at is null and ai.result is not null
    order by m.start desc nulls last, c.position desc limit 1), 'in Beratung')`;
  const organizationIds = sql`coalesce((select array_agg(distinct o.id) from (
      select c.organization_id as id from consultations c where c.paper_id = papers.id and c.deleted_at is null and c.organization_id is not null
      union select d.organization_id from paper_directions d where d.paper_id = papers.id and d.deleted_at is null) o), '{}')`;
  return sql`insert into search_entries ${columns}
    select 'paper', papers.id, papers.body_id, papers.name, papers.reference, papers.date, papers.paper_type, ${organizationIds},
      ${decision}, ${publicRegardlessOfDeletion.paper()}, ${sections}, ${head}
    from papers where papers.id = any(${ids}) and papers.deleted_at is null`;
}

/**
 * The formal items every session has (opening, minutes, questions, any other business). Their
 * protocol text names the chair and the speakers of every session, so it is indexed with the
 * lowest weight: a person's name finds the person and the papers before a hundred openings.
 */
const PROCEDURAL_ITEM = String.raw`^\s*(Eröffnung|Begrüßung|Feststellung d|Genehmigung der (Tagesordnung|Niederschrift|Sitzungsniederschrift)|Bestätigung der (Tagesordnung|Niederschrift)|Verschiedenes|Sonstiges|Mitteilungen|Anfragen|Anregungen|Einwohnerfragestunde|Einwohnerinnen|Fragestunde|Schließung|Bekanntgabe)`;

function insertAgendaItems(ids: SQL): SQL {
  const text = sql`concat_ws(' ', agenda_items.result, agenda_items.resolution_text)`;
  const head = sql`${vector(sql`concat_ws(' ', agenda_items.number, agenda_items.name)`, 'A')}
    || case when agenda_items.name ~* ${PROCEDURAL_ITEM} then ${vector(text, 'D')} else ${vector(text, 'B')} end`;
  return sql`insert into search_entries ${columns}
    select 'agendaItem', agenda_items.id, agenda_items.body_id, agenda_items.name, null, ${berlinDate(sql`m.start`)}, null,
      coalesce((select array_agg(mo.organization_id) from meeting_organizations mo where mo.meeting_id = m.id and mo.deleted_at is null), '{}'),
      agenda_items.result, ${publicRegardlessOfDeletion.agendaItem()}, agenda_items.resolution_text, ${head}
    from agenda_items join meetings m on m.id = agenda_items.meeting_id and m.deleted_at is null
    where agenda_items.id = any(${ids}) and agenda_items.deleted_at is null`;
}

function insertMeetings(ids: SQL): SQL {
  const organizationNames = sql`(select string_agg(o.name, ' ') from meeting_organizations mo join organizations o on o.id = mo.organization_id
    where mo.meeting_id = meetings.id and mo.deleted_at is null)`;
  const head = sql`${vector(sql`meetings.name`, 'A')} || ${vector(organizationNames, 'B')}`;
  return sql`insert into search_entries ${columns}
    select 'meeting', meetings.id, meetings.body_id, meetings.name, null, ${berlinDate(sql`meetings.start`)}, null,
      coalesce((select array_agg(mo.organization_id) from meeting_organizations mo where mo.meeting_id = meetings.id and mo.deleted_at is null), '{}'),
      null, true, null, ${head}
    from meetings where meetings.id = any(${ids}) and meetings.deleted_at is null`;
}

function insertFiles(ids: SQL): SQL {
  const head = vector(sql`files.name`, 'A');
  const holderPaper = sql`(select p from paper_files pf join papers p on p.id = pf.paper_id and p.deleted_at is null
    where pf.file_id = files.id and pf.deleted_at is null order by pf.role = 'main' desc, p.id limit 1)`;
  const meetingStart = sql`(select m.start from meetings m where m.deleted_at is null and (
      exists (select 1 from meeting_files mf where mf.meeting_id = m.id and mf.file_id = files.id and mf.deleted_at is null)
      or exists (select 1 from agenda_item_files af join agenda_items ai on ai.id = af.agenda_item_id
        where ai.meeting_id = m.id and af.file_id = files.id and af.deleted_at is null)) order by m.start limit 1)`;
  const organizationIds = sql`coalesce((select array_agg(distinct o.id) from (
      select c.organization_id as id from paper_files pf join consultations c on c.paper_id = pf.paper_id and c.deleted_at is null
        where pf.file_id = files.id and pf.deleted_at is null and c.organization_id is not null
      union select mo.organization_id from meeting_files mf join meeting_organizations mo on mo.meeting_id = mf.meeting_id and mo.deleted_at is null
        where mf.file_id = files.id and mf.deleted_at is null
      union select mo.organization_id from agenda_item_files af join agenda_items ai on ai.id = af.agenda_item_id
        join meeting_organizations mo on mo.meeting_id = ai.meeting_id and mo.deleted_at is null
        where af.file_id = files.id and af.deleted_at is null) o), '{}')`;
  return sql`insert into search_entries ${columns}
    select 'file', files.id, files.body_id, files.name, null,
      coalesce(files.date, (${holderPaper}).date, ${berlinDate(meetingStart)}), (${holderPaper}).paper_type, ${organizationIds},
      null, ${publicRegardlessOfDeletion.file()}, null,
      ${head} || ${vector(sql`files.text`, 'C')}
    from files where files.id = any(${ids}) and files.deleted_at is null`;
}

function insertPersons(ids: SQL): SQL {
  const name = sql`concat_ws(' ', nullif(array_to_string(persons.title, ' '), ''), persons.given_name, persons.family_name, persons.affix)`;
  const memberships = sql`(select string_agg(o.name, ' ') from memberships ms join organizations o on o.id = ms.organization_id
    where ms.person_id = persons.id and ms.deleted_at is null and (ms.end_date is null or ms.end_date >= current_date))`;
  const head = sql`${vector(name, 'A')} || ${vector(sql`concat_ws(' ', array_to_string(persons.status, ' '), ${memberships})`, 'B')}`;
  return sql`insert into search_entries ${columns}
    select 'person', persons.id, persons.body_id, ${name}, null, null, null,
      coalesce((select array_agg(distinct ms.organization_id) from memberships ms where ms.person_id = persons.id
        and ms.deleted_at is null and (ms.end_date is null or ms.end_date >= current_date)), '{}'),
      null, true, null, ${head}
    from persons where persons.id = any(${ids}) and persons.deleted_at is null`;
}

function insertOrganizations(ids: SQL): SQL {
  const head = sql`${vector(sql`concat_ws(' ', organizations.name, organizations.short_name)`, 'A')}
    || ${vector(sql`concat_ws(' ', organizations.classification, organizations.organization_type)`, 'B')}`;
  return sql`insert into search_entries ${columns}
    select 'organization', organizations.id, organizations.body_id, organizations.name, null, null, null, array[organizations.id],
      null, true, null, ${head}
    from organizations where organizations.id = any(${ids}) and organizations.deleted_at is null`;
}

const builders: Record<SearchKind, (ids: SQL) => SQL> = {
  paper: insertPapers,
  agendaItem: insertAgendaItems,
  meeting: insertMeetings,
  file: insertFiles,
  person: insertPersons,
  organization: insertOrganizations,
};

/**
 * Entries that derive from a changed object, one step deep: a paper's public flag and facets
 * reach its files and agenda items, an agenda item's result reaches its paper, and so on. Where
 * the access policy derives visibility further, the step is written out: a paper's flag makes
 * its agenda items (through every consultation, dropped ones too) non-public, and with them
 * their files and the decision shown on the other papers consulted on them.
 */
const dependents: Partial<Record<SearchKind, Array<{ kind: SearchKind; query: (ids: SQL) => SQL }>>> = {
  paper: [
    { kind: 'file', query: (ids) => sql`select file_id as id from paper_files where paper_id = any(${ids})` },
    { kind: 'agendaItem', query: (ids) => sql`select agenda_item_id as id from consultations where paper_id = any(${ids}) and agenda_item_id is not null` },
    {
      kind: 'file',
      query: (ids) => sql`select af.file_id as id from consultations c join agenda_item_files af on af.agenda_item_id = c.agenda_item_id
        where c.paper_id = any(${ids})`,
    },
    {
      kind: 'paper',
      query: (ids) => sql`select o.paper_id as id from consultations c join consultations o on o.agenda_item_id = c.agenda_item_id
        where c.paper_id = any(${ids}) and o.paper_id <> c.paper_id`,
    },
  ],
  agendaItem: [
    { kind: 'file', query: (ids) => sql`select file_id as id from agenda_item_files where agenda_item_id = any(${ids})` },
    { kind: 'paper', query: (ids) => sql`select paper_id as id from consultations where agenda_item_id = any(${ids})` },
  ],
  meeting: [
    { kind: 'agendaItem', query: (ids) => sql`select id from agenda_items where meeting_id = any(${ids})` },
    { kind: 'file', query: (ids) => sql`select file_id as id from meeting_files where meeting_id = any(${ids})` },
  ],
  organization: [{ kind: 'meeting', query: (ids) => sql`select meeting_id as id from meeting_organizations where organization_id = any(${ids})` }],
};

const markedRow = z.object({ kind: z.enum(searchKinds), object_id: z.number() });
const idRow = z.object({ id: z.number() });
const staleRow = z.object({ stale: z.boolean() });

const REFRESH_LOCK_KEY = 727_100_007;
/** Ids rebuilt per statement: bounds the memory of one statement after a bulk load. */
const CHUNK = 5_000;

/**
 * Rebuilds every entry marked dirty. Serialised by an advisory lock, so a search that finds the
 * queue non-empty waits for a concurrent refresh and then reads its result.
 */
export async function refreshSearchIndex(db: Db): Promise<{ rebuilt: number }> {
  let rebuilt = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK_KEY})`);
      const marked = await queryRows(
        tx,
        markedRow,
        sql`delete from search_dirty where (kind, object_id) in (select kind, object_id from search_dirty limit ${CHUNK})
          returning kind, object_id`,
      );
      if (marked.length === 0) return true;
      const byKind = new Map<SearchKind, Set<number>>();
      const add = (kind: SearchKind, id: number) => {
        let set = byKind.get(kind);
        if (!set) byKind.set(kind, (set = new Set()));
        set.add(id);
      };
      for (const row of marked) add(row.kind, row.object_id);
      for (const [kind, ids] of [...byKind]) {
        for (const dependent of dependents[kind] ?? []) {
          const rows = await queryRows(tx, idRow, dependent.query(intArray([...ids])));
          for (const row of rows) add(dependent.kind, row.id);
        }
      }
      for (const [kind, ids] of byKind) {
        const list = intArray([...ids]);
        // dependents rebuilt now need no turn of their own (a whole-index rebuild would build most
        // entries three times); unmarked before building, so a change after this is marked anew
        await tx.execute(sql`delete from search_dirty where kind = ${kind} and object_id = any(${list})`);
        await tx.execute(sql`delete from search_entries where kind = ${kind} and object_id = any(${list})`);
        await tx.execute(builders[kind](list));
        await tx.execute(sql`insert into search_words (body_id, word)
          select distinct e.body_id, w from search_entries e, unnest(tsvector_to_array(e.document)) w
          where e.kind = ${kind} and e.object_id = any(${list}) and ${searchEntryVisibleTo(anonymous, 'e')} and w ~ '^[[:alpha:]]{3,40}$'
          on conflict do nothing`);
        rebuilt += ids.size;
      }
      return false;
    });
    if (done) return { rebuilt };
  }
}

/** Whether changes wait to be indexed (cheap: the queue is empty almost always). */
export async function searchIndexStale(db: Db): Promise<boolean> {
  const row = await queryRow(db, staleRow, sql`select exists (select 1 from search_dirty) as stale`);
  return row?.stale ?? false;
}

/** Marks everything for rebuilding, e.g. after a bulk load with triggers switched off. */
export async function markWholeIndexDirty(db: Db): Promise<void> {
  await db.execute(sql`insert into search_dirty (kind, object_id)
    select 'paper', id from papers union all select 'agendaItem', id from agenda_items
    union all select 'meeting', id from meetings union all select 'file', id from files
    union all select 'person', id from persons union all select 'organization', id from organizations
    on conflict do nothing`);
}
