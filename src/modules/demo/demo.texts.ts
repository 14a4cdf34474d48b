/**
 * @module demo/texts
 * Filling templates and turning text blocks into the two forms a paper needs: HTML for its
 * sections (sanitised like any other input) and lines for its PDF. Both come from the same
 * blocks, so the document and the web page say the same thing.
 */
import { addDays, formatDate, monthName } from './demo.calendar.ts';
import { schools, countyRoads, towns, units } from './demo.names.ts';
import type { Rng } from './demo.random.ts';
import type { DocLine } from './demo.types.ts';

export type Block = { kind: 'p'; text: string; label?: string } | { kind: 'ul' | 'ol'; items: string[] } | { kind: 'table'; head: string[]; rows: string[][] };

export type Slots = Record<string, string>;

/** „1.234.500 €“, grouped by hand so the result never depends on the ICU build. */
export function euro(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
}

/** A sum that looks planned: rounded to thousands, spread over small grants and large buildings. */
export function amount(rng: Rng, min = 20_000, max = 6_000_000): number {
  const value = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  const step = value > 1_000_000 ? 50_000 : value > 100_000 ? 5_000 : 1_000;
  return Math.round(value / step) * step;
}

/** The values one paper's templates draw from; drawn once so title and body agree. */
export function makeSlots(rng: Rng, day: string): Slots {
  const year = Number(day.slice(0, 4));
  const [ort, ort2] = rng.sample(towns, 2);
  const fachdienste = units.filter((u) => u.classification === 'Fachdienst').map((u) => u.name.replace(/^Fachdienst /, ''));
  const school = rng.pick(schools);
  return {
    ort: ort ?? 'Lindenhagen',
    ort2: ort2 ?? 'Moorwede',
    schule: school.name,
    schule_gen: school.genitive,
    schule_dat: school.dative,
    strasse: rng.pick(countyRoads),
    jahr: String(year),
    folgejahr: String(year + 1),
    folgejahr2: String(year + 2),
    vorjahr: String(year - 1),
    vorjahr2: String(year - 2),
    plus3: String(year + 3),
    plus5: String(year + 5),
    betrag: euro(amount(rng)),
    anzahl: String(rng.int(12, 480)),
    prozent: String(rng.int(8, 65)),
    monat: monthName(rng.int(1, 12)),
    // reports speak of the state at the end of the previous month
    stand: `${monthName(((Number(day.slice(5, 7)) + 10) % 12) + 1)} ${Number(day.slice(5, 7)) === 1 ? year - 1 : year}`,
    datum: formatDate(addDays(day, -rng.int(10, 40))),
    flurstueck: `${rng.int(12, 240)}/${rng.int(1, 19)}`,
    fachdienst: rng.pick(fachdienste),
  };
}

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = slots[name];
    // a typo in a template must fail the generation, not print „{ort}“ into a demo paper
    if (value === undefined) throw new Error(`unknown template slot ${match}`);
    return value;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'p') return `<p>${block.label ? `<strong>${escapeHtml(block.label)}</strong> ` : ''}${escapeHtml(block.text)}</p>`;
      if (block.kind === 'table') {
        const head = block.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
        const rows = block.rows
          .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
          .join('');
        return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      }
      return `<${block.kind}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${block.kind}>`;
    })
    .join('\n');
}

/** Table rows become tab-separated lines; the PDF writer sets each cell in its own column. */
export function blocksToLines(blocks: readonly Block[]): DocLine[] {
  const lines: DocLine[] = [];
  for (const block of blocks) {
    if (block.kind === 'p') lines.push({ style: 'text', text: block.label ? `${block.label} ${block.text}` : block.text });
    else if (block.kind === 'table') {
      lines.push({ style: 'meta', text: block.head.join('\t') });
      for (const row of block.rows) lines.push({ style: 'text', text: row.join('\t') });
    } else block.items.forEach((item, i) => lines.push({ style: 'bullet', text: `${block.kind === 'ol' ? `${i + 1}.` : '•'} ${item}` }));
  }
  return lines;
}

/** Paragraphs any Vorlage may carry; they vary the texts without being tied to a topic. */
export const procedureParagraphs = [
  'Die Verwaltung hat das Vorhaben mit den betroffenen Gemeinden abgestimmt. Die Hauptverwaltungsbeamtinnen und Hauptverwaltungsbeamten haben es in ihrer Dienstbesprechung am {datum} ausdrücklich unterstützt.',
  'Die Fraktionen wurden in einer Informationsveranstaltung am {datum} über den Sachstand unterrichtet. Die dort gestellten Fragen sind in diese Vorlage eingeflossen.',
  'Vergleichbare Kreise in Niedersachsen haben mit ähnlichen Maßnahmen gute Erfahrungen gemacht. Die Verwaltung hat sich insbesondere mit zwei Nachbarkreisen ausgetauscht.',
  'Die Umsetzung soll im {monat} {folgejahr} beginnen. Über den Fortgang wird die Verwaltung den Ausschuss regelmäßig unterrichten.',
  'Die Gleichstellungsbeauftragte wurde beteiligt; Bedenken wurden nicht erhoben.',
  'Sollte der Beschluss nicht rechtzeitig gefasst werden, können zugesagte Fördermittel nicht abgerufen werden. Die Verwaltung bittet daher um eine Entscheidung im laufenden Sitzungszyklus.',
  'Die Einzelheiten sind in der Anlage zu dieser Vorlage dargestellt.',
  'Die Verwaltung hat verschiedene Varianten geprüft. Die vorgeschlagene Lösung ist nach Abwägung von Kosten, Nutzen und Zeitbedarf die wirtschaftlichste.',
];

export const amendmentNotes = [
  'Abweichend von der Vorlage wird die Verwaltung beauftragt, dem Ausschuss halbjährlich über den Sachstand zu berichten.',
  'Die Umsetzung wird um ein Jahr vorgezogen.',
  'Der Beschluss steht unter dem Vorbehalt der Bewilligung der beantragten Fördermittel.',
  'Die Gemeinden sind vor der Umsetzung erneut zu beteiligen.',
  'Die Maßnahme ist nach zwei Jahren zu evaluieren; das Ergebnis ist dem Kreistag vorzulegen.',
];

export const discussionSentences = [
  'Die Verwaltung erläutert die Vorlage; Fragen aus dem Gremium werden beantwortet.',
  'Nach kurzer Aussprache wird abgestimmt.',
  'In der Aussprache wird vor allem nach dem Zeitplan und der Finanzierung gefragt.',
  'Mehrere Mitglieder begrüßen die Vorlage ausdrücklich.',
  'Es entwickelt sich eine ausführliche Diskussion über die Folgen für die Gemeinden.',
];
