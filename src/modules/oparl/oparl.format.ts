/**
 * @module oparl/format
 * OParl's value formats (2.4): `date-time` as `yyyy-mm-ddThh:mm:ss±hh:mm` without fractions, in
 * German time since that is what the data describes; no `null`, no empty optional lists or
 * strings.
 */

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
// the offset only changes on the hour: remember it per hour instead of asking Intl each time
const offsetByHour = new Map<number, number>();
const HOUR = 3_600_000;

function berlinOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const name = offsetFormat.formatToParts(new Date(hour * HOUR)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-03-04T17:00:00+01:00 */
export function oparlDateTime(value: Date): string {
  const ms = Math.floor(value.getTime() / 1000) * 1000;
  const offset = berlinOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// null inside a value (a GeoJSON Feature's `properties`, say); compact drops it as a field
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * An object without the properties that hold nothing: undefined, null, '' and [] (2.4 „null-Werte
 * und leere Listen“). Required lists are set after this, so they stay even when empty.
 */
export function compact(fields: Record<string, Json | null | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

/**
 * Control characters other than tab, line feed and carriage return have no business in text
 * (they come from copied PDF text); JSON.stringify would escape them, but clients choke on them.
 */
export function cleanText(value: string | null): string | null {
  if (value === null) return null;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value) ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '') : value;
}
