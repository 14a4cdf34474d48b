/** @module test/helpers/html — reading what a page's form fields show, in HTTP tests. */

/** The text inside a form's text area with this id, as the browser shows it (entities decoded). */
export function textareaText(html: string, id: string): string | undefined {
  const raw = new RegExp(`<textarea id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
  return raw
    ?.replace(/^\n/, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
