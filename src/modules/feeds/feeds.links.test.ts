import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarLinks, feedLinksForDecisions, feedLinksForPapers, paperFeedPath, webcalUrl } from './index.ts';

describe('feed links for pages', () => {
  it('point to the papers feed, with the list filter in one canonical order', () => {
    assert.equal(paperFeedPath(), '/vorlagen.atom');
    assert.equal(paperFeedPath({ art: 'Antrag', gremium: 3 }), '/vorlagen.atom?gremium=3&art=Antrag');
    assert.equal(paperFeedPath({ art: 'Anfrage & Antwort' }), '/vorlagen.atom?art=Anfrage+%26+Antwort');
    assert.equal(paperFeedPath({ q: 'Kita', jahr: 2025, federfuehrung: 7, gremium: 3 }), '/vorlagen.atom?gremium=3&q=Kita&jahr=2025&federfuehrung=7');
    assert.deepEqual(feedLinksForPapers(), [{ type: 'application/atom+xml', title: 'Neue Vorlagen', href: '/vorlagen.atom' }]);
    assert.deepEqual(feedLinksForPapers({ gremium: 3, gremiumName: 'Finanzausschuss', art: 'Antrag' }), [
      { type: 'application/atom+xml', title: 'Neue Vorlagen (Antrag) im Gremium Finanzausschuss', href: '/vorlagen.atom?gremium=3&art=Antrag' },
    ]);
    assert.deepEqual(feedLinksForDecisions(), [{ type: 'application/atom+xml', title: 'Neue Beschlüsse', href: '/beschluesse.atom' }]);
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
    // with the site's address, the calendars of many sessions can be subscribed to; one session's cannot
    assert.deepEqual(
      calendarLinks({ meetingId: 9, gremium: 4 }, 'https://ratsinfo.example').map((l) => l.subscribe),
      [undefined, 'webcal://ratsinfo.example/gremien/4/sitzungen.ics'],
    );
  });
});
