/**
 * @module locations/input
 * A Sitzungsort as the back-office form sends it, checked with German messages: the address
 * fields, the point as two decimal fields (Breite, Länge; comma or point) and the notes on
 * accessibility. Stored, the point is a GeoJSON Feature, as OParl 1.1 defines `geojson`.
 */
import { blankAsNull, calendarDay } from '../../lib/form-values.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';

export interface LocationInput {
  description: string;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  subLocality: string | null;
  room: string | null;
  point: { latitude: number; longitude: number } | null;
  accessibility: string | null;
}

/** The form's text values by input key. */
export interface LocationValues {
  description: string;
  streetAddress: string;
  postalCode: string;
  locality: string;
  subLocality: string;
  room: string;
  latitude: string;
  longitude: string;
  accessibility: string;
}

export type LocationProblems = Partial<Record<keyof LocationValues, string>>;

const optional = (label: string, max: number) => blankAsNull(z.string().trim().max(max, `${label}: höchstens ${max} Zeichen.`));

const decimal = /^[+-]?\d{1,3}(?:[.,]\d{1,10})?$/;

const coordinate = (label: string, limit: number, example: string) =>
  blankAsNull(
    z
      .string()
      .trim()
      .regex(decimal, `${label}: Bitte als Dezimalzahl angeben, zum Beispiel ${example}.`)
      .transform((v) => Number(v.replace(',', '.')))
      .pipe(
        z
          .number()
          .min(-limit, `${label}: Bitte einen Wert zwischen -${limit} und ${limit} Grad angeben.`)
          .max(limit, `${label}: Bitte einen Wert zwischen -${limit} und ${limit} Grad angeben.`),
      ),
  );

const locationSchema = z
  .object({
    description: z
      .string()
      .trim()
      .min(1, 'Bezeichnung: Bitte geben Sie eine Bezeichnung an, zum Beispiel „Kreishaus, Großer Sitzungssaal“.')
      .max(200, 'Bezeichnung: höchstens 200 Zeichen.'),
    streetAddress: optional('Straße und Hausnummer', 200),
    postalCode: blankAsNull(
      z
        .string()
        .trim()
        .regex(/^\d{5}$/, 'PLZ: Bitte die fünfstellige Postleitzahl angeben, zum Beispiel 21790.'),
    ),
    locality: optional('Ort', 100),
    subLocality: optional('Ortsteil', 100),
    room: optional('Raum', 200),
    latitude: coordinate('Breite', 90, '53,3517'),
    longitude: coordinate('Länge', 180, '9,8123'),
    accessibility: optional('Hinweise zur Barrierefreiheit', 2000),
  })
  .superRefine((v, ctx) => {
    // one half of a point is no point
    if (v.latitude !== null && v.longitude === null)
      ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Länge: Bitte geben Sie auch die Länge an oder lassen Sie beide Felder leer.' });
    if (v.longitude !== null && v.latitude === null)
      ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Breite: Bitte geben Sie auch die Breite an oder lassen Sie beide Felder leer.' });
  });

export function parseLocationInput(values: LocationValues): Result<LocationInput, LocationProblems> {
  const parsed = locationSchema.safeParse({ ...values, accessibility: values.accessibility.replace(/\r\n?/g, '\n') });
  if (!parsed.success) {
    const problems: LocationProblems = {};
    for (const issue of parsed.error.issues) problems[String(issue.path[0]) as keyof LocationValues] ??= issue.message;
    return err(problems);
  }
  const { latitude, longitude, ...rest } = parsed.data;
  return ok({ ...rest, point: latitude !== null && longitude !== null ? { latitude, longitude } : null });
}

const pointSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).rest(z.number()) }),
});

/** The point of a stored GeoJSON Feature (longitude first, as GeoJSON orders it), or null. */
export function pointOf(geojson: unknown): { latitude: number; longitude: number } | null {
  const parsed = pointSchema.safeParse(geojson);
  if (!parsed.success) return null;
  const [longitude, latitude] = parsed.data.geometry.coordinates;
  return { latitude, longitude };
}

/** The day a place is no longer used from (the end form). */
export const endDateSchema = calendarDay('Nicht mehr genutzt ab');
