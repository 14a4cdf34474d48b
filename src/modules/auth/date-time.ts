/** @module auth/date-time — a moment as the administration pages write it: „07.12.2026, 09:07 Uhr“ (Berlin time). */
import { formatDate, formatTime } from '../../lib/format.ts';

export function dateTime(at: Date): string {
  return `${formatDate(at)}, ${formatTime(at)} Uhr`;
}
