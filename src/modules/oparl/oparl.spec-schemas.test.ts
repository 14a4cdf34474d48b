/**
 * The conformance schemas themselves: what the spec allows passes, what it forbids fails
 * (2.4 JSON-Ausgabe, 2.5 Paginierung, 2.8 Gelöschte Objekte, 3.0 Herstellerspezifische
 * Erweiterungen, 3.1 type/created/modified).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listPageSchema, validateOparlObject } from './oparl.spec-schemas.ts';

const paper = {
  id: 'https://ris.example/oparl/v1/paper/1',
  type: 'https://schema.oparl.org/1.1/Paper',
  name: 'Radverkehrskonzept',
  created: '2025-03-04T17:00:00+01:00',
  modified: '2025-03-04T17:00:00+01:00',
};

describe('OParl schemas (2.4, 2.8, 3.0, 3.1)', () => {
  it('accepts a conforming object, a vendor extension and a deleted stub', () => {
    assert.deepEqual(validateOparlObject(paper), []);
    assert.deepEqual(validateOparlObject({ ...paper, 'gremia:slug': 'VO-2025-1' }), []);
    assert.deepEqual(validateOparlObject({ id: paper.id, type: paper.type, created: paper.created, modified: paper.modified, deleted: true }), []);
  });

  it('rejects what the spec forbids', () => {
    const cases: [string, unknown][] = [
      ['1.0 type URL', { ...paper, type: 'https://schema.oparl.org/1.0/Paper' }],
      ['fractions in date-time', { ...paper, modified: '2025-03-04T17:00:00.123+01:00' }],
      ['Z instead of an offset', { ...paper, created: '2025-03-04T16:00:00Z' }],
      ['no modified', { ...paper, modified: undefined }],
      ['null', { ...paper, reference: null }],
      ['empty optional list', { ...paper, relatedPaper: [] }],
      ['empty optional string', { ...paper, reference: '' }],
      ['unknown key', { ...paper, refrence: 'VO/2025/1' }],
      ['relative reference', { ...paper, relatedPaper: ['/oparl/v1/paper/2'] }],
      ['File without accessUrl', { ...paper, type: 'https://schema.oparl.org/1.1/File' }],
      ['AgendaItem without order', { ...paper, type: 'https://schema.oparl.org/1.1/AgendaItem' }],
      ['deleted stub with more fields', { ...paper, deleted: true }],
    ];
    for (const [label, value] of cases) assert.notDeepEqual(validateOparlObject(value), [], label);
  });

  it('wants data, pagination and links on every list page (2.5)', () => {
    assert.ok(listPageSchema.safeParse({ data: [], pagination: {}, links: {} }).success);
    assert.ok(!listPageSchema.safeParse({ data: [], pagination: {} }).success);
    assert.ok(!listPageSchema.safeParse({ data: [], pagination: {}, links: { next: 'seite-2' } }).success);
  });
});
