/**
 * @module papers/paper-state
 * Where a paper stands, in one word, derived from its Beratungsfolge: in Beratung, beschlossen,
 * abgelehnt, vertagt, zurückgezogen or erledigt. Only steps the viewer may see count: a result
 * of an agenda item that is non-public for the viewer never shapes the state (the steps come
 * through the visibility policy, see paperStateSteps).
 *
 * The rules, in order:
 * 1. No step the viewer may see (none at all, or only hidden ones, or only cancelled
 *    sessions): no state.
 * 2. A step „zurückgezogen“ ends the Beratungsfolge: zurückgezogen.
 * 3. No step with a result yet: in Beratung.
 * 4. The last step with a result decides. A decision of the deciding Gremium (the authoritative
 *    step) that is final – beschlossen, abgelehnt, erledigt – stays, whatever is still planned
 *    after it. Otherwise a step still open after it (planned, or held without a result entered)
 *    means in Beratung.
 * 5. A result reads as: „… abgelehnt“/„nicht beschlossen“ abgelehnt; „vertagt“, „zurückgestellt“,
 *    „abgesetzt“, „verwiesen“ vertagt; „… beschlossen“, „zugestimmt“, „angenommen“, „empfohlen“,
 *    „gewählt“ beschlossen. „Erledigt“ is a paper taken note of or answered – „zur Kenntnis
 *    genommen“ (a Mitteilungsvorlage, a report), „beantwortet“, „erledigt“ – and any other
 *    result text: something was recorded, nothing more is known.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, type Viewer } from '../../access/index.ts';
import type { ConsultationView } from './papers.queries.ts';

export const paperStates = ['in Beratung', 'beschlossen', 'abgelehnt', 'vertagt', 'zurückgezogen', 'erledigt'] as const;
export type PaperState = (typeof paperStates)[number];

/** One step of the Beratungsfolge as far as the state needs it. */
export interface StateStep {
  /** The result, only of an agenda item the viewer may see. */
  result: string | null;
  /** The step's agenda item exists but is non-public for the viewer. */
  hidden: boolean;
  /** Its session was cancelled. */
  cancelled: boolean;
  authoritative: boolean;
}

/** What one recorded result means for the paper (rule 5). */
export function resultState(result: string): PaperState {
  const r = result.toLocaleLowerCase('de');
  if (r.includes('zurückgezogen')) return 'zurückgezogen';
  if (r.includes('abgelehnt') || r.includes('nicht beschlossen') || r.includes('nicht zugestimmt')) return 'abgelehnt';
  if (/vertagt|zurückgestellt|abgesetzt|verwiesen/.test(r)) return 'vertagt';
  if (/kenntnis|beantwortet|erledigt/.test(r)) return 'erledigt';
  if (/beschlossen|zugestimmt|angenommen|empfohlen|gewählt/.test(r)) return 'beschlossen';
  return 'erledigt';
}

const finalStates: ReadonlySet<PaperState> = new Set(['beschlossen', 'abgelehnt', 'erledigt']);

/** The paper's state from its steps in Beratungsfolge order (the rules above). */
export function derivePaperState(steps: readonly StateStep[]): PaperState | null {
  const seen = steps.filter((s) => !s.hidden && !s.cancelled);
  if (seen.length === 0) return null;
  const states = seen.map((s) => (s.result ? resultState(s.result) : null));
  if (states.includes('zurückgezogen')) return 'zurückgezogen';
  let last = states.length - 1;
  while (last >= 0 && states[last] === null) last--;
  const lastState = states[last];
  if (last === -1 || !lastState) return 'in Beratung';
  if (seen[last]?.authoritative && finalStates.has(lastState)) return lastState;
  return states.slice(last + 1).some((s) => s === null) ? 'in Beratung' : lastState;
}

const stepSchema = z.object({ result: z.string().nullable(), hidden: z.boolean(), cancelled: z.boolean(), authoritative: z.boolean() });

/** The column paperStateSteps selects, read as the paper's state. */
export const paperStateColumn = z.array(stepSchema).transform((steps) => derivePaperState(steps));

/**
 * The steps of the paper whose id is `paperId` as a JSON array, for any list statement: the
 * agenda item's result joins only when the viewer may see the item.
 */
export function paperStateSteps(viewer: Viewer, paperId: SQL): SQL {
  return sql`coalesce((select json_agg(json_build_object(
      'result', ps_ai.result,
      'hidden', ps_c.agenda_item_id is not null and ps_ai.id is null,
      'cancelled', coalesce(ps_m.cancelled or ps_m.meeting_state = 'abgesagt', false),
      'authoritative', ps_c.authoritative) order by ps_c.position, ps_c.id)
    from consultations ps_c
    left join meetings ps_m on ps_m.id = ps_c.meeting_id and ps_m.deleted_at is null
    left join agenda_items ps_ai on ps_ai.id = ps_c.agenda_item_id and ${agendaItemVisibleTo(viewer, 'ps_ai')}
    where ps_c.paper_id = ${paperId} and ps_c.deleted_at is null), '[]')`;
}

/** A step of the paper page's Beratungsfolge (already filtered by the policy) as the state reads it. */
export function stateStepOf(c: ConsultationView): StateStep {
  return {
    result: c.agendaItem?.visible ? c.agendaItem.result : null,
    hidden: c.agendaItem?.visible === false,
    cancelled: c.meeting !== null && (c.meeting.cancelled || c.meeting.state === 'abgesagt'),
    authoritative: c.authoritative,
  };
}
