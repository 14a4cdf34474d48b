import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shownMeetingState } from './meeting-state.ts';

const now = new Date('2026-12-07T10:00:00Z');

describe('shownMeetingState', () => {
  it('shows a session whose day is over as durchgeführt, not eingeladen or geplant', () => {
    assert.equal(shownMeetingState({ state: 'eingeladen', cancelled: false, start: new Date('2026-12-03T16:00:00Z') }, now), 'durchgeführt');
    assert.equal(shownMeetingState({ state: 'geplant', cancelled: false, start: new Date('2026-12-06T16:00:00Z') }, now), 'durchgeführt');
  });

  it('keeps eingeladen for today’s and later sessions, and for one without a date', () => {
    assert.equal(shownMeetingState({ state: 'eingeladen', cancelled: false, start: new Date('2026-12-07T16:00:00Z') }, now), 'eingeladen');
    assert.equal(shownMeetingState({ state: 'eingeladen', cancelled: false, start: new Date('2026-12-10T16:00:00Z') }, now), 'eingeladen');
    assert.equal(shownMeetingState({ state: 'geplant', cancelled: false, start: null }, now), 'geplant');
  });

  it('shows a cancelled session as abgesagt, past or not', () => {
    assert.equal(shownMeetingState({ state: 'eingeladen', cancelled: true, start: new Date('2026-12-03T16:00:00Z') }, now), 'abgesagt');
  });
});
