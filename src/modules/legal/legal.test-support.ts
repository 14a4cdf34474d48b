/** @module legal/test-support — reading the legal forms' fields in HTTP tests. */
/** The text inside a form's text area, as the browser shows it. */
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
