import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarLinks, feedLinksForDecisions, feedLinksForPapers, paperFeedPath, webcalUrl } from './index.ts';

describe('feed links for pages', () => {
  it('point to the papers feed, with the list filter in one canonical order', () => {
    assert.equal(paperFeedPath(), '/vorlagen.atom');
    assert.equal(paperFeedPath({ art: 'Antrag', gremium: 3 }), '/vorlagen.atom?gremium=3&art=Antrag');
    assert.equal(paperFeedPath({ art: 'Anfrage & Antwort' }), '/vorlagen.atom?art=Anfrage+%26+Antwort');
    assert.deepEqual(feedLinksForPapers(), [{ type: 'application/atom+xml', title: 'Neue Vorlagen als Atom-Feed', href: '/vorlagen.atom' }]);
    assert.deepEqual(feedLinksForPapers({ gremium: 3, gremiumName: 'Finanzausschuss', art: 'Antrag' }), [
      { type: 'application/atom+xml', title: 'Neue Vorlagen (Antrag) im Gremium Finanzausschuss als Atom-Feed', href: '/vorlagen.atom?gremium=3&art=Antrag' },
    ]);
    assert.deepEqual(feedLinksForDecisions(), [{ type: 'application/atom+xml', title: 'Neue Beschlüsse als Atom-Feed', href: '/beschluesse.atom' }]);
  });

  it('point to the calendars of the body, a Gremium and a session', () => {
    assert.deepEqual(
      calendarLinks().map((l) => l.href),
      ['/sitzungen.ics'],
    );
    assert.deepEqual(
      calendarLinks({ gremium: 4 }).map((l) => l.href),
      ['/gremien/4/sitzungen.ics'],
    );
    assert.deepEqual(
      calendarLinks({ meetingId: 9, gremium: 4 }).map((l) => l.href),
      ['/sitzungen/9.ics', '/gremien/4/sitzungen.ics'],
    );
    assert.ok(calendarLinks({ meetingId: 9 }).every((l) => l.type === 'text/calendar'));
    assert.equal(webcalUrl('https://ratsinfo.example/sitzungen.ics'), 'webcal://ratsinfo.example/sitzungen.ics');
  });
});
