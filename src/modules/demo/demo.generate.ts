/**
 * @module demo/generate
 * The whole demo Kreis as plain data, from a seed and nothing else: no database, no clock, no
 * file system. Each part draws from its own forked generator, so the same seed always yields
 * deep-equal data.
 */
import { sanitizeRichText } from '../papers/index.ts';
import { referenceToSlug } from '../papers/index.ts';
import { buildAgenda } from './demo.agenda.ts';
import { DEMO_ANCHOR_DATE, toMeetingDay, addDays } from './demo.calendar.ts';
import { annexLines, FileRegistry, fileNameFor, invitationLines, organizationShort, paperMainLines, protocolDate, protocolLines } from './demo.documents.ts';
import { generateDrafts } from './demo.drafts.ts';
import { generateMeetingSlots } from './demo.meetings.ts';
import { referencePrefixes, type MeetingPlan, type PaperDraft } from './demo.model.ts';
import { body, factions, gremien, locations, terms, units } from './demo.names.ts';
import { generatePeople, indexPeople, type PeopleIndex } from './demo.people.ts';
import { Rng } from './demo.random.ts';
import { planMeetings, schedule } from './demo.schedule.ts';
import { blocksToHtml } from './demo.texts.ts';
import type { DemoAgendaItem, DemoData, DemoMeeting, DemoOrganization, DemoPaper, DemoRelation } from './demo.types.ts';

export const DEMO_SEED = 20_261_201;

/** „VO/2025/246“: prefix, year of the paper's date, running number per prefix and year. */
function assignReferences(papers: readonly PaperDraft[]): void {
  const counters = new Map<string, number>();
  for (const paper of papers) {
    const key = `${referencePrefixes[paper.kind]}/${paper.date.slice(0, 4)}`;
    const next = (counters.get(key) ?? 0) + 1;
    counters.set(key, next);
    paper.reference = `${key}/${next}`;
  }
}

function organizations(): DemoOrganization[] {
  const base = { startDate: null, endDate: null, website: null };
  return [
    ...gremien.map(
      (g, i): DemoOrganization => ({
        ...base,
        key: g.key,
        name: g.name,
        shortName: g.key,
        organizationType: g.organizationType,
        classification: g.classification,
        locationKey: g.locationKey,
        parentKey: null,
        position: i + 1,
      }),
    ),
    ...factions.map(
      (f, i): DemoOrganization => ({
        ...base,
        key: f.key,
        name: f.name,
        shortName: f.shortName,
        organizationType: 'Fraktion',
        classification: 'Fraktion',
        startDate: '2018-06-01',
        locationKey: null,
        parentKey: null,
        position: i + 1,
      }),
    ),
    ...units.map(
      (u, i): DemoOrganization => ({
        ...base,
        key: u.key,
        name: u.name,
        shortName: u.key,
        organizationType: 'Verwaltungsbereich',
        classification: u.classification,
        locationKey: null,
        parentKey: u.parentKey,
        position: i + 1,
      }),
    ),
  ];
}

type Extras = Map<number, { reference: string; category: string | null }>;

function extrasOf(plan: MeetingPlan): Extras {
  const extras: Extras = new Map();
  for (const { paper, consultation } of plan.placements) {
    if (consultation.agendaPosition !== null) extras.set(consultation.agendaPosition, { reference: paper.reference, category: paper.category });
  }
  return extras;
}

function meetingsWithFiles(rng: Rng, plans: MeetingPlan[], agendas: Map<string, DemoAgendaItem[]>, registry: FileRegistry, people: PeopleIndex): DemoMeeting[] {
  const heldWithConfidential = plans.filter((p) => p.slot.state === 'durchgeführt' && (agendas.get(p.slot.key) ?? []).some((i) => !i.public));
  const confidentialMinutes = new Set(rng.sample(heldWithConfidential, 3).map((p) => p.slot.key));
  return plans.map((plan) => {
    const { slot } = plan;
    const items = agendas.get(slot.key) ?? [];
    const files: DemoMeeting['files'] = [];
    const stem = `${organizationShort(slot.organizationKey)}-${slot.key.split('/').slice(1).join('-')}`;
    if (slot.state === 'durchgeführt' || slot.state === 'eingeladen') {
      const fileKey = registry.add({
        name: `Einladung zur ${slot.name}`,
        fileName: `einladung-${stem}.pdf`,
        date: toMeetingDay(addDays(slot.day, -10)),
        public: true,
        lines: invitationLines(plan, items, extrasOf(plan), people),
      });
      files.push({ fileKey, role: 'invitation', position: 1 });
    }
    if (slot.state === 'durchgeführt') {
      const fileKey = registry.add({
        name: `Niederschrift über die ${slot.name}`,
        fileName: `niederschrift-${stem}.pdf`,
        date: protocolDate(slot.day),
        public: true,
        lines: protocolLines(rng, plan, items, extrasOf(plan), people, 'public'),
      });
      files.push({ fileKey, role: 'resultsProtocol', position: 2 });
    }
    if (confidentialMinutes.has(slot.key)) {
      const fileKey = registry.add({
        name: 'Niederschrift – nichtöffentlicher Teil',
        fileName: `niederschrift-nichtoeffentlich-${stem}.pdf`,
        date: protocolDate(slot.day),
        public: false,
        lines: protocolLines(rng, plan, items, extrasOf(plan), people, 'confidential'),
      });
      files.push({ fileKey, role: 'auxiliary', position: 3 });
    }
    return {
      key: slot.key,
      name: slot.name,
      meetingState: slot.state,
      cancelled: slot.cancelled,
      start: slot.start,
      end: slot.end,
      locationKey: slot.locationKey,
      organizationKeys: [slot.organizationKey],
      agendaItems: items,
      files,
    };
  });
}

