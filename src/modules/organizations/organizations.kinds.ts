/**
 * @module organizations/kinds
 * The five Arten the back office offers (Kreistag/Rat, Ausschuss, Beirat, Fraktion,
 * Verwaltungseinheit) and how each maps to OParl's `organizationType` plus a `classification` in
 * the body's own words — and back: existing rows (demo, imports) are read through the same
 * grouping as `/gremien` (organizations.groups), so what the portal files under „Ausschüsse“ the
 * form calls an Ausschuss. Rows that fit none keep their type and classification untouched.
 */
import { groupOf, type OrganizationGroupKey } from './organizations.groups.ts';
import type { OrganizationType } from './organizations.tables.ts';

export const organizationKinds = ['vertretung', 'ausschuss', 'beirat', 'fraktion', 'verwaltung'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

const groupKinds: Partial<Record<OrganizationGroupKey, OrganizationKind>> = {
  council: 'vertretung',
  committees: 'ausschuss',
  advisory: 'beirat',
  fraktionen: 'fraktion',
  administration: 'verwaltung',
};

/** The Art of a stored row, or undefined when it is none of the five (an external Gremium …). */
export function kindOf(row: { organizationType: string; classification: string | null }): OrganizationKind | undefined {
  return groupKinds[groupOf(row)];
}

/** The council's name in the body's words: its existing council row, else from the body's kind. */
export function councilWord(bodyClassification: string | null, existingCouncil: string | null): string {
  const existing = existingCouncil?.trim();
  if (existing) return existing;
  const kind = (bodyClassification ?? '').toLowerCase();
  if (kind.includes('kreis')) return 'Kreistag';
  if (kind.includes('region')) return 'Regionsversammlung';
  return 'Rat';
}

/** Labels of the Arten; the council's is the body's word („Kreistag“). */
export function kindLabels(council: string): Record<OrganizationKind, string> {
  return {
    vertretung: council === 'Rat' ? 'Kreistag/Rat' : council,
    ausschuss: 'Ausschuss',
    beirat: 'Beirat',
    fraktion: 'Fraktion',
    verwaltung: 'Verwaltungseinheit',
  };
}

/** What a Verwaltung unit's name says it is („Fachdienst Finanzen“ → Fachdienst). */
const unitWords = ['Fachbereich', 'Fachdienst', 'Stabsstelle', 'Dezernat', 'Amt', 'Referat', 'Abteilung', 'Sachgebiet', 'Team'];

function unitClassification(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return unitWords.find((w) => w.toLowerCase() === first.toLowerCase()) ?? 'Verwaltungseinheit';
}

/**
 * Type and classification for an Art. A row that keeps its Art keeps its own classification
 * („Fachdienst“, „Gemeinderat“); a new or changed one gets the body's word for it.
 */
export function typeOfKind(
  kind: OrganizationKind,
  context: { council: string; name: string; stored?: { organizationType: OrganizationType; classification: string | null } | undefined },
): { organizationType: OrganizationType; classification: string | null } {
  const { stored } = context;
  if (stored && kindOf(stored) === kind) return { organizationType: stored.organizationType, classification: stored.classification };
  switch (kind) {
    case 'vertretung':
      return { organizationType: 'Gremium', classification: context.council };
    case 'ausschuss':
      return { organizationType: 'Gremium', classification: 'Ausschuss' };
    case 'beirat':
      return { organizationType: 'Gremium', classification: 'Beirat' };
    case 'fraktion':
      return { organizationType: 'Fraktion', classification: 'Fraktion' };
    case 'verwaltung':
      return { organizationType: 'Verwaltungsbereich', classification: unitClassification(context.name) };
  }
}

/** Seats with a vote are counted for the council and the Ausschüsse only. */
export function hasSeats(row: { organizationType: string; classification: string | null }): boolean {
  const group = groupOf(row);
  return group === 'council' || group === 'committees';
}

/** A row's Art in words, for lists and history: the Art, or its stored type and classification. */
export function kindText(row: { organizationType: string; classification: string | null }, council: string): string {
  const kind = kindOf(row);
  if (kind) return kindLabels(council)[kind];
  return row.classification && row.classification !== row.organizationType ? `${row.organizationType} (${row.classification})` : row.organizationType;
}
