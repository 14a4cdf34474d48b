/**
 * @module papers/rich-text
 * Section text arrives as HTML pasted from word processors or typed in an editor. Only a small,
 * structural subset survives: paragraphs, lists, tables, emphasis, links. Everything else –
 * scripts, styles, event handlers, foreign markup – is removed before it is stored.
 */
import sanitizeHtml from 'sanitize-html';

const allowedTags = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
];

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope', 'colspan', 'rowspan'], td: ['colspan', 'rowspan'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // headings inside a section sit below the section's own h2/summary
  transformTags: { h1: 'h3', h2: 'h3', a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }) },
  disallowedTagsMode: 'discard',
};

// a page of its own (the legal pages) has only its h1 above the text, so h2 may stay
const pageOptions: sanitizeHtml.IOptions = {
  ...options,
  allowedTags: [...allowedTags, 'h2'],
  transformTags: { ...options.transformTags, h1: 'h2' },
};

/** `topHeading: 'h2'` for text that is a page's whole content rather than a section of it. */
export function sanitizeRichText(html: string, { topHeading = 'h3' }: { topHeading?: 'h2' | 'h3' } = {}): string {
  return sanitizeHtml(html, topHeading === 'h2' ? pageOptions : options).trim();
}

/** Plain text with paragraph breaks → HTML paragraphs; for imports that deliver plain text. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
