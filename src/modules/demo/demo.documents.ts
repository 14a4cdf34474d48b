/**
 * @module demo/documents
 * The text of every demo file, line by line: a paper's main document and its Anlagen, the
 * invitation with the Tagesordnung and the Niederschrift with results. Public documents never
 * print a non-public item's title, only its neutral category, because the invitation and the
 * minutes are published even when single items are not.
 */
import { addDays, DEMO_ANCHOR_DATE, formatDate, formatLongDate, formatTime } from './demo.calendar.ts';
import type { MeetingPlan, PaperDraft } from './demo.model.ts';
import { body, gremien, locations, units } from './demo.names.ts';
import type { PeopleIndex } from './demo.people.ts';
import type { Rng } from './demo.random.ts';
import { organizationName } from './demo.sections.ts';
import { amount, blocksToLines, discussionSentences, euro, fill } from './demo.texts.ts';
import type { DemoAgendaItem, DemoFile, DocLine } from './demo.types.ts';
import { referenceToSlug } from '../papers/index.ts';

export class FileRegistry {
  readonly files: DemoFile[] = [];

  add(file: Omit<DemoFile, 'key'>): string {
    const key = `f${String(this.files.length + 1).padStart(4, '0')}`;
    this.files.push({ key, ...file });
    return key;
  }
}

const line = (style: DocLine['style'], text: string): DocLine => ({ style, text });

function unitName(key: string | null): string {
  return units.find((u) => u.key === key)?.name ?? '';
}

export function paperMainLines(paper: PaperDraft, meetingDay: (key: string) => string | undefined, people: PeopleIndex): DocLine[] {
  const fromFaction = paper.kind === 'Antrag' || paper.kind === 'Anfrage';
  const lines: DocLine[] = [
    line(
      'meta',
      fromFaction ? `${organizationName(paper.factionKey ?? '')} im Kreistag des ${body.name.replace('Kreis ', 'Kreises ')}` : `${body.name} – Der Landrat`,
    ),
    line('subtitle', `${paper.kind} ${paper.reference}${paper.public ? '' : ' – nichtöffentlich –'}`),
    line('meta', `Datum: ${formatDate(paper.date)}`),
  ];
  if (paper.unitKey) lines.push(line('meta', `Federführung: ${unitName(paper.unitKey)}`));
  const author = paper.personKey ? people.person(paper.personKey) : undefined;
  if (fromFaction) lines.push(line('meta', `Einreicher: ${organizationName(paper.factionKey ?? '')}${author ? `, ${people.fullName(author)}` : ''}`));
  if (paper.consultations.length > 0) {
    lines.push(line('heading', 'Beratungsfolge'));
    for (const c of paper.consultations) {
      const day = c.meetingKey ? meetingDay(c.meetingKey) : undefined;
      lines.push(line('text', `${day ? formatDate(day) : 'Termin offen'}\t${organizationName(c.organizationKey)}\t${c.role}`));
    }
  }
  lines.push(line('title', paper.name));
  for (const section of paper.sections) lines.push(line('heading', section.heading), ...blocksToLines(section.blocks));
  if (fromFaction)
    lines.push(line('text', `Für die ${organizationName(paper.factionKey ?? '')}: ${author ? people.fullName(author) : 'der Fraktionsvorstand'}`));
  return lines;
}

