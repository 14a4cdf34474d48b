/**
 * @module demo/drafts
 * Drafts of all papers: type, topic, title, date, planned Beratungsfolge and section texts.
 * Dates are spread over the Wahlperiode up to „today“; demo/schedule then places each step
 * of the Beratungsfolge on a meeting.
 */
import type { ConsultationRole } from '../papers/papers.tables.ts';
import { addDays, daysBetween, DEMO_ANCHOR_DATE, weekday } from './demo.calendar.ts';
import type { MeetingSlot } from './demo.meetings.ts';
import type { PaperDraft, PaperKind, Step } from './demo.model.ts';
import { factions } from './demo.names.ts';
import type { Rng } from './demo.random.ts';
import { buildAnswer, buildDecision, buildMotion, buildQuestion, buildReport } from './demo.sections.ts';
import { fill, makeSlots, type Slots } from './demo.texts.ts';
import { administrationTopics, confidentialTemplates, yearlyPapers } from './demo.topics.admin.ts';
import { infrastructureTopics } from './demo.topics.infra.ts';
import { socialTopics } from './demo.topics.social.ts';
import { communityTopics } from './demo.topics.community.ts';
import { environmentTopics } from './demo.topics.environment.ts';
import type { Topic } from './demo.topics.types.ts';
import type { DemoMembership } from './demo.types.ts';

export const topics: Topic[] = [...socialTopics, ...communityTopics, ...infrastructureTopics, ...environmentTopics, ...administrationTopics];

const FIRST_PAPER_DAY = '2023-06-19';
/** Papers are written up to a few days before „today“; later steps are planned, not yet held. */
const LAST_PAPER_DAY = addDays(DEMO_ANCHOR_DATE, -4);

export const paperCounts = { decisions: 180, reports: 150, motions: 80, questions: 76, confidential: 30 } as const;

/**
 * Draws a topic so that every committee gets a similar share of the work, however many
 * topics it has; the Rechnungsprüfungsausschuss meets rarely and gets less.
 */
function pickTopic(rng: Rng, candidates: readonly Topic[]): Topic {
  const perCommittee = new Map<string, number>();
  for (const t of candidates) perCommittee.set(t.committee, (perCommittee.get(t.committee) ?? 0) + 1);
  return rng.weighted(candidates.map((t) => [t, (t.committee === 'RPA' ? 0.3 : 1) / (perCommittee.get(t.committee) ?? 1)] as const));
}

function workday(day: string): string {
  const wd = weekday(day);
  return wd === 6 ? addDays(day, -1) : wd === 0 ? addDays(day, -2) : day;
}

function randomDay(rng: Rng): string {
  return workday(addDays(FIRST_PAPER_DAY, rng.int(0, daysBetween(FIRST_PAPER_DAY, LAST_PAPER_DAY))));
}

function step(organizationKey: string, role: ConsultationRole): Step {
  return { organizationKey, role };
}

function blank(kind: PaperKind, date: string, slots: Slots): PaperDraft {
  return {
    kind,
    topic: null,
    name: '',
    date,
    public: true,
    category: null,
    slots,
    clause: '',
    requests: [],
    factionKey: null,
    personKey: null,
    unitKey: null,
    path: [],
    sections: [],
    annexes: [],
    question: null,
    answers: null,
    hasMainFile: true,
    reference: '',
    consultations: [],
  };
}

function decisionPath(rng: Rng, topic: Topic, council: boolean): Step[] {
  const path: Step[] = [];
  if (topic.advisory && rng.chance(council ? 0.4 : 0.25)) path.push(step(topic.advisory, 'Anhörung'));
  if (!council) return [...path, step(topic.committee, 'Entscheidung')];
  if (topic.committee !== 'KT') path.push(step(topic.committee, 'Vorberatung'));
  // at most two advising committees: the Fachausschuss and then Finanz- or Hauptausschuss
  if (topic.financial && topic.committee !== 'FA' && rng.chance(0.35)) path.push(step('FA', 'Vorberatung'));
  else if (topic.committee !== 'HA' && rng.chance(0.2)) path.push(step('HA', 'Vorberatung'));
  return [...path, step('KT', 'Entscheidung')];
}

function annexCount(rng: Rng, kind: PaperKind): number {
  if (kind === 'Beschlussvorlage')
    return rng.weighted([
      [0, 35],
      [1, 40],
      [2, 18],
      [3, 7],
    ] as const);
  if (kind === 'Mitteilungsvorlage')
    return rng.weighted([
      [0, 60],
      [1, 35],
      [2, 5],
    ] as const);
  if (kind === 'Antrag') return rng.chance(0.12) ? 1 : 0;
  return 0;
}

