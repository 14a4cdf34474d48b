import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { derivePaperState, resultState, type StateStep } from './paper-state.ts';

const step = (result: string | null, more: Partial<StateStep> = {}): StateStep => ({ result, hidden: false, cancelled: false, authoritative: false, ...more });
const deciding = (result: string | null, more: Partial<StateStep> = {}) => step(result, { authoritative: true, ...more });

describe('derivePaperState', () => {
  it('has no state without a step the viewer may see', () => {
    assert.equal(derivePaperState([]), null);
    assert.equal(derivePaperState([step(null, { hidden: true })]), null);
    assert.equal(derivePaperState([step('beschlossen', { cancelled: true })]), null);
  });

  it('is in Beratung while no step has a result', () => {
    assert.equal(derivePaperState([step(null), deciding(null)]), 'in Beratung');
  });

  it('lets the last step with a result decide', () => {
    assert.equal(derivePaperState([step('beschlossen'), deciding('abgelehnt')]), 'abgelehnt');
    assert.equal(derivePaperState([step('abgelehnt'), deciding('geändert beschlossen')]), 'beschlossen');
    assert.equal(derivePaperState([step('vertagt')]), 'vertagt');
  });

  it('is in Beratung when a step after the last result is still open', () => {
    assert.equal(derivePaperState([step('beschlossen'), deciding(null)]), 'in Beratung');
    assert.equal(derivePaperState([deciding('vertagt'), deciding(null)]), 'in Beratung');
  });

  it('keeps a final decision of the deciding Gremium, whatever is planned after it', () => {
    assert.equal(derivePaperState([deciding('beschlossen'), step(null)]), 'beschlossen');
    assert.equal(derivePaperState([deciding('vertagt'), step(null)]), 'in Beratung');
  });

  it('ends the Beratungsfolge when the paper is withdrawn', () => {
    assert.equal(derivePaperState([step('zurückgezogen'), deciding(null)]), 'zurückgezogen');
    assert.equal(derivePaperState([step('beschlossen'), deciding('Antrag zurückgezogen')]), 'zurückgezogen');
  });

  it('ignores the result of a step the viewer may not see and a cancelled session', () => {
    // the hidden step's result is not even loaded; its existence changes nothing
    assert.equal(derivePaperState([step('beschlossen'), deciding(null, { hidden: true })]), 'beschlossen');
    assert.equal(derivePaperState([step('beschlossen'), deciding(null, { cancelled: true })]), 'beschlossen');
  });

  it('calls a paper taken note of erledigt', () => {
    assert.equal(derivePaperState([step('zur Kenntnis genommen')]), 'erledigt');
  });
});

describe('resultState', () => {
  it('reads the common result texts', () => {
    const cases: [string, string][] = [
      ['beschlossen', 'beschlossen'],
      ['einstimmig beschlossen', 'beschlossen'],
      ['geändert beschlossen', 'beschlossen'],
      ['zugestimmt', 'beschlossen'],
      ['nicht beschlossen', 'abgelehnt'],
      ['abgelehnt', 'abgelehnt'],
      ['vertagt', 'vertagt'],
      ['von der Tagesordnung abgesetzt', 'vertagt'],
      ['in den Ausschuss verwiesen', 'vertagt'],
      ['zurückgezogen', 'zurückgezogen'],
      ['zur Kenntnis genommen', 'erledigt'],
      ['beantwortet', 'erledigt'],
      ['ohne Votum', 'erledigt'],
    ];
    for (const [result, state] of cases) assert.equal(resultState(result), state, result);
  });
});