export function annexLines(rng: Rng, paper: PaperDraft, index: number, title: string): DocLine[] {
  const lines: DocLine[] = [line('meta', `Anlage ${index} zu ${paper.reference}`), line('title', title), line('subtitle', paper.name)];
  const topic = paper.topic;
  if (/Kosten|Gebühr|Haushalt/.test(title)) {
    const positions = rng.sample(
      ['Planungsleistungen', 'Bauleistungen', 'Technische Ausrüstung', 'Ausstattung', 'Baunebenkosten', 'Personalkosten', 'Sachkosten', 'Unvorhergesehenes'],
      5,
    );
    const values = positions.map(() => amount(rng, 8_000, 900_000));
    lines.push(line('meta', 'Kostengruppe\tBetrag (brutto)'));
    positions.forEach((p, i) => lines.push(line('text', `${p}\t${euro(values[i] ?? 0)}`)));
    lines.push(line('heading', `Summe\t${euro(values.reduce((a, b) => a + b, 0))}`));
    lines.push(
      line(
        'text',
        'Die Kosten beruhen auf der Kostenberechnung nach DIN 276 bzw. auf Erfahrungswerten vergleichbarer Maßnahmen. Preissteigerungen bis zur Ausführung sind mit einem Zuschlag von fünf Prozent berücksichtigt.',
      ),
    );
  } else if (/Lageplan|Karte/.test(title)) {
    lines.push(line('heading', 'Erläuterung zum Lageplan'));
    lines.push(
      line(
        'text',
        fill(
          'Das Vorhaben liegt im Gebiet der Gemeinde {ort}. Der beigefügte Plan zeigt die vorgesehene Fläche, die Erschließung über die {strasse} sowie die angrenzenden Nutzungen.',
          paper.slots,
        ),
      ),
    );
    lines.push(
      line(
        'text',
        'Die Zufahrt erfolgt über die vorhandene Gemeindestraße. Zusätzliche Stellplätze werden im nördlichen Teil des Grundstücks angeordnet; der vorhandene Baumbestand bleibt weitgehend erhalten.',
      ),
    );
    lines.push(
      line(
        'text',
        'Leitungen der Ver- und Entsorgung liegen im Straßenraum an. Eine Baugrunduntersuchung hat tragfähigen Boden ab etwa 1,20 m unter Gelände ergeben.',
      ),
    );
  } else if (/Stellungnahme/.test(title)) {
    const author = title.includes('Personalrat') ? 'Personalrat' : organizationName(paper.topic?.advisory ?? '') || 'Beirat';
    lines.push(line('text', `Der ${author} hat sich in seiner Sitzung am ${formatDate(addDays(paper.date, -rng.int(7, 30)))} mit dem Vorhaben befasst.`));
    lines.push(
      line(
        'text',
        'Er begrüßt die Vorlage ausdrücklich und bittet darum, bei der Umsetzung frühzeitig beteiligt zu werden. Besonders wichtig sind ihm eine verständliche Information der Betroffenen und barrierefreie Zugänge.',
      ),
    );
  } else {
    lines.push(line('heading', 'Übersicht'));
    const measures = topic ? rng.sample(topic.measures, Math.min(5, topic.measures.length)) : ['Bestandsaufnahme', 'Bewertung', 'Umsetzung'];
    measures.forEach((m, i) => lines.push(line('bullet', `${i + 1}. ${fill(m, paper.slots)} – Umsetzung ${Number(paper.date.slice(0, 4)) + 1 + (i % 3)}`)));
    for (const text of rng.sample(topic?.context ?? [], 2)) lines.push(line('text', fill(text, paper.slots)));
  }
  return lines;
}

function locationText(key: string): string {
  const l = locations.find((x) => x.key === key);
  return l ? `${l.description}, ${l.streetAddress}, ${l.postalCode} ${l.locality}` : '';
}

/** How an item is printed in a public document: non-public items only by category. */
function publicName(item: DemoAgendaItem, category: string | undefined): string {
  return item.public ? item.name : (category ?? item.name);
}

function chairSignature(plan: MeetingPlan, people: PeopleIndex): [string, string] {
  const chair = people.chair(plan.slot.organizationKey);
  return [chair ? people.fullName(chair) : '', chair?.gender === 'female' ? 'Vorsitzende' : 'Vorsitzender'];
}

export function invitationLines(
  plan: MeetingPlan,
  items: DemoAgendaItem[],
  extras: Map<number, { reference: string; category: string | null }>,
  people: PeopleIndex,
): DocLine[] {
  const { slot } = plan;
  const lines: DocLine[] = [
    line('meta', body.name),
    line('title', 'Einladung'),
    line('subtitle', slot.name),
    line('text', `Sitzungstermin: ${formatLongDate(slot.day)}, ${formatTime(slot.hour, slot.minute)}`),
    line('text', `Sitzungsort: ${locationText(slot.locationKey)}`),
    line('text', 'Sehr geehrte Damen und Herren,'),
    line('text', `hiermit lade ich Sie zur ${slot.name} ein. Die Vorlagen sind im Ratsinformationssystem abrufbar.`),
    line('heading', 'Tagesordnung'),
    line('meta', 'Öffentlicher Teil'),
  ];
  let confidentialHeader = false;
  for (const item of items) {
    if (!item.public && !confidentialHeader) {
      lines.push(line('meta', 'Nichtöffentlicher Teil'));
      confidentialHeader = true;
    }
    const extra = extras.get(item.position);
    lines.push(line('text', `${item.number}\t${publicName(item, extra?.category ?? undefined)}${item.public && extra ? `\t${extra.reference}` : ''}`));
  }
  const [name, role] = chairSignature(plan, people);
  lines.push(line('text', 'Mit freundlichen Grüßen'), line('text', `${name}, ${role}`));
  return lines;
}

