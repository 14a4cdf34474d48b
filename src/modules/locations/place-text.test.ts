import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeText } from './index.ts';

describe('placeText', () => {
  it('names a room once when the description repeats it', () => {
    assert.equal(
      placeText({
        description: 'Kreishaus Lindenhagen, Sitzungsraum 2.14',
        room: 'Sitzungsraum 2.14',
        streetAddress: 'Am Markt 1',
        postalCode: '12345',
        locality: 'Lindenhagen',
      }),
      'Kreishaus Lindenhagen, Sitzungsraum 2.14, Am Markt 1, 12345 Lindenhagen',
    );
  });

  it('treats parts that differ only in case and spaces as the same', () => {
    assert.equal(placeText({ description: 'Sitzungsraum  2.14', room: 'sitzungsraum 2.14' }), 'Sitzungsraum 2.14');
  });

  it('keeps distinct parts in order and gives null for an empty place', () => {
    assert.equal(placeText({ description: 'Rathaus', room: 'Saal 2', locality: 'Testhausen' }), 'Rathaus, Saal 2, Testhausen');
    assert.equal(placeText({ description: ' ', room: null }), null);
  });
});
