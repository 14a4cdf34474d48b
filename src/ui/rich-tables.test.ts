import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeRichText } from '../modules/papers/rich-text.ts';
import { labelRichTables } from './rich-tables.ts';

describe('tables in section text, labelled for phones', () => {
  it('gives every data cell its column header and marks amounts as numbers', () => {
    const html = sanitizeRichText(
      '<table><thead><tr><th scope="col">Haushaltsjahr</th><th scope="col">Aufwand</th><th scope="col">Hinweis</th></tr></thead>' +
        '<tbody><tr><th scope="row">2026</th><td>1.200.000 €</td><td>Förderung „beantragt“</td></tr></tbody></table>',
    );
    const out = labelRichTables(html);
    assert.match(out, /<table class="rich-table">/);
    assert.match(out, /<tr class="rich-head">/);
    assert.match(out, /<th scope="row" data-label="Haushaltsjahr">2026<\/th>/);
    assert.match(out, /<td data-label="Aufwand" class="num">1\.200\.000 €<\/td>/);
    assert.match(out, /<td data-label="Hinweis">Förderung „beantragt“<\/td>/);
  });

  it('takes the header row from the body when there is no thead, and counts colspans', () => {
    const html = sanitizeRichText('<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">zwei Spalten</td><td>12,5 %</td></tr></table>');
    const out = labelRichTables(html);
    assert.match(out, /<td colspan="2" data-label="A">zwei Spalten<\/td>/);
    assert.match(out, /<td data-label="C" class="num">12,5 %<\/td>/);
  });

  it('keeps a header with quotes or markup from breaking out of the attribute', () => {
    const html = sanitizeRichText('<table><tr><th>Betrag "netto" <em>in €</em></th></tr><tr><td>5</td></tr></table>');
    const out = labelRichTables(html);
    assert.match(out, /data-label="Betrag &quot;netto&quot; in €"/);
    assert.doesNotMatch(out, /data-label="[^"]*<|data-label="Betrag "netto/);
  });

  it('leaves text without tables untouched', () => {
    assert.equal(labelRichTables('<p>Keine Tabelle, 20.000 €</p>'), '<p>Keine Tabelle, 20.000 €</p>');
  });
});