function papersWithFiles(rng: Rng, drafts: PaperDraft[], plans: MeetingPlan[], registry: FileRegistry, people: PeopleIndex): DemoPaper[] {
  const dayOf = new Map(plans.map((p) => [p.slot.key, p.slot.day]));
  return drafts.map((draft) => {
    const files: DemoPaper['files'] = [];
    if (draft.hasMainFile) {
      const fileKey = registry.add({
        name: `${draft.kind} ${draft.reference}`,
        fileName: fileNameFor(draft.reference, ''),
        date: draft.date,
        public: draft.public,
        lines: paperMainLines(draft, (key) => dayOf.get(key), people),
      });
      files.push({ fileKey, role: 'main', position: 1 });
    }
    draft.annexes.forEach((title, i) => {
      const fileKey = registry.add({
        name: `Anlage ${i + 1}: ${title}`,
        fileName: fileNameFor(draft.reference, `-anlage-${i + 1}`),
        date: draft.date,
        public: draft.public,
        lines: annexLines(rng, draft, i + 1, title),
      });
      files.push({ fileKey, role: 'auxiliary', position: i + 2 });
    });
    const originators =
      draft.factionKey && (draft.kind === 'Antrag' || draft.kind === 'Anfrage')
        ? [{ organizationKey: draft.factionKey, personKey: null }, ...(draft.personKey ? [{ organizationKey: null, personKey: draft.personKey }] : [])]
        : [];
    return {
      reference: draft.reference,
      slug: referenceToSlug(draft.reference),
      name: draft.name,
      paperType: draft.kind,
      date: draft.date,
      public: draft.public,
      sections: draft.sections.map((s, i) => ({ position: i + 1, kind: s.kind, heading: s.heading, bodyHtml: sanitizeRichText(blocksToHtml(s.blocks)) })),
      directionKeys: draft.unitKey && draft.kind !== 'Antrag' && draft.kind !== 'Anfrage' ? [draft.unitKey] : [],
      originators,
      files,
      consultations: draft.consultations.map((c, i) => ({
        position: i + 1,
        organizationKey: c.organizationKey,
        meetingKey: c.meetingKey,
        agendaPosition: c.agendaPosition,
        role: c.role,
        authoritative: c.authoritative,
      })),
    };
  });
}

function relations(rng: Rng, drafts: PaperDraft[]): DemoRelation[] {
  const result: DemoRelation[] = [];
  for (const draft of drafts) {
    if (draft.answers) result.push({ paperReference: draft.reference, relatedReference: draft.answers.reference, kind: 'superordinated' });
  }
  // an Antrag often leads to a Vorlage of the administration on the same topic some months later
  for (const motion of rng.sample(
    drafts.filter((d) => d.kind === 'Antrag'),
    30,
  )) {
    const later = drafts.find(
      (d) => d.kind === 'Beschlussvorlage' && d.public && d.topic === motion.topic && d.date > motion.date && d.date <= addDays(motion.date, 300),
    );
    // the cap counts related papers only: the superordinated ones above are as many as the answers
    const related = result.filter((r) => r.kind === 'related').length;
    if (later && related < 60) result.push({ paperReference: later.reference, relatedReference: motion.reference, kind: 'related' });
  }
  return result;
}

export function generateDemoData(seed: number = DEMO_SEED): DemoData {
  const root = new Rng(seed);
  const people = generatePeople(root.fork('people'));
  const index = indexPeople(people);
  const slots = generateMeetingSlots(root.fork('meetings'));
  const drafts = generateDrafts(root.fork('papers'), { slots, memberships: people.memberships });
  assignReferences(drafts);
  const plans = planMeetings(slots);
  schedule(root.fork('schedule'), drafts, plans);
  const agendaRng = root.fork('agenda');
  const agendas = new Map<string, DemoAgendaItem[]>();
  for (const plan of plans) {
    if (plan.slot.state === 'durchgeführt' || plan.slot.state === 'eingeladen') agendas.set(plan.slot.key, buildAgenda(agendaRng, plan, index));
  }
  const registry = new FileRegistry();
  const documentRng = root.fork('documents');
  const meetings = meetingsWithFiles(documentRng, plans, agendas, registry, index);
  const papers = papersWithFiles(documentRng, drafts, plans, registry, index);
  return {
    seed,
    anchorDate: DEMO_ANCHOR_DATE,
    body,
    terms,
    locations,
    organizations: organizations(),
    persons: people.persons,
    memberships: people.memberships,
    meetings,
    papers,
    relations: relations(root.fork('relations'), drafts),
    files: registry.files,
  };
}
