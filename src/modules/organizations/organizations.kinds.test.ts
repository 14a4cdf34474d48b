/**
 * The five Arten of the back office map to OParl's organizationType and a classification in the
 * body's words, and every organization of the demo body maps back to the Art it was made as.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDemoData } from '../demo/index.ts';
import { councilWord, hasSeats, kindOf, typeOfKind } from './organizations.kinds.ts';

describe('Arten of organizations', () => {
  it('reads every demo organization as the Art it was made as', () => {
    const counts = new Map<string, number>();
    for (const o of generateDemoData().organizations) {
      const kind = kindOf(o);
      assert.ok(kind, `${o.name} (${o.organizationType}, ${o.classification}) has an Art`);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const expected =
        o.organizationType === 'Fraktion'
          ? 'fraktion'
          : o.organizationType === 'Verwaltungsbereich'
            ? 'verwaltung'
            : o.classification === 'Kreistag'
              ? 'vertretung'
              : o.classification === 'Beirat'
                ? 'beirat'
                : 'ausschuss';
      assert.equal(kind, expected, o.name);
      // saving it under the same Art leaves its type and classification as they are
      assert.deepEqual(typeOfKind(kind, { council: 'Kreistag', name: o.name, stored: o }), {
        organizationType: o.organizationType,
        classification: o.classification,
      });
    }
    assert.equal(counts.get('vertretung'), 1);
    assert.ok((counts.get('ausschuss') ?? 0) > 3 && (counts.get('beirat') ?? 0) > 1 && (counts.get('verwaltung') ?? 0) > 5);
  });

  it('gives a new row OParl’s type and the body’s word', () => {
    assert.deepEqual(typeOfKind('vertretung', { council: 'Gemeinderat', name: 'Gemeinderat' }), { organizationType: 'Gremium', classification: 'Gemeinderat' });
    assert.deepEqual(typeOfKind('beirat', { council: 'Kreistag', name: 'Jugendbeirat' }), { organizationType: 'Gremium', classification: 'Beirat' });
    assert.deepEqual(typeOfKind('fraktion', { council: 'Kreistag', name: 'SPD-Fraktion' }), { organizationType: 'Fraktion', classification: 'Fraktion' });
    assert.deepEqual(typeOfKind('verwaltung', { council: 'Kreistag', name: 'Fachdienst Umwelt' }), {
      organizationType: 'Verwaltungsbereich',
      classification: 'Fachdienst',
    });
    assert.equal(typeOfKind('verwaltung', { council: 'Kreistag', name: 'Kreiskasse' }).classification, 'Verwaltungseinheit');
    // a changed Art takes the new word, not the old classification
    assert.deepEqual(
      typeOfKind('ausschuss', { council: 'Kreistag', name: 'Hauptausschuss', stored: { organizationType: 'Gremium', classification: 'Beirat' } }),
      { organizationType: 'Gremium', classification: 'Ausschuss' },
    );
    assert.equal(councilWord('Landkreis', null), 'Kreistag');
    assert.equal(councilWord('Stadt', null), 'Rat');
    assert.equal(councilWord('Stadt', 'Stadtvertretung'), 'Stadtvertretung');
    assert.ok(hasSeats({ organizationType: 'Gremium', classification: 'Kreistag' }));
    assert.ok(hasSeats({ organizationType: 'Gremium', classification: 'Ausschuss' }));
    assert.ok(!hasSeats({ organizationType: 'Gremium', classification: 'Beirat' }));
    assert.ok(!hasSeats({ organizationType: 'Fraktion', classification: 'Fraktion' }));
  });
});
