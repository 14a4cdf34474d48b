/**
 * @module people/person-removal
 * The ways a person leaves: „Ausscheiden“ ends every open membership on a date (the normal way:
 * the person stays on the record with their history), and deleting, which is refused while
 * anything still refers to the person. What refers is read off the database's foreign keys to
 * `persons`, so a table added later (by any module) is checked without anyone remembering to.
 * Deleting marks the row deleted (rows are never removed: OParl clients learn of it as
 * `deleted: true`) and clears e-mail and phone, which nobody needs any more.
 */
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { recordChange, type Actor } from '../audit/index.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { formatPersonName } from './people.names.ts';
import { memberships, persons } from './people.tables.ts';

/** What a referring table is, in the words of the refusal; others are named by their table. */
const referenceLabels: Record<string, [one: string, many: string]> = {
  'memberships.person_id': ['Mitgliedschaft', 'Mitgliedschaften'],
  'memberships.represents_person_id': ['Vertretung (als vertretenes Mitglied)', 'Vertretungen (als vertretenes Mitglied)'],
  'paper_originators.person_id': ['Vorlage (als Urheber/in)', 'Vorlagen (als Urheber/in)'],
  'meeting_invitees.person_id': ['Einladung zu einer Sitzung', 'Einladungen zu Sitzungen'],
  'users.person_id': ['Konto', 'Konten'],
};

/** Readers following the person keep no one from deleting them: their subscription simply ends. */
const ignored = new Set(['subscriptions.person_id']);

const foreignKey = z.object({ schema_name: z.string(), table_name: z.string(), column_name: z.string(), soft: z.boolean() });

/** What still refers to the person, as „3 Mitgliedschaften“; empty when nothing does. */
export async function personReferences(db: Db, personId: number): Promise<string[]> {
  const keys = await queryRows(
    db,
    foreignKey,
    sql`select n.nspname as schema_name, t.relname as table_name, a.attname as column_name,
        exists (select 1 from pg_attribute d where d.attrelid = t.oid and d.attname = 'deleted_at' and not d.attisdropped) as soft
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = 'persons'::regclass
      order by t.relname, a.attname`,
  );
  const found: string[] = [];
  for (const key of keys) {
    const name = `${key.table_name}.${key.column_name}`;
    if (ignored.has(name)) continue;
    const table = sql`${sql.identifier(key.schema_name)}.${sql.identifier(key.table_name)}`;
    const live = key.soft ? sql` and deleted_at is null` : sql``;
    const row = await queryRow(
      db,
      z.object({ n: z.number() }),
      sql`select count(*)::int as n from ${table} where ${sql.identifier(key.column_name)} = ${personId}${live}`,
    );
    if (!row || row.n === 0) continue;
    const [one, many] = referenceLabels[name] ?? [`Eintrag in ${key.table_name}`, `Einträge in ${key.table_name}`];
    found.push(`${row.n} ${row.n === 1 ? one : many}`);
  }
  return found;
}

export type DeleteRefusal = { kind: 'referenced'; references: string[] } | { kind: 'conflict' };

/** Marks the person deleted; refused while anything refers or when it changed since `version`. Undefined when there is no such person. */
export async function deletePerson(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  actor: Actor,
): Promise<Result<{ name: string }, DeleteRefusal> | undefined> {
  return db.transaction(async (tx) => {
    // the row lock keeps a membership from being added between the check and the mark
    const [person] = await tx
      .select()
      .from(persons)
      .where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), isNull(persons.deletedAt)))
      .for('update');
    if (!person) return undefined;
    if (person.version !== version) return err({ kind: 'conflict' as const });
    const references = await personReferences(tx, id);
    if (references.length > 0) return err({ kind: 'referenced' as const, references });
    await tx
      .update(persons)
      .set({ deletedAt: new Date(), email: [], phone: [], version: sql`${persons.version} + 1` })
      .where(eq(persons.id, id));
    const name = formatPersonName(person);
    await recordChange(tx, { bodyId, actor, event: 'record.deleted', kind: 'person', id, label: name, version: person.version + 1 });
    return ok({ name });
  });
}

export interface Retirement {
  /** Memberships ended on the date. */
  ended: number;
  /** Memberships that would only have begun after the date: deleted. */
  dropped: number;
}

/**
 * „Ausscheiden“ on `date`: every membership still open then ends on it; one that would begin
 * only after it is deleted (it never takes effect). Undefined when there is no such person.
 */
export async function retirePerson(db: Db, bodyId: number, id: number, date: string, actor: Actor): Promise<Retirement | undefined> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select()
      .from(persons)
      .where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), isNull(persons.deletedAt)));
    if (!person) return undefined;
    const open = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.bodyId, bodyId),
          eq(memberships.personId, id),
          isNull(memberships.deletedAt),
          or(isNull(memberships.endDate), gt(memberships.endDate, date)),
        ),
      )
      .for('update');
    const name = formatPersonName(person);
    const orgNames = new Map((await listMembershipTargets(tx, bodyId)).map((o) => [o.id, o.name]));
    let ended = 0;
    let dropped = 0;
    for (const m of open) {
      const never = m.startDate !== null && m.startDate > date;
      await tx
        .update(memberships)
        .set(never ? { deletedAt: new Date(), version: sql`${memberships.version} + 1` } : { endDate: date, version: sql`${memberships.version} + 1` })
        .where(eq(memberships.id, m.id));
      await recordChange(tx, {
        bodyId,
        actor,
        event: never ? 'record.deleted' : 'record.ended',
        kind: 'membership',
        id: m.id,
        label: `${name} – ${orgNames.get(m.organizationId) ?? m.organizationId} (${m.role})`,
        changes: never ? [] : [{ field: 'Ende', before: m.endDate ?? '', after: date }],
        version: m.version + 1,
      });
      if (never) dropped++;
      else ended++;
    }
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.ended',
      kind: 'person',
      id,
      label: name,
      changes: [{ field: 'Ausgeschieden zum', before: '', after: date }],
    });
    return { ended, dropped };
  });
}