function outcomeLines(item: DemoAgendaItem): DocLine[] {
  const lines: DocLine[] = [];
  if (item.resolutionText)
    lines.push(line('text', item.result && item.result !== 'zur Kenntnis genommen' ? `Beschluss: ${item.resolutionText}` : item.resolutionText));
  if (item.unanimous) lines.push(line('text', 'Abstimmungsergebnis: einstimmig'));
  else if (item.votesYes !== null)
    lines.push(line('text', `Abstimmungsergebnis: Ja ${item.votesYes}, Nein ${item.votesNo ?? 0}, Enthaltungen ${item.votesAbstention ?? 0}`));
  if (item.result) lines.push(line('meta', `Ergebnis: ${item.result}`));
  return lines;
}

export function protocolLines(
  rng: Rng,
  plan: MeetingPlan,
  items: DemoAgendaItem[],
  extras: Map<number, { reference: string; category: string | null }>,
  people: PeopleIndex,
  part: 'public' | 'confidential',
): DocLine[] {
  const { slot } = plan;
  const members = people.members(slot.organizationKey);
  const names = (keys: string[]): string =>
    keys
      .map((k) => people.person(k))
      .flatMap((p) => (p ? [people.fullName(p)] : []))
      .join(', ');
  const present = members.filter((m) => !plan.absent.includes(m.personKey) && m.role !== 'Vorsitz').map((m) => m.personKey);
  const topicUnits = new Set(plan.placements.map((p) => p.paper.unitKey ?? ''));
  const staff = ['KTB', ...topicUnits].flatMap((u) => people.staff(u)).filter((p, i, all) => all.indexOf(p) === i);
  const [chairName, chairRole] = chairSignature(plan, people);
  // wall-clock end from the start time and the duration, without consulting time-zone data
  const endMinutes = slot.end ? slot.hour * 60 + slot.minute + (Date.parse(slot.end) - Date.parse(slot.start)) / 60_000 : null;
  const endText = endMinutes === null ? '' : formatTime(Math.floor(endMinutes / 60), endMinutes % 60).replace(' Uhr', '');
  const lines: DocLine[] = [
    line('meta', body.name),
    line('title', part === 'public' ? 'Niederschrift' : 'Niederschrift – nichtöffentlicher Teil'),
    line('subtitle', `über die ${slot.name}`),
    line('text', `Sitzungstermin: ${formatLongDate(slot.day)}`),
    line('text', `Sitzungsbeginn: ${formatTime(slot.hour, slot.minute)}${endText ? `, Sitzungsende: ${endText} Uhr` : ''}`),
    line('text', `Ort: ${locationText(slot.locationKey)}`),
    line('heading', 'Anwesend'),
    line('text', `Vorsitz: ${chairName}`),
    line('text', `Mitglieder: ${names(present)}`),
    line('text', `Entschuldigt: ${plan.absent.length > 0 ? names(plan.absent) : '–'}`),
    line('text', `Verwaltung: ${staff.map((p) => people.fullName(p)).join(', ')}`),
    line('heading', part === 'public' ? 'Öffentlicher Teil' : 'Nichtöffentlicher Teil'),
  ];
  for (const item of items.filter((i) => i.public === (part === 'public'))) {
    const extra = extras.get(item.position);
    lines.push(line('heading', `${item.number} ${item.name}`));
    if (extra) lines.push(line('meta', `Vorlage: ${extra.reference}`));
    if (extra && item.result && item.result !== 'zur Kenntnis genommen') lines.push(line('text', rng.pick(discussionSentences)));
    lines.push(...outcomeLines(item));
  }
  if (part === 'public' && items.some((i) => !i.public)) {
    lines.push(
      line('heading', 'Nichtöffentlicher Teil'),
      line('text', 'Die Beratungen des nichtöffentlichen Teils sind in einer gesonderten Niederschrift festgehalten.'),
    );
  }
  lines.push(line('text', `${chairName}, ${chairRole}`));
  const writer = people.staff('KTB')[1] ?? people.staff('KTB')[0];
  if (writer) lines.push(line('text', `${people.fullName(writer)}, Protokollführung`));
  return lines;
}

export function protocolDate(day: string): string {
  const due = addDays(day, 14);
  return due < DEMO_ANCHOR_DATE ? due : DEMO_ANCHOR_DATE;
}

export function organizationShort(key: string): string {
  return gremien.find((g) => g.key === key)?.key.toLowerCase() ?? key.toLowerCase();
}

export function fileNameFor(reference: string, suffix: string): string {
  return `${referenceToSlug(reference).toLowerCase()}${suffix}.pdf`;
}
