/**
 * @module demo/schedule
 * Places every step of every Beratungsfolge on a meeting, in date order, and decides the
 * results of meetings that have taken place. A step goes to the next meeting of its body
 * after the previous step (and at least a week after the paper's date) that still has room on
 * its agenda; a „vertagt“ step is repeated at the following meeting, a withdrawn Antrag ends
 * its Beratungsfolge. Steps that would fall on meetings without a published agenda stay
 * planned: they keep the body but get no meeting.
 */
import { addDays } from './demo.calendar.ts';
import type { MeetingSlot } from './demo.meetings.ts';
import { MAX_AGENDA_ROWS, type ConsultationDraft, type MeetingPlan, type PaperDraft, type Step } from './demo.model.ts';
import { gremien } from './demo.names.ts';
import type { Rng } from './demo.random.ts';
import type { DemoResult } from './demo.types.ts';

function standardRows(slot: MeetingSlot, previous: MeetingSlot | null): number {
  // the constituent Kreistag session has its own fixed agenda and takes no papers
  if (slot.organizationKey === 'KT' && slot.ordinal === 1) return MAX_AGENDA_ROWS;
  const classification = gremien.find((g) => g.key === slot.organizationKey)?.classification;
  const residentsQuestions = classification !== 'Beirat' && slot.organizationKey !== 'RPA';
  return 1 + (previous ? 1 : 0) + (residentsQuestions ? 1 : 0) + 2;
}

export function planMeetings(slots: readonly MeetingSlot[]): MeetingPlan[] {
  const lastHeld = new Map<string, MeetingSlot>();
  return slots.map((slot) => {
    const previous = lastHeld.get(slot.organizationKey) ?? null;
    if (slot.state === 'durchgeführt') lastHeld.set(slot.organizationKey, slot);
    const rows = standardRows(slot, previous);
    return { slot, previous, standardRows: rows, rows, hasQuestions: false, placements: [], absent: [] };
  });
}

type Weights = readonly (readonly [DemoResult, number])[];

const weights = {
  adviseDraft: [
    ['beschlossen', 82],
    ['geändert beschlossen', 7],
    ['vertagt', 7],
    ['abgelehnt', 4],
  ],
  adviseMotion: [
    ['beschlossen', 55],
    ['geändert beschlossen', 12],
    ['abgelehnt', 20],
    ['vertagt', 8],
    ['zurückgezogen', 5],
  ],
  decideDraft: [
    ['beschlossen', 82],
    ['geändert beschlossen', 9],
    ['vertagt', 5],
    ['abgelehnt', 4],
  ],
  decideMotion: [
    ['beschlossen', 38],
    ['geändert beschlossen', 18],
    ['abgelehnt', 30],
    ['vertagt', 7],
    ['zurückgezogen', 7],
  ],
  decideAfterRejection: [
    ['abgelehnt', 55],
    ['beschlossen', 45],
  ],
} satisfies Record<string, Weights>;

function decide(rng: Rng, paper: PaperDraft, step: Step, postponedBefore: boolean, previous: DemoResult | null): DemoResult {
  if (step.role === 'Kenntnisnahme' || step.role === 'Anhörung') return 'zur Kenntnis genommen';
  const motion = paper.kind === 'Antrag';
  let table: Weights;
  if (step.role === 'Vorberatung') table = motion ? weights.adviseMotion : weights.adviseDraft;
  else if (previous === 'abgelehnt') table = weights.decideAfterRejection;
  else table = motion ? weights.decideMotion : weights.decideDraft;
  // a paper is postponed at most once, so every Beratungsfolge comes to an end
  return rng.weighted(postponedBefore ? table.filter(([result]) => result !== 'vertagt') : table);
}

export function schedule(rng: Rng, papers: readonly PaperDraft[], plans: readonly MeetingPlan[]): void {
  const byOrganization = new Map<string, MeetingPlan[]>();
  for (const plan of plans) {
    const list = byOrganization.get(plan.slot.organizationKey) ?? [];
    list.push(plan);
    byOrganization.set(plan.slot.organizationKey, list);
  }

  const findMeeting = (paper: PaperDraft, organizationKey: string, after: string): MeetingPlan | null => {
    for (const plan of byOrganization.get(organizationKey) ?? []) {
      if (plan.slot.day <= after || plan.slot.cancelled) continue;
      // without a published agenda the step is only planned
      if (plan.slot.state === 'geplant') return null;
      // one agenda never names the same paper, or a paper of the same title, twice
      if (plan.placements.some((p) => p.paper === paper || p.paper.name === paper.name)) continue;
      const needed = paper.kind === 'Anfrage' && !plan.hasQuestions ? 2 : 1;
      if (plan.rows + needed <= MAX_AGENDA_ROWS) return plan;
    }
    return null;
  };

  for (const paper of papers) {
    const queue = [...paper.path];
    let after = addDays(paper.date, 6);
    let planned = false;
    let postponed = false;
    let previous: DemoResult | null = null;
    for (let i = 0; i < queue.length; i++) {
      const step = queue[i];
      if (!step) continue;
      const consultation: ConsultationDraft = {
        organizationKey: step.organizationKey,
        role: step.role,
        authoritative: step.role === 'Entscheidung',
        meetingKey: null,
        result: null,
        agendaPosition: null,
      };
      paper.consultations.push(consultation);
      const plan = planned ? null : findMeeting(paper, step.organizationKey, after);
      if (!plan) {
        planned = true;
        continue;
      }
      consultation.meetingKey = plan.slot.key;
      plan.rows += paper.kind === 'Anfrage' && !plan.hasQuestions ? 2 : 1;
      if (paper.kind === 'Anfrage') plan.hasQuestions = true;
      plan.placements.push({ paper, consultation });
      after = plan.slot.day;
      if (plan.slot.state !== 'durchgeführt') continue;
      const result = decide(rng, paper, step, postponed, previous);
      consultation.result = result;
      previous = result;
      if (result === 'vertagt') {
        // no resolution was taken at this meeting; the same body takes the paper up again
        consultation.authoritative = false;
        postponed = true;
        queue.splice(i + 1, 0, step);
      }
      if (result === 'zurückgezogen') break;
    }
  }
}
