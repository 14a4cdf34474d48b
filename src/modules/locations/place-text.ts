/**
 * @module locations/place-text
 * How a place reads in one line. Bodies often repeat the room in the description („Kreishaus,
 * Sitzungsraum 2.14“ and „Sitzungsraum 2.14“), so each comma-separated part is written once.
 */

export interface PlaceParts {
  description?: string | null;
  room?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
}

const normal = (part: string) => part.replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');

/** „Kreishaus, Sitzungsraum 2.14, Am Markt 1, 12345 Lindenhagen“, or null when nothing is known. */
export function placeText(place: PlaceParts): string | null {
  const town = [place.postalCode, place.locality]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(' ');
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const field of [place.description, place.room, place.streetAddress, town]) {
    for (const part of (field ?? '').split(',')) {
      const key = normal(part);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      kept.push(part.replace(/\s+/g, ' ').trim());
    }
  }
  return kept.length > 0 ? kept.join(', ') : null;
}
