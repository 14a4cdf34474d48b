/**
 * @module legal/placeholders — what the default texts take from the body's record, and the gaps
 * only the body can fill („[Bitte ergänzen: …]“).
 */

/** What the defaults take from the body's record. */
export interface LegalBody {
  name: string;
  contactEmail: string | null;
  contactName: string | null;
  website: string | null;
  license: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A gap the administration fills in; the marker is easy to find in the editor. */
export const todo = (what: string) => `[Bitte ergänzen: ${escapeHtml(what)}]`;

/** The body's contact address as a link, or the gap to fill. */
export function mailLink(body: LegalBody): string {
  if (!body.contactEmail) return todo('E-Mail-Adresse');
  const email = escapeHtml(body.contactEmail);
  return `<a href="mailto:${email}">${email}</a>`;
}

/** An http(s) address as a link, or '' for anything else. */
export function webLink(url: string | null): string {
  if (!url || !/^https?:\/\//.test(url)) return '';
  const shown = escapeHtml(url);
  return `<a href="${shown}">${shown}</a>`;
}
