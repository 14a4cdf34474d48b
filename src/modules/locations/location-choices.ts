/**
 * @module locations/location-choices
 * The places a form may offer (a Gremium's usual Sitzungsort): the body's places that are not
 * ended, plus the one a record already names even if it ended since, so saving keeps it.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { placeText } from './place-text.ts';

export interface LocationChoice {
  id: number;
  /** The place in one line („Kreishaus, Sitzungssaal, 12345 Lindenhagen“). */
  label: string;
  /** Ended (only ever the kept one). */
  ended: boolean;
}

const choiceRow = z.object({
  id: z.number(),
  description: z.string().nullable(),
  room: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  locality: z.string().nullable(),
  ended: z.boolean(),
});

/** In the order people read them; `today` (Berlin) decides what has ended. */
export async function listLocationChoices(db: Db, bodyId: number, options: { today?: string; keep?: number | null } = {}): Promise<LocationChoice[]> {
  const today = options.today ?? berlinDate(new Date());
  const rows = await queryRows(
    db,
    choiceRow,
    sql`select id, description, room, street_address as "streetAddress", postal_code as "postalCode", locality,
        (end_date is not null and end_date < ${today}::date) as ended
      from locations
      where body_id = ${bodyId} and deleted_at is null
        and (end_date is null or end_date >= ${today}::date or id = ${options.keep ?? 0})`,
  );
  return rows
    .map((r) => ({ id: r.id, label: placeText(r) ?? `Ort ${r.id}`, ended: r.ended }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de') || a.id - b.id);
}
