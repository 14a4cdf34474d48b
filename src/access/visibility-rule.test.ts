/**
 * The visibility rule has one source: the predicates of access/visibility. A query elsewhere that
 * spells "public and not deleted" itself would drift from it the day the rule changes (a
 * non-public paper hiding its agenda item, say), and on a RIS that drift is a leak.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const srcRoot = path.resolve(import.meta.dirname, '..');

/** SQL text that decides visibility: a `public` flag used as a condition. */
const spelledRule = [
  /\b(?:where|and|or|not)\s+(?:\(?\s*)?(?:[a-z_]+\.)?public\b(?!\s*[,)=]\s*\$)/i,
  /\b(?:[a-z_]+\.)?public\s+(?:and|or)\b/i,
  /\b(?:[a-z_]+\.)?public\s*(?:=|is)\s*(?:true|false)\b/i,
  /\bfilter\s*\(\s*where\s+(?:[a-z_]+\.)?public\b/i,
];

/** The SQL templates of a source file: the text of every sql`…` literal. */
function sqlTexts(source: string): string[] {
  return [...source.matchAll(/sql(?:<[^>]*>)?`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1]!);
}

/** Drizzle calls that test a public flag: eq(x.public, true), isTrue-style helpers. */
const builderRule = /\beq\(\s*[A-Za-z_]+\.public\s*,\s*(?:true|false)\s*\)/;

function offences(file: string, source: string): string[] {
  const found: string[] = [];
  for (const text of sqlTexts(source)) if (spelledRule.some((rule) => rule.test(text))) found.push(`${file}: ${text.trim().slice(0, 120)}`);
  if (builderRule.test(source)) found.push(`${file}: ${source.match(builderRule)![0]}`);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the visibility rule', () => {
  it('is spelled in SQL only by the access policy', () => {
    const outside = sourceFiles(srcRoot).filter((f) => !f.startsWith(path.join(srcRoot, 'access') + path.sep));
    assert.ok(outside.length > 100, 'the guard reads the sources');
    // the demo generator writes rows, it decides nothing a reader sees
    const checked = outside.filter((f) => !f.includes(`${path.sep}demo${path.sep}`));
    const found = checked.flatMap((f) => offences(path.relative(srcRoot, f), fs.readFileSync(f, 'utf8')));
    assert.deepEqual(found, []);
  });

  it('would catch a hand-written copy in any of its usual spellings', () => {
    const copies = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a query, not a template
      'sql`select id from papers where body_id = ${id} and public and deleted_at is null`',
      'sql`select id from papers p where p.public and p.deleted_at is null`',
      'sql`select count(*) filter (where f.public) from files f`',
      'sql`select id from agenda_items where public = true`',
      'sql<number>`select 1 from papers where not public`',
      'db.select().from(papers).where(eq(papers.public, true))',
    ];
    for (const copy of copies) assert.notDeepEqual(offences('x.ts', copy), [], copy);
    // writing a flag or selecting it for display is not deciding visibility
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a query, not a template
    const harmless = ['sql`insert into papers (name, public) values (${n}, ${p})`', 'sql`select a.number, v.public from agenda_items a`'];
    for (const text of harmless) assert.deepEqual(offences('x.ts', text), [], text);
  });
});
