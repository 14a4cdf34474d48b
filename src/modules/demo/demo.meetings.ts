/**
 * @module demo/meetings
 * The meeting calendar of the current Wahlperiode. Councils work in cycles: the Fachausschüsse
 * meet four to five weeks before a Kreistag session, the Finanzausschuss two weeks and the
 * Hauptausschuss one week before it, so a Vorlage can pass its whole Beratungsfolge within one
 * cycle. Agendas are filled in later (demo/agenda); this module only fixes dates and states.
 */
import type { MeetingState } from '../meetings/meetings.tables.ts';
import { addDays, addMinutes, berlinInstant, DEMO_ANCHOR_DATE, toMeetingDay } from './demo.calendar.ts';
import { gremien, locations, type OrganizationDef } from './demo.names.ts';
import type { Rng } from './demo.random.ts';

export interface MeetingSlot {
  key: string;
  organizationKey: string;
  name: string;
  day: string;
  hour: number;
  minute: number;
  start: string;
  end: string | null;
  state: MeetingState;
  cancelled: boolean;
  locationKey: string;
  /** Ordinal within the Wahlperiode, for „7. Sitzung des …“. */
  ordinal: number;
}

/** Kreistag sessions, all Thursdays; the first is the constituent one of the new Wahlperiode. */
const councilDays = [
  '2023-06-15',
  '2023-09-28',
  '2023-12-14',
  '2024-03-21',
  '2024-06-20',
  '2024-10-10',
  '2024-12-12',
  '2025-03-27',
  '2025-06-26',
  '2025-10-02',
  '2025-12-11',
  '2026-03-26',
  '2026-06-25',
  '2026-10-01',
  '2026-12-17',
  '2027-03-25',
];

/** Days before the Kreistag session; from a Thursday these land on Monday to Thursday. */
const committeeOffsets: Record<string, number> = {
  BUA: -30,
  SGA: -28,
  JHA: -24,
  SKA: -23,
  REA: -22,
  RPA: -16,
  FA: -15,
  HA: -9,
  SB: -36,
  IB: -42,
  BMB: -43,
};

/** Which months' cycles each committee or Beirat meets in (by the council session's month). */
const meetsInMonths: Record<string, readonly number[]> = {
  RPA: [3, 9, 10],
  SB: [3, 9, 10, 12],
  IB: [6, 12],
  BMB: [3, 9, 10],
};

export const EINGELADEN_WINDOW_DAYS = 21;

export function meetingStateFor(day: string): MeetingState {
  if (day < DEMO_ANCHOR_DATE) return 'durchgeführt';
  return day <= addDays(DEMO_ANCHOR_DATE, EINGELADEN_WINDOW_DAYS) ? 'eingeladen' : 'geplant';
}

function durationMinutes(rng: Rng, org: OrganizationDef): number {
  if (org.key === 'KT') return 5 * rng.int(36, 54);
  if (org.classification === 'Beirat') return 5 * rng.int(18, 26);
  return 5 * rng.int(18, 38);
}

export function generateMeetingSlots(rng: Rng): MeetingSlot[] {
  const planned: { org: OrganizationDef; day: string }[] = [];
  councilDays.forEach((councilDay, cycle) => {
    const month = Number(councilDay.slice(5, 7));
    for (const org of gremien) {
      if (org.key === 'KT') {
        planned.push({ org, day: councilDay });
        continue;
      }
      // the constituent cycle has no committee meetings yet: the committees are formed at that session
      if (cycle === 0) continue;
      const months = meetsInMonths[org.key];
      if (months && !months.includes(month)) continue;
      const offset = committeeOffsets[org.key] ?? -21;
      // a day earlier or later now and then, never changing the order within the cycle
      const jitter = org.classification === 'Beirat' ? rng.int(-2, 2) : rng.pick([0, 0, 0, -1]);
      planned.push({ org, day: toMeetingDay(addDays(councilDay, offset + jitter)) });
    }
  });
  planned.sort((a, b) => (a.day === b.day ? a.org.key.localeCompare(b.org.key) : a.day.localeCompare(b.day)));

  const perYear = new Map<string, number>();
  const perTerm = new Map<string, number>();
  const slots: MeetingSlot[] = planned.map(({ org, day }) => {
    const year = day.slice(0, 4);
    const yearKey = `${org.key}/${year}`;
    perYear.set(yearKey, (perYear.get(yearKey) ?? 0) + 1);
    perTerm.set(org.key, (perTerm.get(org.key) ?? 0) + 1);
    const ordinal = perTerm.get(org.key) ?? 1;
    const hour = org.classification === 'Ausschuss' && rng.chance(0.2) ? (org.hour === 17 ? 18 : 17) : org.hour;
    const minute = org.key === 'SB' && rng.chance(0.3) ? 30 : 0;
    const start = berlinInstant(day, hour, minute);
    const state = meetingStateFor(day);
    const alternative = rng.chance(0.08) ? rng.pick(locations.filter((l) => l.key !== org.locationKey)).key : null;
    return {
      key: `${org.key}/${year}/${String(perYear.get(yearKey)).padStart(2, '0')}`,
      organizationKey: org.key,
      name: `${ordinal}. Sitzung ${org.genitive}${org.key === 'KT' && ordinal === 1 ? ' (konstituierende Sitzung)' : ''}`,
      day,
      hour,
      minute,
      start,
      end: state === 'durchgeführt' ? addMinutes(start, durationMinutes(rng, org)) : null,
      state,
      cancelled: false,
      locationKey: alternative ?? org.locationKey ?? 'kreishaus-gross',
      ordinal,
    };
  });

  // a few committee or Beirat meetings were called off; never a Kreistag session, never the last before „today“
  const cancellable = slots.filter((s) => s.state === 'durchgeführt' && s.organizationKey !== 'KT' && s.ordinal > 1 && s.day < addDays(DEMO_ANCHOR_DATE, -60));
  for (const slot of rng.sample(cancellable, 5)) {
    slot.state = 'abgesagt';
    slot.cancelled = true;
    slot.end = null;
  }
  return slots;
}
