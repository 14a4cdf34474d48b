import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalReference, parseReferenceQuery, referenceToSlug } from './reference.ts';

describe('reference slugs', () => {
  it('turns separators into single hyphens and keeps case', () => {
    assert.equal(referenceToSlug('VO/2025/246'), 'VO-2025-246');
    assert.equal(referenceToSlug('  AN / 2024 / 7 '), 'AN-2024-7');
    assert.equal(referenceToSlug('KT-Drs. 12/3'), 'KT-Drs-12-3');
  });
  it('transliterates umlauts and ß so the URL stays ASCII', () => {
    assert.equal(referenceToSlug('Anfrage Grüne/Straße 1'), 'Anfrage-Grune-Strasse-1');
  });
});

describe('Vorlagennummern, wie man sie tippt', () => {
  it('reads every common spelling of one reference as the same', () => {
    for (const typed of ['VO/2026/25', 'VO 2026/25', 'vo 2026 25', 'VO-2026-25', 'Vo2026/25', 'vo/2026/025', 'VO.2026.25', ' vo 26/25 ']) {
      const ref = parseReferenceQuery(typed);
      assert.deepEqual(ref, { type: 'VO', year: 2026, number: '25' }, typed);
      assert.equal(canonicalReference(ref!), 'VO/2026/25', typed);
    }
  });
  it('reads a reference without its type, and one typed in part', () => {
    assert.deepEqual(parseReferenceQuery('2026/25'), { type: null, year: 2026, number: '25' });
    assert.deepEqual(parseReferenceQuery('2026 25'), { type: null, year: 2026, number: '25' });
    assert.deepEqual(parseReferenceQuery('VO/2023/'), { type: 'VO', year: 2023, number: null });
    assert.deepEqual(parseReferenceQuery('vo-2025'), { type: 'VO', year: 2025, number: null });
    assert.deepEqual(parseReferenceQuery('VO/2023/4'), { type: 'VO', year: 2023, number: '4' });
    assert.equal(canonicalReference({ type: null, year: 2026, number: '25' }), null);
  });
  it('leaves words with a year and bare numbers alone', () => {
    for (const typed of ['Haushalt 2025', '2025', 'Kita', 'VO', '25', 'Sitzung am 12.03.2025', 'VO/1234567/1']) {
      assert.equal(parseReferenceQuery(typed), null, typed);
    }
  });
});
