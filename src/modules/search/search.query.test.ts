import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from './search.query.ts';

test('Wörter müssen alle vorkommen: jedes Wort eine Gruppe', () => {
  const parsed = parseQuery('Kita Gebühren');
  assert.deepEqual(parsed.groups, [[{ kind: 'word', text: 'Kita' }], [{ kind: 'word', text: 'Gebühren' }]]);
  assert.deepEqual(parsed.excluded, []);
});

test('„Phrase“ in Anführungszeichen bleibt zusammen; ein einzelnes Wort in Anführungszeichen ist ein Wort', () => {
  assert.deepEqual(parseQuery('"Leichte Sprache" Antrag').groups, [[{ kind: 'phrase', text: 'Leichte Sprache' }], [{ kind: 'word', text: 'Antrag' }]]);
  assert.deepEqual(parseQuery('"Kita"').groups, [[{ kind: 'word', text: 'Kita' }]]);
});

test('-wort und -"Phrase" schließen aus', () => {
  const parsed = parseQuery('Jugendzentrum -Ottersloh -"alte Schule"');
  assert.deepEqual(parsed.groups, [[{ kind: 'word', text: 'Jugendzentrum' }]]);
  assert.deepEqual(parsed.excluded, [
    { kind: 'word', text: 'Ottersloh' },
    { kind: 'phrase', text: 'alte Schule' },
  ]);
});

test('ODER, OR und | verbinden die Nachbarn; kleines „or“ ist ein Wort', () => {
  const alternatives = [
    [
      { kind: 'word', text: 'Radweg' },
      { kind: 'word', text: 'Schule' },
    ],
  ];
  assert.deepEqual(parseQuery('Radweg ODER Schule').groups, alternatives);
  assert.deepEqual(parseQuery('Radweg OR Schule').groups, alternatives);
  assert.deepEqual(parseQuery('Radweg | Schule').groups, alternatives);
  assert.deepEqual(parseQuery('Haushalt Radweg oder Schule').groups, [[{ kind: 'word', text: 'Haushalt' }], ...alternatives]);
  assert.equal(parseQuery('Radweg or Schule').groups.length, 3);
});

test('kaputte Eingaben werden zu Wörtern, nie zu einem Fehler', () => {
  assert.deepEqual(
    parseQuery('"offene Phrase')
      .groups.flat()
      .map((t) => t.text),
    ['offene', 'Phrase'],
  );
  assert.deepEqual(parseQuery('ODER ODER -').groups, []);
  assert.deepEqual(
    parseQuery("Kreis' & (Umlage) <script>")
      .groups.flat()
      .map((t) => t.text),
    ['Kreis', 'Umlage', 'script'],
  );
  assert.deepEqual(parseQuery('   ').groups, []);
  assert.equal(parseQuery('a'.repeat(10_000)).groups.length, 1);
});

test('Vorlagennummern bleiben ein Wort', () => {
  assert.deepEqual(parseQuery('VO/2025/246').groups, [[{ kind: 'word', text: 'VO/2025/246' }]]);
});
