/**
 * @module demo/agenda
 * Turns a meeting plan into its Tagesordnung: standard items, notices with sub-items
 * („Ö 4.1“), papers, questions, other business, then the non-public part („N 1“). Meetings
 * that took place get results, resolution texts and votes; invited ones only the items.
 */
import { formatDate, formatTime } from './demo.calendar.ts';
import type { MeetingPlan, PaperDraft, Placement } from './demo.model.ts';
import { gremien } from './demo.names.ts';
import type { PeopleIndex } from './demo.people.ts';
import type { Rng } from './demo.random.ts';
import { decisionSentence, organizationName } from './demo.sections.ts';
import { amendmentNotes } from './demo.texts.ts';
import { topics } from './demo.drafts.ts';
import type { DemoAgendaItem, DemoResult } from './demo.types.ts';

type Outcome = Pick<DemoAgendaItem, 'result' | 'resolutionText' | 'votesYes' | 'votesNo' | 'votesAbstention' | 'unanimous'>;

const noOutcome: Outcome = { result: null, resolutionText: null, votesYes: null, votesNo: null, votesAbstention: null, unanimous: null };

function votes(rng: Rng, present: number, result: DemoResult): Outcome {
  const base = { ...noOutcome, result };
  if (result !== 'beschlossen' && result !== 'geändert beschlossen' && result !== 'abgelehnt') return base;
  if (result !== 'abgelehnt' && rng.chance(0.55)) return { ...base, unanimous: true };
  const minority = rng.int(1, Math.max(1, Math.floor(present / 3)));
  const abstention = rng.int(0, Math.min(2, present - minority - 1));
  const majority = present - minority - abstention;
  return result === 'abgelehnt'
    ? { ...base, unanimous: false, votesYes: minority, votesNo: majority, votesAbstention: abstention }
    : { ...base, unanimous: false, votesYes: majority, votesNo: minority, votesAbstention: abstention };
}

function resolution(paper: PaperDraft, placement: Placement, result: DemoResult, rng: Rng): string {
  const body = organizationName(placement.consultation.organizationKey);
  const decider = organizationName(paper.path[paper.path.length - 1]?.organizationKey ?? 'KT');
  const faction = organizationName(paper.factionKey ?? '');
  const advising = placement.consultation.role === 'Vorberatung';
  const amendment = result === 'geändert beschlossen' ? ` ${rng.pick(amendmentNotes)}` : '';
  if (result === 'vertagt') return 'Die Beratung wird auf die nächste Sitzung vertagt.';
  if (result === 'zurückgezogen') return `Die ${faction} zieht den Antrag zurück.`;
  if (result === 'zur Kenntnis genommen') {
    if (paper.kind === 'Anfrage') return 'Die Anfrage wird zur Kenntnis genommen. Die Verwaltung sagt eine schriftliche Beantwortung zu.';
    if (paper.kind === 'Antwort auf Anfrage') return `Der ${body} nimmt die Antwort der Verwaltung zur Kenntnis.`;
    if (placement.consultation.role === 'Anhörung') return `Der ${body} nimmt die Vorlage zur Kenntnis und unterstützt das Vorhaben.`;
    return `Der ${body} nimmt die Mitteilung zur Kenntnis.`;
  }
  if (paper.kind === 'Antrag') {
    if (advising)
      return result === 'abgelehnt'
        ? `Der ${body} empfiehlt dem ${decider}, den Antrag abzulehnen.`
        : `Der ${body} empfiehlt dem ${decider}, dem Antrag zuzustimmen.${amendment}`;
    return result === 'abgelehnt' ? `Der Antrag der ${faction} wird abgelehnt.` : `Der ${body} beschließt: ${paper.requests.join(' ')}${amendment}`;
  }
  if (advising)
    return result === 'abgelehnt'
      ? `Der ${body} empfiehlt dem ${decider}, die Vorlage abzulehnen.`
      : `Der ${body} empfiehlt dem ${decider}, ${paper.clause}.${amendment}`;
  return result === 'abgelehnt' ? `Der ${body} lehnt die Vorlage ab.` : `${decisionSentence(body, paper.clause)}${amendment}`;
}

const confidentialFillers = [
  'Personalangelegenheiten',
  'Grundstücksangelegenheiten',
  'Vergabeangelegenheiten – Bericht über erteilte Aufträge',
  'Mitteilungen der Verwaltung (nichtöffentlich)',
];

