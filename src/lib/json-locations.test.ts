import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateOffset, parseJsonStrict } from './json-locations.ts';

describe('JSON locations', () => {
  const text = '{\n  "papers": [\n    { "reference": "A" },\n    {\n      "reference": "B",\n      "sections": [ { "kind": "X" } ]\n    }\n  ]\n}';

  it('maps a path to the line of its key', () => {
    const parsed = parseJsonStrict(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.locate(['papers', 1, 'reference']), { line: 5, column: 7 });
    assert.equal(parsed.locate(['papers', 1, 'sections', 0, 'kind']).line, 6);
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const parsed = parseJsonStrict(text);
    assert.ok(parsed.ok);
    assert.equal(parsed.locate(['papers', 0, 'name']).line, 3);
  });

  it('rejects comments and trailing commas, which JSON does not allow', () => {
    const parsed = parseJsonStrict('{\n  "a": 1, // Kommentar\n  "b": [1,],\n}');
    assert.ok(!parsed.ok);
    assert.ok(parsed.errors.some((e) => e.line === 2 && /Kommentare/.test(e.message)));
    assert.ok(parsed.errors.some((e) => e.line === 3));
  });

  it('counts lines and columns from 1', () => {
    assert.deepEqual(locateOffset('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(locateOffset('ab', 0), { line: 1, column: 1 });
  });
});
