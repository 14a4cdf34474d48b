/** @module people/views/admin/shared — what the back office's person and membership pages share: crumbs, dates, links. */
import { formatDate } from '../../../../lib/format.ts';
import type { Crumb } from '../../../../ui/Layout.tsx';

export const staffCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, ...rest];
export const personsCrumb: Crumb = { label: 'Personen', href: '/verwaltung/personen' };
export const gremienCrumb: Crumb = { label: 'Gremien', href: '/verwaltung/gremien' };

export const personAdminHref = (id: number) => `/verwaltung/personen/${id}`;
export const membershipAdminHref = (id: number) => `/verwaltung/mitgliedschaften/${id}`;
export const rosterHref = (organizationId: number, day?: string) => `/verwaltung/gremien/${organizationId}/mitglieder${day ? `?stichtag=${day}` : ''}`;

/** „01.06.2023 – 31.03.2025“, „seit 01.06.2023“, „bis 31.03.2025“ or „–“. */
export function periodText(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `seit ${formatDate(start)}`;
  if (end) return `bis ${formatDate(end)}`;
  return '–';
}
