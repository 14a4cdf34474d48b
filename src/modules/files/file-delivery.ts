/**
 * @module files/delivery
 * The HTTP side of sending a file's bytes: conditional requests (RFC 9110 § 13) and byte ranges
 * (§ 14), so that a browser revalidates with 304 and a PDF viewer or a resumed download asks
 * for parts.
 */

export interface Validators {
  /** Strong entity tag, quoted: the stored content hash. */
  etag: string;
  lastModified: Date;
}

type Headers = Record<string, string | string[] | undefined>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** Whole seconds: HTTP dates carry no milliseconds. */
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function etagListMatches(list: string, etag: string): boolean {
  if (list.trim() === '*') return true;
  // weak comparison for If-None-Match: W/"x" matches "x"
  return list.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** True when the client's copy is current (answer 304). If-None-Match wins over If-Modified-Since. */
export function notModified(headers: Headers, validators: Validators): boolean {
  const noneMatch = header(headers, 'if-none-match');
  if (noneMatch !== undefined) return etagListMatches(noneMatch, validators.etag);
  const since = header(headers, 'if-modified-since');
  if (since === undefined) return false;
  const date = Date.parse(since);
  return !Number.isNaN(date) && seconds(validators.lastModified) <= Math.floor(date / 1000);
}

export type RangeAnswer =
  /** Send everything (no Range, one that is ignored, or an If-Range that no longer holds). */
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  /** 416: no byte of the range exists. */
  | { kind: 'unsatisfiable' };

/** At most this many ranges are looked at; more is no viewer's pattern (and a cheap attack). */
const MAX_RANGES = 16;

/**
 * What to send for a `Range` header on a file of `size` bytes. One range gives a part; a
 * syntax error is ignored (RFC 9110 § 14.2: whole file). Several ranges are answered with the
 * smallest single range covering them when they overlap or touch, else with the whole file,
 * which the RFC allows and which spares a multipart body no client of a council portal needs.
 */
export function rangeFor(headers: Headers, size: number, validators: Validators): RangeAnswer {
  const range = header(headers, 'range');
  if (range === undefined) return { kind: 'whole' };
  const ifRange = header(headers, 'if-range');
  if (ifRange !== undefined && !ifRangeHolds(ifRange.trim(), validators)) return { kind: 'whole' };
  const match = /^bytes=(.+)$/i.exec(range.trim());
  if (!match) return { kind: 'whole' };
  const specs = match[1]!.split(',').map((s) => s.trim());
  if (specs.length > MAX_RANGES) return { kind: 'whole' };
  const parts: { start: number; end: number }[] = [];
  for (const spec of specs) {
    const m = /^(\d*)-(\d*)$/.exec(spec);
    if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' };
    if (m[1] === '') {
      // suffix: the last n bytes
      const n = Number(m[2]);
      if (n > 0 && size > 0) parts.push({ start: Math.max(0, size - n), end: size - 1 });
      continue;
    }
    const start = Number(m[1]);
    const end = m[2] === '' ? Number.POSITIVE_INFINITY : Number(m[2]);
    if (end < start) return { kind: 'whole' };
    if (start < size) parts.push({ start, end: Math.min(end, size - 1) });
  }
  if (parts.length === 0) return { kind: 'unsatisfiable' };
  parts.sort((a, b) => a.start - b.start);
  let merged = parts[0]!;
  for (const part of parts.slice(1)) {
    if (part.start > merged.end + 1) return { kind: 'whole' };
    merged = { start: merged.start, end: Math.max(merged.end, part.end) };
  }
  if (merged.start === 0 && merged.end === size - 1) return { kind: 'whole' };
  return { kind: 'part', ...merged };
}

/** If-Range: a strong etag must match exactly, a date must equal Last-Modified (§ 13.1.5). */
function ifRangeHolds(value: string, validators: Validators): boolean {
  if (value.startsWith('"') || value.startsWith('W/')) return value === validators.etag;
  const date = Date.parse(value);
  return !Number.isNaN(date) && Math.floor(date / 1000) === seconds(validators.lastModified);
}
