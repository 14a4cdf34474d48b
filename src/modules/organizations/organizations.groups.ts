/**
 * @module organizations/groups
 * How `/gremien` groups a body's organizations: the council, Ausschüsse, Beiräte, Fraktionen,
 * other Gremien, other organizations, and the Verwaltung last (nested by sub-organization).
 */

export const organizationGroupKeys = ['council', 'committees', 'advisory', 'fraktionen', 'otherGremien', 'other', 'administration'] as const;
export type OrganizationGroupKey = (typeof organizationGroupKeys)[number];

const headings: Record<OrganizationGroupKey, string> = {
  council: 'Kreistag',
  committees: 'Ausschüsse',
  advisory: 'Beiräte',
  fraktionen: 'Fraktionen',
  otherGremien: 'Weitere Gremien',
  other: 'Weitere Organisationen',
  administration: 'Verwaltung',
};

const anchors: Record<OrganizationGroupKey, string> = {
  council: 'vertretung',
  committees: 'ausschuesse',
  advisory: 'beiraete',
  fraktionen: 'fraktionen',
  otherGremien: 'weitere-gremien',
  other: 'weitere-organisationen',
  administration: 'verwaltung',
};

/** Classifications of the elected council itself, lower case. */
const councilClassifications = new Set([
  'kreistag',
  'rat',
  'gemeinderat',
  'stadtrat',
  'samtgemeinderat',
  'stadtverordnetenversammlung',
  'gemeindevertretung',
  'stadtvertretung',
  'regionsversammlung',
]);

export interface OrganizationSummary {
  id: number;
  name: string;
  shortName: string | null;
  organizationType: string;
  classification: string | null;
  parentId: number | null;
  /** Persons with a membership in the current Wahlperiode. */
  members: number;
}

export interface OrganizationEntry extends OrganizationSummary {
  children: OrganizationEntry[];
}

export interface OrganizationGroup {
  key: OrganizationGroupKey;
  /** Fragment id of the group's heading on `/gremien`. */
  anchor: string;
  heading: string;
  entries: OrganizationEntry[];
}

export function groupOf(o: { organizationType: string; classification: string | null }): OrganizationGroupKey {
  const classification = (o.classification ?? '').trim().toLowerCase();
  switch (o.organizationType) {
    case 'Verwaltungsbereich':
      return 'administration';
    case 'Fraktion':
      return 'fraktionen';
    case 'Gremium':
      if (councilClassifications.has(classification)) return 'council';
      if (classification.includes('ausschuss')) return 'committees';
      if (classification.includes('beirat')) return 'advisory';
      return 'otherGremien';
    case 'externes Gremium':
      return 'otherGremien';
    default:
      return 'other';
  }
}

/**
 * Groups organizations (already in display order) and drops empty groups. The council's heading
 * is its own classification („Kreistag“, „Gemeinderat“ …). Verwaltung units nest under their
 * parent unit; other groups stay flat.
 */
export function groupOrganizations(rows: readonly OrganizationSummary[]): OrganizationGroup[] {
  const byGroup = new Map<OrganizationGroupKey, OrganizationSummary[]>();
  for (const row of rows) {
    const key = groupOf(row);
    byGroup.set(key, [...(byGroup.get(key) ?? []), row]);
  }
  return organizationGroupKeys.flatMap((key): OrganizationGroup[] => {
    const members = byGroup.get(key) ?? [];
    if (members.length === 0) return [];
    const heading = key === 'council' ? members[0]?.classification?.trim() || headings.council : headings[key];
    const entries = key === 'administration' ? nest(members) : members.map((m) => ({ ...m, children: [] }));
    return [{ key, anchor: anchors[key], heading, entries }];
  });
}

function nest(rows: readonly OrganizationSummary[]): OrganizationEntry[] {
  const ids = new Set(rows.map((r) => r.id));
  const childrenOf = new Map<number, OrganizationSummary[]>();
  for (const row of rows) {
    if (row.parentId !== null && row.parentId !== row.id && ids.has(row.parentId)) {
      childrenOf.set(row.parentId, [...(childrenOf.get(row.parentId) ?? []), row]);
    }
  }
  const seen = new Set<number>();
  const build = (row: OrganizationSummary): OrganizationEntry => {
    seen.add(row.id);
    // a cycle in sub-organization data must not recurse forever
    const children = (childrenOf.get(row.id) ?? []).filter((c) => !seen.has(c.id)).map(build);
    return { ...row, children };
  };
  const roots = rows.filter((r) => r.parentId === null || r.parentId === r.id || !ids.has(r.parentId)).map(build);
  // whatever a cycle left unattached still appears, at the top level
  for (const row of rows) if (!seen.has(row.id)) roots.push(build(row));
  return roots;
}
