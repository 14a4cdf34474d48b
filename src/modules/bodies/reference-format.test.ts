import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleReference, parseReferenceFormat, referenceFormatProblem } from './reference-format.ts';

const format = (source: string) => {
  const parsed = parseReferenceFormat(source);
  assert.ok(parsed.ok, `${source}: ${parsed.ok ? '' : parsed.error}`);
  return parsed.value;
};

describe('reference formats (Aktenzeichen je Vorlagenart)', () => {
  it('renders year and running number, padding {nummer:N} with zeros but never cutting a wider number', () => {
    assert.equal(format('VO/{jahr}/{nummer}').render({ year: 2026, number: 17 }), 'VO/2026/17');
    assert.equal(format('VO/{jahr}/{nummer:3}').render({ year: 2026, number: 17 }), 'VO/2026/017');
    assert.equal(format('BV-{jahr}-{nummer:4}').render({ year: 2025, number: 246 }), 'BV-2025-0246');
    assert.equal(format('VO/{jahr}/{nummer:3}').render({ year: 2026, number: 1234 }), 'VO/2026/1234');
    assert.equal(format('Drs. {nummer}/{jahr}').render({ year: 2026, number: 5 }), 'Drs. 5/2026');
    assert.equal(format('  MV/{jahr}/{nummer}  ').source, 'MV/{jahr}/{nummer}', 'surrounding spaces are dropped');
    assert.equal(format('AN-{nummer}').usesYear, false);
    assert.equal(exampleReference('VO/{jahr}/{nummer:3}', 2026), 'VO/2026/017');
    assert.equal(exampleReference('VO/{jahr}', 2026), undefined);
  });

  it('finds the running number in a reference of its own format and year only', () => {
    const padded = format('VO/{jahr}/{nummer:3}');
    assert.equal(padded.numberIn('VO/2026/017', 2026), 17);
    assert.equal(padded.numberIn('VO/2026/1234', 2026), 1234);
    assert.equal(padded.numberIn('VO/2026/0017', 2026), undefined, 'not as the format writes it');
    assert.equal(padded.numberIn('VO/2025/017', 2026), undefined, 'another year');
    assert.equal(padded.numberIn('MV/2026/017', 2026), undefined, 'another type');
    assert.equal(format('Drs. {nummer}/{jahr}').numberIn('Drs. 5/2026', 2026), 5);
    assert.equal(format('A.B-{nummer}').numberIn('AxB-3', 2026), undefined, 'a dot is a dot, not any character');
  });

  it('requires the running number, once', () => {
    assert.match(referenceFormatProblem('VO/{jahr}') ?? '', /braucht die laufende Nummer: \{nummer\}/);
    assert.match(referenceFormatProblem('VO/{nummer}/{nummer:3}') ?? '', /nur einmal/);
    assert.match(referenceFormatProblem('') ?? '', /Bitte geben Sie ein Format an/);
  });

  it('knows only {jahr}, {nummer} and {nummer:N} with 1 to 9 digits', () => {
    assert.match(referenceFormatProblem('VO/{Jahr}/{nummer}') ?? '', /Unbekannter Platzhalter \{Jahr\}/);
    assert.match(referenceFormatProblem('VO/{monat}/{nummer}') ?? '', /Unbekannter Platzhalter \{monat\}. Erlaubt sind/);
    assert.match(referenceFormatProblem('VO/{jahr:2}/{nummer}') ?? '', /Das Jahr ist immer vierstellig/);
    assert.match(referenceFormatProblem('VO/{nummer:0}') ?? '', /zwischen 1 und 9/);
    assert.match(referenceFormatProblem('VO/{nummer:12}') ?? '', /zwischen 1 und 9/);
    assert.match(referenceFormatProblem('VO/{jahr/{nummer}') ?? '', /Geschweifte Klammern/);
    assert.match(referenceFormatProblem('VO/{nummer}}') ?? '', /Geschweifte Klammern/);
  });

  it('keeps to 60 characters and to characters a permalink keeps', () => {
    assert.equal(referenceFormatProblem(`${'A'.repeat(52)}{nummer}`), undefined, '60 characters');
    assert.match(referenceFormatProblem(`${'A'.repeat(53)}{nummer}`) ?? '', /Höchstens 60 Zeichen \(jetzt 61\)/);
    for (const bad of ['VO#{nummer}', 'VO/{nummer}?', '<b>{nummer}', 'VO\u0000{nummer}', 'ВО/{nummer}'])
      assert.match(referenceFormatProblem(bad) ?? '', /nur Buchstaben, Ziffern, Leerzeichen/, bad);
    assert.equal(referenceFormatProblem('Bürgerantrag {jahr}_{nummer}'), undefined);
  });

  it('refuses a format whose numbers would read as a record number', () => {
    assert.match(referenceFormatProblem('{nummer}') ?? '', /Datensatznummer/);
    assert.match(referenceFormatProblem('{jahr}{nummer:3}') ?? '', /Datensatznummer/);
    assert.match(referenceFormatProblem('/{nummer}/') ?? '', /Datensatznummer/);
    assert.equal(referenceFormatProblem('{jahr}/{nummer}'), undefined, 'a separator between the numbers is enough');
  });
});
