import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referenceToSlug } from './reference.ts';

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
