/**
 * @module meetings/agenda-item.queries
 * One agenda item with its decision, its session and its paper. A non-public item the viewer may
 * not see does not exist for them.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, anonymous, paperVisibleTo, type Viewer } from '../../access/index.ts';

const rowSchema = z.object({
  id: z.number(),
  number: z.string().nullable(),
  name: z.string(),
  /** Whether the public sees the item too: the policy's derived rule, not the item's own flag. */
  public: z.boolean(),
  result: z.string().nullable(),
  resolutionText: z.string().nullable(),
  unanimous: z.boolean().nullable(),
  yes: z.number().nullable(),
  no: z.number().nullable(),
  abstention: z.number().nullable(),
  meetingId: z.number(),
  meetingName: z.string(),
  meetingStart: z.coerce.date().nullable(),
  meetingState: z.string(),
  meetingCancelled: z.boolean(),
  organizations: z.array(z.object({ id: z.number(), name: z.string() })),
  paper: z.object({ id: z.number(), reference: z.string(), slug: z.string(), name: z.string(), paperType: z.string() }).nullable(),
});

export type AgendaItemPage = z.infer<typeof rowSchema>;

export async function findAgendaItemPage(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<AgendaItemPage | undefined> {
  return queryRow(
    db,
    rowSchema,
    sql`select agenda_items.id, agenda_items.number, agenda_items.name, ${agendaItemVisibleTo(anonymous)} as public, agenda_items.result,
        agenda_items.resolution_text as "resolutionText", agenda_items.unanimous, agenda_items.votes_yes as yes,
        agenda_items.votes_no as no, agenda_items.votes_abstention as abstention,
        m.id as "meetingId", m.name as "meetingName", m.start as "meetingStart", m.meeting_state as "meetingState",
        m.cancelled as "meetingCancelled",
        coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
          from meeting_organizations mo join organizations o on o.id = mo.organization_id
          where mo.meeting_id = m.id and mo.deleted_at is null), '[]') as organizations,
        (select json_build_object('id', papers.id, 'reference', papers.reference, 'slug', papers.slug, 'name', papers.name,
            'paperType', papers.paper_type)
          from consultations c join papers on papers.id = c.paper_id
          where c.agenda_item_id = agenda_items.id and c.deleted_at is null and ${paperVisibleTo(viewer)}
          order by c.id limit 1) as paper
      from agenda_items join meetings m on m.id = agenda_items.meeting_id and m.deleted_at is null
      where agenda_items.body_id = ${bodyId} and agenda_items.id = ${id} and ${agendaItemVisibleTo(viewer)}`,
    { prepared: true },
  );
}
