/**
 * @module feeds/atom
 * A small Atom (RFC 4287) writer. Every text and attribute value goes through `xmlText`, which
 * escapes the five XML specials and drops what XML 1.0 cannot carry at all (control characters,
 * lone surrogates, U+FFFE/U+FFFF), so no title can break the document, `]]>` included.
 */

export interface AtomLink {
  rel: 'alternate' | 'self' | 'related';
  href: string;
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  links: AtomLink[];
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const specials: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute content, escaped; characters XML cannot represent are removed. */
export function xmlText(value: string): string {
  return value.replace(notXml, '').replace(/[&<>"']/g, (c) => specials[c] ?? c);
}

/** RFC 3339 in UTC, whole seconds: `2025-06-03T15:00:00Z`. */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function link(l: AtomLink): string {
  const attrs = [`rel="${l.rel}"`, `href="${xmlText(l.href)}"`];
  if (l.type) attrs.push(`type="${xmlText(l.type)}"`);
  if (l.title) attrs.push(`title="${xmlText(l.title)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

function entry(e: AtomEntry, author: string): string {
  return [
    '  <entry>',
    `    <id>${xmlText(e.id)}</id>`,
    `    <title type="text">${xmlText(e.title)}</title>`,
    `    <updated>${atomDate(e.updated)}</updated>`,
    ...(e.published ? [`    <published>${atomDate(e.published)}</published>`] : []),
    `    <author><name>${xmlText(author)}</name></author>`,
    ...e.links.map((l) => `    ${link(l)}`),
    ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c)}"/>`),
    `    <summary type="text">${xmlText(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(feed.updated)}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    '  <generator>Gremia</generator>',
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map((e) => entry(e, feed.author)),
    '</feed>',
    '',
  ].join('\n');
}
