/**
 * @module demo/sections
 * The sections of each paper type, laid out like an ALLRIS Vorlage: a Beschlussvorlage has
 * Sachverhalt, Beschlussempfehlung (or Beschlussvorschlag when one body decides alone),
 * Relevanz für den Klimaschutz and Finanzielle Auswirkungen; a Mitteilungsvorlage only a
 * Sachverhalt; an Antrag Beschlussvorschlag and Begründung; an Anfrage its Fragen; an
 * Antwort the Antwort.
 */
import { formatDate } from './demo.calendar.ts';
import type { PaperDraft, SectionDraft } from './demo.model.ts';
import { factions, gremien } from './demo.names.ts';
import type { Rng } from './demo.random.ts';
import { amount, euro, fill, procedureParagraphs, type Block } from './demo.texts.ts';
import type { MotionTemplate, ReportTemplate } from './demo.topics.types.ts';

export function organizationName(key: string): string {
  return gremien.find((g) => g.key === key)?.name ?? factions.find((f) => f.key === key)?.name ?? key;
}

/**
 * „Der Kreistag beschließt, X zu beschließen“ reads badly; a clause that only asks to adopt
 * something becomes „Der Kreistag beschließt X.“
 */
export function decisionSentence(body: string, clause: string): string {
  const adopt = /^(.*) zu beschließen$/.exec(clause);
  if (adopt?.[1] && !adopt[1].includes(' und ')) return `Der ${body} beschließt ${adopt[1]}.`;
  return `Der ${body} beschließt, ${clause}.`;
}

function paragraphs(rng: Rng, draft: PaperDraft, pool: readonly string[], count: number): Block[] {
  return rng.sample(pool, count).map((text) => ({ kind: 'p', text: fill(text, draft.slots) }));
}

function climateSection(rng: Rng, draft: PaperDraft): SectionDraft {
  const sentences = draft.topic?.climate;
  let blocks: Block[];
  if (sentences && rng.chance(0.8)) {
    blocks = [
      { kind: 'p', label: 'Auswirkung:', text: 'positiv' },
      { kind: 'p', text: fill(rng.pick(sentences), draft.slots) },
    ];
  } else {
    blocks = [
      {
        kind: 'p',
        text: rng.pick([
          'keine',
          'keine',
          'Die Vorlage hat keine unmittelbaren Auswirkungen auf den Klimaschutz.',
          'Es sind keine erheblichen Auswirkungen auf den Klimaschutz zu erwarten.',
        ]),
      },
    ];
  }
  return { kind: 'Relevanz für den Klimaschutz', heading: 'Relevanz für den Klimaschutz', blocks };
}

function financeSection(rng: Rng, draft: PaperDraft): SectionDraft {
  const heading = 'Finanzielle Auswirkungen';
  const product = `${rng.int(11, 57)}.${rng.int(1, 9)}.0${rng.int(1, 4)}`;
  const variant = rng.weighted([
    ['none', 25],
    ['sentence', 45],
    ['table', 30],
  ] as const);
  if (variant === 'none') return { kind: heading, heading, blocks: [{ kind: 'p', text: 'Keine. Die Vorlage hat keine Auswirkungen auf den Haushalt.' }] };
  const year = Number(draft.date.slice(0, 4));
  if (variant === 'sentence') {
    const blocks: Block[] = [
      { kind: 'p', text: `Die Gesamtkosten betragen ${euro(amount(rng))}. Die Mittel sind im Haushalt ${year + 1} im Produkt ${product} veranschlagt.` },
    ];
    if (rng.chance(0.5))
      blocks.push({
        kind: 'p',
        text: `Es werden Fördermittel in Höhe von ${rng.int(25, 80)} Prozent der förderfähigen Kosten erwartet. Der Eigenanteil ist in der mittelfristigen Finanzplanung berücksichtigt.`,
      });
    return { kind: heading, heading, blocks };
  }
  const rows = [0, 1, 2].map((offset) => {
    const expense = amount(rng, 20_000, 1_500_000);
    const income = Math.round((expense * rng.int(0, 70)) / 100_000) * 1_000;
    return [String(year + offset), euro(expense), euro(income), euro(expense - income)];
  });
  return {
    kind: heading,
    heading,
    blocks: [
      { kind: 'p', text: `Die Maßnahme wirkt sich im Produkt ${product} wie folgt aus:` },
      { kind: 'table', head: ['Haushaltsjahr', 'Aufwand', 'Ertrag (Förderung)', 'Eigenanteil'], rows },
    ],
  };
}