export interface DraftContext {
  slots: MeetingSlot[];
  memberships: DemoMembership[];
}

export function generateDrafts(rng: Rng, context: DraftContext): PaperDraft[] {
  const drafts: PaperDraft[] = [];
  const usedNames = new Set<string>();
  const councilDays = context.slots.filter((s) => s.organizationKey === 'KT').map((s) => s.day);
  const currentMembers = (factionKey: string): string[] =>
    context.memberships.filter((m) => m.organizationKey === factionKey && m.endDate === null).map((m) => m.personKey);

  /** Draws a title until it is new; templates repeat, their filled slots mostly do not. */
  const uniqueDraft = (make: () => PaperDraft): PaperDraft => {
    let draft = make();
    for (let attempt = 0; attempt < 12 && usedNames.has(draft.name); attempt++) draft = make();
    usedNames.add(draft.name);
    drafts.push(draft);
    return draft;
  };

  for (let i = 0; i < paperCounts.decisions; i++) {
    uniqueDraft(() => {
      const date = randomDay(rng);
      const topic = pickTopic(
        rng,
        topics.filter((t) => t.decisions.length > 0),
      );
      // the Kreistag meets only four times a year: most Vorlagen are decided in the committees
      const template = rng.weighted(topic.decisions.map((d) => [d, d.council ? 1 : 3] as const));
      const draft = blank('Beschlussvorlage', date, makeSlots(rng, date));
      draft.topic = topic;
      draft.name = fill(template.title, draft.slots);
      draft.clause = fill(template.clause, draft.slots);
      draft.unitKey = topic.unit;
      draft.path = decisionPath(rng, topic, template.council);
      draft.annexes = rng.sample(topic.annexes, annexCount(rng, 'Beschlussvorlage'));
      draft.sections = buildDecision(rng, draft);
      return draft;
    });
  }

  for (const yearly of yearlyPapers) {
    for (const year of yearly.years) {
      // the council session of that year nearest to the intended month
      const target = `${year}-${String(yearly.month).padStart(2, '0')}-15`;
      const council =
        councilDays.filter((d) => d.startsWith(String(year))).sort((a, b) => Math.abs(daysBetween(a, target)) - Math.abs(daysBetween(b, target)))[0] ?? target;
      const date = workday(addDays(council, -rng.int(48, 56)));
      const kind: PaperKind = yearly.paperType;
      const draft = blank(kind, date, makeSlots(rng, date));
      const topic = topics.find((t) => t.key === 'finanzen') ?? null;
      draft.topic = topic;
      draft.name = fill(yearly.title, draft.slots);
      draft.clause = fill(yearly.clause, draft.slots);
      draft.unitKey = yearly.unit;
      draft.path = yearly.path.map((key, i) =>
        step(key, kind === 'Mitteilungsvorlage' ? 'Kenntnisnahme' : i === yearly.path.length - 1 ? 'Entscheidung' : 'Vorberatung'),
      );
      draft.annexes = kind === 'Beschlussvorlage' ? ['Haushaltsplan – Übersichten'] : ['Beteiligungsbericht'];
      if (yearly.title.startsWith('Jahresabschluss')) draft.annexes = ['Schlussbericht des Rechnungsprüfungsamtes'];
      draft.sections = kind === 'Beschlussvorlage' ? buildDecision(rng, draft) : buildReport(rng, draft, null);
      usedNames.add(draft.name);
      drafts.push(draft);
    }
  }

  for (let i = 0; i < paperCounts.confidential; i++) {
    uniqueDraft(() => {
      const date = randomDay(rng);
      const template = rng.pick(confidentialTemplates);
      const draft = blank('Beschlussvorlage', date, makeSlots(rng, date));
      draft.public = false;
      draft.category = template.category;
      draft.name = fill(template.title, draft.slots);
      draft.clause = fill(template.clause, draft.slots);
      draft.unitKey = template.unit;
      draft.path = template.council ? [step('HA', 'Vorberatung'), step('KT', 'Entscheidung')] : [step('HA', 'Entscheidung')];
      draft.annexes = rng.sample(['Lageplan-Erläuterung', 'Vergabevermerk', 'Kostenaufstellung', 'Wertgutachten (Auszug)'], rng.int(0, 2));
      draft.sections = buildDecision(rng, draft, template.context);
      return draft;
    });
  }

  for (let i = 0; i < paperCounts.reports; i++) {
    uniqueDraft(() => {
      const date = randomDay(rng);
      const topic = pickTopic(
        rng,
        topics.filter((t) => t.reports.length > 0),
      );
      const report = rng.pick(topic.reports);
      const draft = blank('Mitteilungsvorlage', date, makeSlots(rng, date));
      draft.topic = topic;
      draft.name = fill(report.title, draft.slots);
      draft.unitKey = topic.unit;
      draft.path = [step(topic.committee, 'Kenntnisnahme')];
      if (topic.advisory && rng.chance(0.2)) draft.path.unshift(step(topic.advisory, 'Kenntnisnahme'));
      if (rng.chance(0.025)) draft.path.push(step('KT', 'Kenntnisnahme'));
      draft.annexes = rng.sample(topic.annexes, annexCount(rng, 'Mitteilungsvorlage'));
      draft.sections = buildReport(rng, draft, report);
      return draft;
    });
  }

  for (let i = 0; i < paperCounts.motions; i++) {
    uniqueDraft(() => {
      const date = randomDay(rng);
      const topic = pickTopic(
        rng,
        topics.filter((t) => t.motions.length > 0),
      );
      const motion = rng.pick(topic.motions);
      const faction = rng.pick(factions);
      const draft = blank('Antrag', date, makeSlots(rng, date));
      draft.topic = topic;
      draft.factionKey = faction.key;
      draft.personKey = rng.chance(0.5) ? rng.pick(currentMembers(faction.key)) : null;
      draft.name = `Antrag der ${faction.name}: ${fill(motion.title, draft.slots)}`;
      draft.requests = motion.requests.map((r) => fill(r, draft.slots));
      const route = rng.weighted([
        ['committee', 72],
        ['both', 22],
        ['council', 6],
      ] as const);
      draft.path =
        route === 'committee'
          ? [step(topic.committee, 'Entscheidung')]
          : route === 'both'
            ? [step(topic.committee, 'Vorberatung'), step('KT', 'Entscheidung')]
            : [step('KT', 'Entscheidung')];
      draft.annexes = annexCount(rng, 'Antrag') > 0 ? ['Übersicht und Beispiele aus anderen Kreisen'] : [];
      draft.sections = buildMotion(rng, draft, motion);
      return draft;
    });
  }

  for (let i = 0; i < paperCounts.questions; i++) {
    const question = uniqueDraft(() => {
      const date = randomDay(rng);
      const topic = pickTopic(
        rng,
        topics.filter((t) => t.questions.length > 0),
      );
      const template = rng.pick(topic.questions);
      const faction = rng.pick(factions);
      const draft = blank('Anfrage', date, makeSlots(rng, date));
      draft.topic = topic;
      draft.factionKey = faction.key;
      draft.personKey = rng.chance(0.6) ? rng.pick(currentMembers(faction.key)) : null;
      draft.question = template;
      draft.name = `Anfrage der ${faction.name} ${fill(template.subject, draft.slots)}`;
      draft.path = rng.chance(0.6) ? [step(topic.committee, 'Kenntnisnahme')] : [];
      draft.hasMainFile = rng.chance(0.9);
      draft.sections = buildQuestion(rng, draft);
      return draft;
    });
    // most Anfragen are answered within a few weeks; the newest are still open
    const answerDay = workday(addDays(question.date, rng.int(14, 38)));
    if (answerDay > LAST_PAPER_DAY || rng.chance(0.08)) continue;
    const answer = blank('Antwort auf Anfrage', answerDay, { ...question.slots });
    answer.topic = question.topic;
    answer.answers = question;
    answer.question = question.question;
    answer.factionKey = question.factionKey;
    answer.unitKey = question.topic?.unit ?? null;
    answer.name = question.name.replace(/^Anfrage/, 'Antwort auf die Anfrage');
    const consulted = question.path[0];
    answer.path = consulted
      ? [step(consulted.organizationKey, 'Kenntnisnahme')]
      : rng.chance(0.4) && question.topic
        ? [step(question.topic.committee, 'Kenntnisnahme')]
        : [];
    answer.hasMainFile = rng.chance(0.92);
    answer.sections = buildAnswer(rng, answer);
    usedNames.add(answer.name);
    drafts.push(answer);
  }

  // stable order: by date, then by creation, so references run with the calendar
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => (a.draft.date === b.draft.date ? a.index - b.index : a.draft.date.localeCompare(b.draft.date)))
    .map(({ draft }) => draft);
}
