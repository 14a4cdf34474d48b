/**
 * @module feeds/fixture
 * The data the feed tests read, on top of `openTestApp`'s body: sessions around today (a recent
 * one, one older than the calendar window, a cancelled and a planned one, one without a date),
 * public and non-public papers and agenda items with unique titles, and a title full of XML and
 * iCalendar specials. Only the test files import this module.
 */
import { eq } from 'drizzle-orm';
import type { TestEngine } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { locations } from '../locations/locations.tables.ts';
import { agendaItems, meetingOrganizations, meetings, type MeetingState } from '../meetings/meetings.tables.ts';
import { consultations, papers } from '../papers/papers.tables.ts';

/** Titles and references that must never appear in any feed an anonymous reader gets. */
export const secrets = {
  paperTitle: 'Tauschvertrag Quellwiese mit Familie Odenkamp',
  paperReference: 'VO/2025/250',
  paperSlug: 'VO-2025-250',
  secondPaperTitle: 'Vergleich im Bauprozess Sandkuhle',
  secondPaperReference: 'MV/2025/010',
  secondPaperSlug: 'MV-2025-010',
  agendaItemTitle: 'Personalangelegenheit Leitung Kreisarchiv Zwölfling',
} as const;

export const hostileTitle = `Radweg <B 73> & „Umbau“ ]]> 'West' "Ost" </title>`;
/** An agenda item title with every iCalendar TEXT special: comma, semicolon, backslash, newline. */
export const icalHostileItem = 'Satzung; Änderung, Teil 2 \\ Anlage\nzweite Zeile';
export const publicItemTitle = 'Haushaltssatzung 2026';

const DAY = 86_400_000;
/** Midnight UTC today plus whole days and hours: exact instants without milliseconds. */
export const dayFromToday = (days: number, hours: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hours * 3_600_000);

export interface FeedsFixture {
  t: TestApp;
  meetings: { recent: number; old: number; cancelled: number; planned: number; undated: number; sozialPast: number; kreistagFuture: number };
  starts: { recent: Date; cancelled: Date; planned: Date };
  locationId: number;
}

export async function openFeedsFixture(engine: TestEngine): Promise<FeedsFixture> {
  const t = await openTestApp(engine);
  const db = t.database.db;
  const { bodyId } = t.fixture;
  const { finanz } = t.fixture.organizations;

  const [location] = await db
    .insert(locations)
    .values({
      bodyId,
      description: 'Kreishaus Testhausen',
      room: 'Saal 2',
      streetAddress: 'Am Markt 1',
      postalCode: '12345',
      locality: 'Testhausen',
      geojson: { type: 'Feature', geometry: { type: 'Point', coordinates: [9.8123, 53.3517] }, properties: { name: 'Kreishaus' } },
    })
    .returning();
  if (!location) throw new Error('no location');

  const meeting = async (name: string, start: Date | null, state: MeetingState, extra: { cancelled?: boolean; end?: Date; locationId?: number } = {}) => {
    const [row] = await db
      .insert(meetings)
      .values({ bodyId, name, start, meetingState: state, ...extra })
      .returning();
    if (!row) throw new Error('no meeting');
    await db.insert(meetingOrganizations).values({ bodyId, meetingId: row.id, organizationId: finanz });
    return row.id;
  };
  const starts = { recent: dayFromToday(-60, 16), cancelled: dayFromToday(20, 17.5), planned: dayFromToday(60, 15) };
  const recent = await meeting('5. Sitzung des Finanzausschusses', starts.recent, 'durchgeführt', { end: dayFromToday(-60, 18) });
  const old = await meeting('1. Sitzung des Finanzausschusses', dayFromToday(-425, 16), 'durchgeführt');
  const cancelled = await meeting('6. Sitzung des Finanzausschusses', starts.cancelled, 'abgesagt', {
    cancelled: true,
    end: dayFromToday(20, 19.5),
    locationId: location.id,
  });
  const planned = await meeting('7. Sitzung des Finanzausschusses', starts.planned, 'geplant');
  const undated = await meeting('Sondersitzung des Finanzausschusses', null, 'geplant');

  const item = (meetingId: number, position: number, values: { number: string; name: string; public: boolean; result?: string }) =>
    db.insert(agendaItems).values({ bodyId, meetingId, position, ...values });
  await item(recent, 1, { number: 'Ö 1', name: publicItemTitle, public: true, result: 'beschlossen' });
  await item(recent, 2, { number: 'Ö 2', name: icalHostileItem, public: true });
  await item(recent, 3, { number: 'N 1', name: secrets.agendaItemTitle, public: false, result: 'beschlossen' });
  await db.update(agendaItems).set({ votesYes: 30, votesNo: 5, votesAbstention: 1 }).where(eq(agendaItems.name, publicItemTitle));

  await t.importPapers({
    papers: [
      {
        reference: 'AN/2025/007',
        type: 'Antrag',
        name: hostileTitle,
        date: '2025-09-01',
        consultations: [{ organization: 'Finanzausschuss', role: 'Entscheidung' }],
      },
      {
        reference: secrets.paperReference,
        type: 'Beschlussvorlage',
        name: secrets.paperTitle,
        public: false,
        consultations: [
          { organization: 'Sozial- und Gesundheitsausschuss', meetingDate: '2025-06-03', role: 'Entscheidung', result: 'beschlossen' },
          { organization: 'Finanzausschuss', role: 'Vorberatung' },
        ],
      },
      {
        reference: secrets.secondPaperReference,
        type: 'Mitteilungsvorlage',
        name: secrets.secondPaperTitle,
        public: false,
        consultations: [{ organization: 'Kreistag', meetingDate: '2099-07-10', role: 'Kenntnisnahme' }],
      },
      {
        reference: 'MV/2025/011',
        type: 'Mitteilungsvorlage',
        name: 'Bericht zur Schulentwicklungsplanung',
        date: '2025-06-20',
        consultations: [{ organization: 'Finanzausschuss', role: 'Kenntnisnahme' }],
      },
    ],
  });
  // an agenda item flagged public that discusses a non-public paper: the policy derives it
  // non-public (access/visibility), so neither the item nor the paper shows
  const [secondPaper] = await db.select({ id: papers.id }).from(papers).where(eq(papers.reference, secrets.secondPaperReference));
  const [link] = await db
    .select({ agendaItemId: consultations.agendaItemId })
    .from(consultations)
    .where(eq(consultations.paperId, secondPaper?.id ?? 0));
  if (!link?.agendaItemId) throw new Error('no agenda item for the second secret paper');
  await db
    .update(agendaItems)
    .set({ public: true, number: 'Ö 2', name: 'Bericht über Liegenschaften', result: 'zur Kenntnis genommen' })
    .where(eq(agendaItems.id, link.agendaItemId));
  // the order of the papers feed is the order in which papers appeared: AN, MV/011, VO/246
  const appeared = (reference: string, at: string) =>
    db
      .update(papers)
      .set({ created: new Date(at) })
      .where(eq(papers.reference, reference));
  await appeared('VO/2025/246', '2025-05-20T08:00:00Z');
  await appeared('MV/2025/011', '2025-07-01T08:00:00Z');
  await appeared('AN/2025/007', '2025-09-02T08:00:00Z');

  return {
    t,
    meetings: { recent, old, cancelled, planned, undated, sozialPast: t.fixture.meetings.sozialPast, kreistagFuture: t.fixture.meetings.kreistagFuture },
    starts,
    locationId: location.id,
  };
}
