/**
 * @module demo/model
 * Working types shared by the generation steps: paper drafts with their planned Beratungsfolge,
 * and meeting plans that collect the papers placed on their agenda. They carry references to
 * each other (an Antwort to its Anfrage, a placement to its paper), which the final DemoData
 * resolves into string keys.
 */
import type { ConsultationRole, PaperSectionKind } from '../papers/papers.tables.ts';
import type { MeetingSlot } from './demo.meetings.ts';
import type { Block, Slots } from './demo.texts.ts';
import type { QuestionTemplate, Topic } from './demo.topics.types.ts';
import type { DemoResult } from './demo.types.ts';

export type PaperKind = 'Beschlussvorlage' | 'Mitteilungsvorlage' | 'Antrag' | 'Anfrage' | 'Antwort auf Anfrage';

export const referencePrefixes: Record<PaperKind, string> = {
  Beschlussvorlage: 'VO',
  Mitteilungsvorlage: 'MV',
  Antrag: 'AN',
  Anfrage: 'AF',
  'Antwort auf Anfrage': 'AW',
};

export interface Step {
  organizationKey: string;
  role: ConsultationRole;
}

export interface SectionDraft {
  kind: PaperSectionKind;
  heading: string;
  blocks: Block[];
}

export interface ConsultationDraft {
  organizationKey: string;
  role: ConsultationRole;
  authoritative: boolean;
  meetingKey: string | null;
  result: DemoResult | null;
  agendaPosition: number | null;
}

export interface PaperDraft {
  kind: PaperKind;
  topic: Topic | null;
  name: string;
  date: string;
  public: boolean;
  /** For non-public papers: the neutral label printed in public documents. */
  category: string | null;
  slots: Slots;
  /** Beschlussvorlage: „…, {clause}.“ */
  clause: string;
  /** Antrag: the requested resolutions. */
  requests: string[];
  factionKey: string | null;
  personKey: string | null;
  unitKey: string | null;
  path: Step[];
  sections: SectionDraft[];
  annexes: string[];
  question: QuestionTemplate | null;
  /** An Antwort's Anfrage. */
  answers: PaperDraft | null;
  hasMainFile: boolean;
  reference: string;
  consultations: ConsultationDraft[];
}

export interface Placement {
  paper: PaperDraft;
  consultation: ConsultationDraft;
}

export interface MeetingPlan {
  slot: MeetingSlot;
  /** The previous meeting of the same organization that took place: its minutes are approved. */
  previous: MeetingSlot | null;
  /** Rows that are not papers: opening, minutes, questions from residents, notices, other business. */
  standardRows: number;
  /** Agenda rows taken so far, standard rows included. */
  rows: number;
  hasQuestions: boolean;
  placements: Placement[];
  /** Members excused from a meeting that took place; votes and minutes count without them. */
  absent: string[];
}

/** Agendas keep to at most this many rows, like printed invitations do. */
export const MAX_AGENDA_ROWS = 15;
