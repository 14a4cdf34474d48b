import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAtom, xmlText } from './atom.ts';
import { parseAtom } from './feeds.test-support.ts';

const hostile = `<script>&amp; ]]> "a" 'b' & ü 😀`;

describe('Atom writer', () => {
  it('escapes the XML specials and drops what XML cannot carry', () => {
    assert.equal(xmlText(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    assert.equal(xmlText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f'), 'abcdef');
    assert.equal(xmlText('tab\tline\ncr\r 😀'), 'tab\tline\ncr\r 😀');
  });

  it('writes a feed that a real parser reads back exactly', () => {
    const text = renderAtom({
      id: 'https://h/vorlagen.atom?gremium=1&art=A',
      title: hostile,
      updated: new Date('2025-06-03T15:00:00.500Z'),
      author: `Kreis <Test> & "Co"`,
      links: [{ rel: 'self', type: 'application/atom+xml', href: 'https://h/vorlagen.atom?gremium=1&art=A' }],
      entries: [
        {
          id: 'https://h/vorlagen/1',
          title: hostile,
          updated: new Date('2025-06-01T00:00:00Z'),
          links: [{ rel: 'alternate', type: 'text/html', href: 'https://h/vorlagen/A-1?x=<1>' }],
          summary: `Zusammenfassung ${hostile}`,
          categories: [hostile],
        },
      ],
    });
    const feed = parseAtom(text);
    assert.equal(feed.title, hostile);
    assert.equal(feed.id, 'https://h/vorlagen.atom?gremium=1&art=A');
    assert.equal(feed.updated, '2025-06-03T15:00:00Z');
    assert.equal(feed.author, 'Kreis <Test> & "Co"');
    assert.equal(feed.entries[0]?.title, hostile);
    assert.equal(feed.entries[0]?.summary, `Zusammenfassung ${hostile}`);
    assert.equal(feed.entries[0]?.alternate, 'https://h/vorlagen/A-1?x=<1>');
  });

  it('writes an empty feed that is still valid', () => {
    const feed = parseAtom(
      renderAtom({ id: 'https://h/x', title: 'leer', updated: new Date(0), author: 'K', links: [{ rel: 'self', href: 'https://h/x' }], entries: [] }),
    );
    assert.deepEqual(feed.entries, []);
  });
});
