/**
 * @module ui/back-office-nav
 * The workspace navigation under `/verwaltung`: one list for every staff role, each entry shown
 * only to those whose permission covers it (access/permissions). A new back-office area adds
 * its entry here.
 */
import type { Permission } from '../access/index.ts';

export interface BackOfficeEntry {
  href: string;
  label: string;
  permission: Permission;
  group: 'Arbeit' | 'Stammdaten' | 'System';
}

export const backOfficeEntries: readonly BackOfficeEntry[] = [
  { href: '/verwaltung', label: 'Meine Aufgaben', permission: 'workspace', group: 'Arbeit' },
  { href: '/verwaltung/gremien', label: 'Gremien und Verwaltungseinheiten', permission: 'masterData.read', group: 'Stammdaten' },
  { href: '/verwaltung/personen', label: 'Personen', permission: 'masterData.read', group: 'Stammdaten' },
  { href: '/verwaltung/wahlperioden', label: 'Wahlperioden', permission: 'masterData.read', group: 'Stammdaten' },
  { href: '/verwaltung/sitzungsorte', label: 'Sitzungsorte', permission: 'masterData.read', group: 'Stammdaten' },
  { href: '/verwaltung/einstellungen', label: 'Körperschaft', permission: 'bodySettings.change', group: 'Stammdaten' },
  { href: '/verwaltung/konten', label: 'Konten', permission: 'administration', group: 'System' },
  { href: '/verwaltung/protokoll', label: 'Protokoll', permission: 'administration', group: 'System' },
  { href: '/verwaltung/rechtliches', label: 'Rechtliche Seiten', permission: 'administration', group: 'System' },
  { href: '/verwaltung/synonyme', label: 'Synonyme der Suche', permission: 'administration', group: 'System' },
  { href: '/verwaltung/texterkennung', label: 'Texterkennung', permission: 'administration', group: 'System' },
];

/** The entries a holder of `held` sees, grouped in order. */
export function backOfficeNavFor(held: readonly Permission[]): { group: BackOfficeEntry['group']; entries: BackOfficeEntry[] }[] {
  const visible = backOfficeEntries.filter((e) => held.includes(e.permission));
  const groups = [...new Set(visible.map((e) => e.group))];
  return groups.map((group) => ({ group, entries: visible.filter((e) => e.group === group) }));
}