export function buildAgenda(rng: Rng, plan: MeetingPlan, people: PeopleIndex): DemoAgendaItem[] {
  const { slot } = plan;
  const held = slot.state === 'durchgeführt';
  const organization = gremien.find((g) => g.key === slot.organizationKey);
  const members = people.members(slot.organizationKey);
  if (held) plan.absent = rng.sample(members, rng.int(0, members.length > 20 ? 4 : members.length > 6 ? 2 : 0)).map((m) => m.personKey);
  const voters = Math.max(3, members.filter((m) => m.votingRight && !plan.absent.includes(m.personKey)).length);
  const chair = people.chair(slot.organizationKey);
  const items: DemoAgendaItem[] = [];
  let main = 0;
  let sub = 0;
  let confidential = 0;
  const add = (level: 'main' | 'sub' | 'np', name: string, outcome: Outcome): DemoAgendaItem => {
    if (level === 'main') [main, sub] = [main + 1, 0];
    if (level === 'sub') sub += 1;
    if (level === 'np') confidential += 1;
    const number = level === 'np' ? `N ${confidential}` : level === 'sub' ? `Ö ${main}.${sub}` : `Ö ${main}`;
    const item: DemoAgendaItem = { position: items.length + 1, number, name, public: level !== 'np', ...(held ? outcome : noOutcome) };
    items.push(item);
    return item;
  };
  const decided = (text: string, result: DemoResult = 'beschlossen'): Outcome => ({ ...votes(rng, voters, result), resolutionText: text });
  const chairTitle = chair?.gender === 'female' ? 'Die Vorsitzende' : 'Der Vorsitzende';
  const chairName = chair ? `${chair.formOfAddress} ${chair.familyName}` : 'das älteste Mitglied';

  if (slot.organizationKey === 'KT' && slot.ordinal === 1) {
    add('main', 'Eröffnung der Sitzung durch das älteste Mitglied des Kreistages', {
      ...noOutcome,
      resolutionText: 'Das älteste Mitglied eröffnet die Sitzung und begrüßt die Abgeordneten, die Verwaltung und die Gäste.',
    });
    add('main', 'Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit', {
      ...noOutcome,
      resolutionText: 'Die ordnungsgemäße Ladung und die Beschlussfähigkeit werden festgestellt.',
    });
    add('main', 'Pflichtenbelehrung und Verpflichtung der Kreistagsabgeordneten', {
      ...noOutcome,
      resolutionText: 'Die Abgeordneten werden auf die gewissenhafte Erfüllung ihrer Pflichten verpflichtet.',
    });
    add(
      'main',
      'Wahl der oder des Vorsitzenden des Kreistages',
      decided(
        `${chair?.gender === 'female' ? 'Zur Vorsitzenden' : 'Zum Vorsitzenden'} des Kreistages wird ${chair ? people.fullName(chair) : 'ein Mitglied'} gewählt.`,
      ),
    );
    add(
      'main',
      'Wahl der Stellvertreterinnen und Stellvertreter der oder des Vorsitzenden',
      decided('Die Stellvertretungen werden entsprechend dem Wahlvorschlag gewählt.'),
    );
    add('main', 'Beschluss über die Geschäftsordnung des Kreistages', decided('Der Kreistag beschließt die Geschäftsordnung in der Fassung der Anlage.'));
    add(
      'main',
      'Bildung der Ausschüsse und Festlegung der Zahl der Sitze',
      decided('Der Kreistag bildet die Ausschüsse und Beiräte in der vorgeschlagenen Größe.'),
    );
    add('main', 'Besetzung der Ausschüsse und Beiräte', decided('Die Ausschüsse und Beiräte werden entsprechend den Vorschlägen der Fraktionen besetzt.'));
    add('main', 'Wahl der stimmberechtigten Mitglieder des Jugendhilfeausschusses', decided('Die Mitglieder werden entsprechend den Vorschlägen gewählt.'));
    add('main', 'Verschiedenes', { ...noOutcome, resolutionText: 'Es liegen keine Wortmeldungen vor.' });
    return items;
  }

  add('main', 'Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit', {
    ...noOutcome,
    resolutionText: `${chairTitle}, ${chairName}, eröffnet die Sitzung um ${formatTime(slot.hour, slot.minute)} und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest.`,
  });
  if (plan.previous) {
    const day = formatDate(plan.previous.day);
    add('main', `Genehmigung der Niederschrift über die Sitzung vom ${day}`, decided(`Die Niederschrift über die Sitzung vom ${day} wird genehmigt.`));
  }
  if (organization?.classification !== 'Beirat' && slot.organizationKey !== 'RPA') {
    const asked = rng.chance(0.35);
    add('main', 'Einwohnerfragestunde', {
      ...noOutcome,
      resolutionText: asked
        ? 'Eine Einwohnerin fragt nach dem Zeitplan eines Vorhabens in ihrer Gemeinde; die Verwaltung sagt eine schriftliche Antwort zu.'
        : 'Es werden keine Fragen gestellt.',
    });
  }

  const placed = (p: Placement): DemoAgendaItem => {
    const level = !p.paper.public
      ? 'np'
      : p.paper.kind === 'Mitteilungsvorlage' || p.paper.kind === 'Antwort auf Anfrage' || p.paper.kind === 'Anfrage'
        ? 'sub'
        : 'main';
    const result = p.consultation.result;
    const item = add(level, p.paper.name, result ? { ...votes(rng, voters, result), resolutionText: resolution(p.paper, p, result, rng) } : noOutcome);
    p.consultation.agendaPosition = item.position;
    return item;
  };
  const publicPlacements = plan.placements.filter((p) => p.paper.public);
  const notices = publicPlacements.filter((p) => p.paper.kind === 'Mitteilungsvorlage' || p.paper.kind === 'Antwort auf Anfrage');
  const questions = publicPlacements.filter((p) => p.paper.kind === 'Anfrage');
  const business = publicPlacements.filter((p) => !notices.includes(p) && !questions.includes(p));

  add(
    'main',
    'Mitteilungen der Verwaltung',
    notices.length > 0
      ? noOutcome
      : {
          ...noOutcome,
          result: 'zur Kenntnis genommen',
          resolutionText: 'Die Verwaltung berichtet mündlich über aktuelle Themen; Nachfragen werden beantwortet.',
        },
  );
  notices.forEach(placed);
  business.forEach(placed);

  // short agendas get an oral report of the administration, as real committees do
  let rows = plan.rows;
  const ownTopics = topics.filter((t) => t.committee === slot.organizationKey || t.advisory === slot.organizationKey);
  const briefings = (ownTopics.length > 0 ? ownTopics : topics).flatMap((t) => t.briefings);
  while (rows < 6 || (rows < 12 && rng.chance(0.2))) {
    // a report is on one agenda once, and never under the name of a paper on it
    const unused = (names: string[]) => names.filter((name) => !items.some((item) => item.name === name));
    const fresh = unused(briefings).length > 0 ? unused(briefings) : unused(topics.flatMap((t) => t.briefings));
    if (fresh.length === 0) break;
    add('main', rng.pick(fresh), {
      ...noOutcome,
      result: 'zur Kenntnis genommen',
      resolutionText: `Der ${organization?.name ?? 'Ausschuss'} nimmt den Bericht zur Kenntnis.`,
    });
    rows += 1;
    if (rows >= 6 && rng.chance(0.5)) break;
  }
  if (questions.length > 0) {
    add('main', 'Anfragen', noOutcome);
    questions.forEach(placed);
  }
  add('main', 'Verschiedenes', {
    ...noOutcome,
    resolutionText: rng.pick([
      'Es liegen keine Wortmeldungen vor.',
      'Die Verwaltung weist auf den nächsten Sitzungstermin hin.',
      'Ein Mitglied bittet um einen Sachstandsbericht in der nächsten Sitzung.',
    ]),
  });

  plan.placements.filter((p) => !p.paper.public).forEach(placed);
  const noConfidentialYet = !plan.placements.some((p) => !p.paper.public);
  if (noConfidentialYet && organization?.classification !== 'Beirat' && rng.chance(0.18)) {
    for (const name of rng.sample(confidentialFillers, Math.min(rng.int(1, 2), Math.max(0, 15 - items.length)))) {
      add('np', name, { ...noOutcome, result: 'zur Kenntnis genommen', resolutionText: 'Der Bericht der Verwaltung wird zur Kenntnis genommen.' });
    }
  }
  return items;
}