export function buildDecision(rng: Rng, draft: PaperDraft, confidentialContext?: readonly string[]): SectionDraft[] {
  const topic = draft.topic;
  const sachverhalt: Block[] = confidentialContext
    ? confidentialContext.map((text) => ({ kind: 'p', text: fill(text, draft.slots) }))
    : paragraphs(rng, draft, topic?.context ?? [], rng.int(2, 3));
  if (topic && rng.chance(0.55)) {
    sachverhalt.push({
      kind: 'p',
      text: rng.pick(['Im Einzelnen sind folgende Maßnahmen vorgesehen:', 'Die Planung umfasst insbesondere:', 'Vorgesehen sind:']),
    });
    sachverhalt.push({ kind: 'ul', items: rng.sample(topic.measures, rng.int(3, 4)).map((m) => fill(m, draft.slots)) });
  }
  sachverhalt.push(...paragraphs(rng, draft, procedureParagraphs, rng.int(1, 2)));

  const last = draft.path[draft.path.length - 1];
  const advising = draft.path.find((s) => s.role === 'Vorberatung');
  const recommendation: SectionDraft =
    last && last.organizationKey === 'KT' && advising
      ? {
          kind: 'Beschlussempfehlung',
          heading: 'Beschlussempfehlung',
          blocks: [{ kind: 'p', text: `Der ${organizationName(advising.organizationKey)} empfiehlt dem Kreistag, ${draft.clause}.` }],
        }
      : {
          kind: 'Beschlussvorschlag',
          heading: 'Beschlussvorschlag',
          blocks: [{ kind: 'p', text: decisionSentence(organizationName(last?.organizationKey ?? 'KT'), draft.clause) }],
        };
  return [{ kind: 'Sachverhalt', heading: 'Sachverhalt', blocks: sachverhalt }, recommendation, climateSection(rng, draft), financeSection(rng, draft)];
}

export function buildReport(rng: Rng, draft: PaperDraft, report: ReportTemplate | null): SectionDraft[] {
  const points = report
    ? report.points.map((p) => fill(p, draft.slots))
    : [
        'Der Bericht gibt einen Überblick über die wirtschaftliche Lage der Unternehmen, an denen der Kreis beteiligt ist.',
        `Die Verkehrsgesellschaft Nordheide mbH schloss das Geschäftsjahr mit einem Fehlbetrag von ${euro(amount(rng, 500_000, 4_000_000))} ab, der vertragsgemäß vom Kreis ausgeglichen wird.`,
        'Die Kreissparkasse hat eine Ausschüttung an den Träger vorgenommen.',
      ];
  const blocks: Block[] = [
    {
      kind: 'p',
      text: rng.pick([
        'Die Verwaltung berichtet wie folgt:',
        'Zum aktuellen Stand teilt die Verwaltung Folgendes mit:',
        'Die wesentlichen Ergebnisse im Überblick:',
      ]),
    },
    { kind: 'ul', items: points },
    ...paragraphs(rng, draft, draft.topic?.context ?? [], rng.int(1, 2)),
  ];
  if (rng.chance(0.4)) blocks.push(...paragraphs(rng, draft, procedureParagraphs, 1));
  blocks.push({ kind: 'p', text: 'Die Mitteilung dient der Information; ein Beschluss ist nicht erforderlich.' });
  return [{ kind: 'Sachverhalt', heading: 'Sachverhalt', blocks }];
}

function factionName(draft: PaperDraft): string {
  return organizationName(draft.factionKey ?? '');
}

export function buildMotion(rng: Rng, draft: PaperDraft, motion: MotionTemplate): SectionDraft[] {
  const decider = organizationName(draft.path[draft.path.length - 1]?.organizationKey ?? 'KT');
  return [
    {
      kind: 'Beschlussvorschlag',
      heading: 'Beschlussvorschlag',
      blocks: [
        { kind: 'p', text: `Die ${factionName(draft)} beantragt, der ${decider} möge beschließen:` },
        { kind: draft.requests.length > 1 ? 'ol' : 'ul', items: draft.requests },
      ],
    },
    {
      kind: 'Begründung',
      heading: 'Begründung',
      blocks: [
        ...motion.reasons.map((r): Block => ({ kind: 'p', text: fill(r, draft.slots) })),
        ...paragraphs(rng, draft, draft.topic?.context ?? [], 1),
        {
          kind: 'p',
          text: rng.pick(['Wir bitten um Zustimmung.', 'Wir bitten um Zustimmung zu unserem Antrag.', 'Die Einzelheiten erläutern wir in der Sitzung.']),
        },
      ],
    },
  ];
}

export function buildQuestion(rng: Rng, draft: PaperDraft): SectionDraft[] {
  const questions = (draft.question?.questions ?? []).map((q) => fill(q, draft.slots));
  return [
    {
      kind: 'frei',
      heading: 'Fragen',
      blocks: [
        ...paragraphs(rng, draft, draft.topic?.context ?? [], 1),
        { kind: 'p', text: `Vor diesem Hintergrund bittet die ${factionName(draft)} die Verwaltung um Beantwortung der folgenden Fragen:` },
        { kind: 'ol', items: questions },
      ],
    },
  ];
}

export function buildAnswer(rng: Rng, draft: PaperDraft): SectionDraft[] {
  const template = draft.question;
  const asked = draft.answers;
  const blocks: Block[] = [
    { kind: 'p', text: `Die Anfrage der ${factionName(draft)} vom ${formatDate(asked?.date ?? draft.date)} beantwortet die Verwaltung wie folgt:` },
  ];
  (template?.questions ?? []).forEach((question, i) => {
    blocks.push({ kind: 'p', label: `Frage ${i + 1}:`, text: fill(question, draft.slots) });
    blocks.push({
      kind: 'p',
      label: 'Antwort:',
      text: fill(template?.answers[i] ?? 'Die Verwaltung prüft die Frage und berichtet in der nächsten Sitzung.', draft.slots),
    });
  });
  if (rng.chance(0.5)) blocks.push({ kind: 'p', text: 'Für Rückfragen steht der zuständige Fachdienst gern zur Verfügung.' });
  return [{ kind: 'Antwort', heading: 'Antwort', blocks }];
}
