/**
 * @module ui/rich-tables
 * Tables inside section text (Finanzielle Auswirkungen …) come from word processors and carry no
 * labels. On display every data cell gets its column's header as `data-label` and numeric cells
 * the class `num`, so they stack like a RecordTable on a phone and amounts never break. The input
 * is sanitised HTML (papers/rich-text): lower-case tags, tables without attributes, quoted values.
 */

const numeric = /^[-+–]?\s*\d[\d.,\s]*(?:\s*(?:€|EUR|Euro|%|T€|Mio\.\s*€))?$/;

export function labelRichTables(html: string): string {
  if (!html.includes('<table')) return html;
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (whole, inner: string) =>
    inner.includes('<table') ? whole : `<table class="rich-table">${labelRows(inner)}</table>`,
  );
}

const rowPattern = /<tr>([\s\S]*?)<\/tr>/g;
const cellPattern = /<(td|th)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;

function labelRows(inner: string): string {
  let labels: string[] | null = null;
  return inner.replace(rowPattern, (_row, cells: string) => {
    const parsed = [...cells.matchAll(cellPattern)];
    if (labels === null && parsed.length > 0 && parsed.every((c) => c[1] === 'th')) {
      labels = parsed.flatMap((c) => Array<string>(span(c[2] ?? '')).fill(textOf(c[3] ?? '')));
      return `<tr class="rich-head">${cells}</tr>`;
    }
    let column = 0;
    const labelled = cells.replace(cellPattern, (cell, tag: string, attributes: string, content: string) => {
      const label = labels?.[column] ?? '';
      column += span(attributes);
      if (attributes.includes('data-label') || attributes.includes('class=')) return cell;
      const number = tag === 'td' && numeric.test(textOf(content).replace(/&nbsp;|&#160;/g, ' '));
      return `<${tag}${attributes}${label ? ` data-label="${label}"` : ''}${number ? ' class="num"' : ''}>${content}</${tag}>`;
    });
    return `<tr>${labelled}</tr>`;
  });
}

function span(attributes: string): number {
  const n = Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1;
}

/** The cell's text, still entity-encoded as the sanitiser left it, safe inside a quoted attribute. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/"/g, '&quot;')
    .replace(/\s+/g, ' ')
    .trim();
}
