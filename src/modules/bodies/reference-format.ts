/**
 * @module bodies/reference-format
 * The Aktenzeichen (Vorlagennummer) a body gives each type of paper, written as a format such as
 * `VO/{jahr}/{nummer}` or `BV-{jahr}-{nummer:4}`. The back office checks what the administration
 * types; the release of a paper (issue 18) renders the next number and reads existing ones back.
 * Pure functions: no database, no clock.
 */
import { err, ok, type Result } from '../../lib/result.ts';

export const REFERENCE_FORMAT_MAX = 60;

/** What the settings page explains: each placeholder and what it becomes. */
export const referencePlaceholders = [
  { token: '{jahr}', meaning: 'das Jahr der Freigabe, vierstellig (2026)' },
  { token: '{nummer}', meaning: 'die laufende Nummer der Vorlagenart im Jahr (17)' },
  { token: '{nummer:3}', meaning: 'die laufende Nummer mit führenden Nullen auf so viele Stellen (017)' },
] as const;

type Part = { kind: 'text'; text: string } | { kind: 'year' } | { kind: 'number'; width: number };

/** A checked format: render a reference, or find the running number in an existing one. */
export interface ReferenceFormat {
  readonly source: string;
  readonly usesYear: boolean;
  /** „VO/2026/017“ for year 2026 and number 17; a number wider than the padding is not cut. */
  render(values: { year: number; number: number }): string;
  /** The running number of a reference of this format and year, or undefined when it is none. */
  numberIn(reference: string, year: number): number | undefined;
}

// outside the placeholders: what survives in a permalink (papers/reference), space and separators
const literal = /^[A-Za-zÄÖÜäöüß0-9 /\-._]*$/;

/** Reads a format; a German sentence on what is wrong when it cannot be used. */
export function parseReferenceFormat(input: string): Result<ReferenceFormat, string> {
  const source = input.trim();
  if (source === '') return err('Bitte geben Sie ein Format an, zum Beispiel VO/{jahr}/{nummer}.');
  if (source.length > REFERENCE_FORMAT_MAX) return err(`Höchstens ${REFERENCE_FORMAT_MAX} Zeichen (jetzt ${source.length}).`);
  const parts: Part[] = [];
  let numbers = 0;
  for (const piece of source.split(/(\{[^{}]*\})/)) {
    if (piece === '') continue;
    if (/^\{[^{}]*\}$/.test(piece)) {
      const placeholder = /^\{(jahr|nummer)(?::(\d{1,2}))?\}$/.exec(piece);
      if (!placeholder) return err(`Unbekannter Platzhalter ${piece}. Erlaubt sind {jahr}, {nummer} und {nummer:3}.`);
      const [, name, width] = placeholder;
      if (name === 'jahr') {
        if (width !== undefined) return err('{jahr} hat keine Stellenzahl: Das Jahr ist immer vierstellig.');
        parts.push({ kind: 'year' });
        continue;
      }
      const digits = width === undefined ? 1 : Number(width);
      if (digits < 1 || digits > 9) return err(`{nummer:${width}}: Die Stellenzahl muss zwischen 1 und 9 liegen.`);
      numbers++;
      parts.push({ kind: 'number', width: digits });
      continue;
    }
    if (/[{}]/.test(piece)) return err('Geschweifte Klammern stehen nur um einen Platzhalter, zum Beispiel {nummer}.');
    if (!literal.test(piece)) return err('Außerhalb der Platzhalter sind nur Buchstaben, Ziffern, Leerzeichen und / - . _ erlaubt.');
    parts.push({ kind: 'text', text: piece });
  }
  if (numbers === 0) return err('Das Format braucht die laufende Nummer: {nummer} (oder {nummer:3} mit führenden Nullen).');
  if (numbers > 1) return err('Die laufende Nummer darf nur einmal vorkommen.');
  const format = compile(source, parts);
  // a reference of digits only would read as a record number in its permalink (/vorlagen/2026017)
  const permalink = format
    .render({ year: 2026, number: 17 })
    .replace(/[^A-Za-zÄÖÜäöüß0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (/^\d+$/.test(permalink))
    return err(
      'Die Nummer braucht einen Buchstaben oder ein Trennzeichen zwischen den Zahlen (zum Beispiel {jahr}/{nummer}), sonst sieht sie wie eine Datensatznummer aus.',
    );
  return ok(format);
}

function compile(source: string, parts: readonly Part[]): ReferenceFormat {
  const quote = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const render = ({ year, number }: { year: number; number: number }) =>
    parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'year' ? String(year) : String(number).padStart(p.width, '0'))).join('');
  return {
    source,
    usesYear: parts.some((p) => p.kind === 'year'),
    render,
    numberIn(reference, year) {
      const pattern = parts.map((p) => (p.kind === 'text' ? quote(p.text) : p.kind === 'year' ? String(year) : `(\\d{${p.width},})`)).join('');
      const match = new RegExp(`^${pattern}$`).exec(reference.trim());
      if (!match?.[1]) return undefined;
      const number = Number(match[1]);
      // „017“ is 17 under {nummer:3}, „0017“ is not: only what render would write counts
      return Number.isSafeInteger(number) && render({ year, number }) === reference.trim() ? number : undefined;
    },
  };
}

/** The problem with a format, or undefined when it can be used. */
export function referenceFormatProblem(input: string): string | undefined {
  const parsed = parseReferenceFormat(input);
  return parsed.ok ? undefined : parsed.error;
}

/** The example the settings page shows beside a format: number 17 of the given year. */
export function exampleReference(input: string, year: number): string | undefined {
  const parsed = parseReferenceFormat(input);
  return parsed.ok ? parsed.value.render({ year, number: 17 }) : undefined;
}
