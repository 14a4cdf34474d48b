/** @module lib/format — German display formats; all times shown in Europe/Berlin. */

const TIME_ZONE = 'Europe/Berlin';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const weekdayFormat = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: TIME_ZONE });
const partsFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

/** `2025-06-03` or a Date → „03.06.2025“. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  return dateFormat.format(value);
}

export function formatTime(value: Date): string {
  return timeFormat.format(value);
}

export function formatWeekday(value: Date): string {
  return weekdayFormat.format(value);
}

/** The calendar day of an instant in Berlin, as `YYYY-MM-DD`. */
export function berlinDate(value: Date): string {
  return partsFormat.format(value);
}

/** Machine-readable date for `<time datetime>`. */
export function isoDate(value: string | Date): string {
  return typeof value === 'string' ? value : berlinDate(value);
}

const number1 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** 251904 → „246 KB“, 3 500 000 → „3,3 MB“. Units of 1024, as file managers show them. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} Byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${number1.format(size / (1024 * 1024))} MB`;
}

const mimeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/plain': 'Text',
  'text/html': 'HTML',
  'image/png': 'PNG-Bild',
  'image/jpeg': 'JPEG-Bild',
};

/** A short name for a MIME type that a reader recognises. */
export function formatMimeType(mimeType: string): string {
  return mimeLabels[mimeType] ?? mimeType;
}
