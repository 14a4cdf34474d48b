/**
 * @module masterdata/organizations
 * Importing Gremien and Verwaltung units. A parent is imported before what it contains, so an
 * entry may name a parent further down the file; a ring of parents is a problem. Each entry goes
 * through the back-office form's rules (Art, Kurzname unique among running Gremien, seats only
 * where votes are counted …) and is created or saved through the domain.
 */
import {
  createOrganization,
  organizationKinds,
  parseOrganizationDraft,
  updateOrganization,
  type OrganizationDraft,
  type OrganizationRecord,
} from '../organizations/index.ts';
import { organizationEntryOf } from './masterdata.entries.ts';
import type { OrganizationEntry } from './masterdata.format.ts';
import { matchRow, overlay, type ImportRun, type Path } from './masterdata.run.ts';

const fieldOf: Record<string, string> = {
  kind: 'art',
  name: 'name',
  shortName: 'kurzname',
  parentId: 'uebergeordnet',
  startDate: 'beginn',
  endDate: 'ende',
  website: 'website',
  locationId: 'sitzungsort',
  seats: 'sitze',
};

const artMessage = `Art: eine von ${organizationKinds.join(', ')} (null behält die gespeicherte Art einer Organisation, die keine davon ist).`;

const lower = (v: string | null | undefined) => (v ?? '').trim().toLocaleLowerCase('de');

/** The entries in an order where each parent named by a key of this file comes first. */
function parentsFirst(run: ImportRun, entries: readonly OrganizationEntry[]): number[] {
  const byKey = new Map(entries.map((e, i) => [e.schluessel, i]));
  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (i: number, trail: number[]) => {
    if (state.get(i) === 'done') return;
    if (state.get(i) === 'visiting') {
      const ring = [...trail.slice(trail.indexOf(i)), i].map((n) => `„${entries[n]?.name}“`).join(' → ');
      run.problem(['gremien', i, 'uebergeordnet'], `Übergeordnete Organisation: Die Einträge ordnen sich im Kreis unter (${ring}).`);
      return;
    }
    state.set(i, 'visiting');
    const parent = entries[i]?.uebergeordnet;
    const parentIndex = parent ? byKey.get(parent) : undefined;
    if (parentIndex !== undefined) visit(parentIndex, [...trail, i]);
    state.set(i, 'done');
    order.push(i);
  };
  for (const i of entries.keys()) visit(i, []);
  return order;
}

export async function importOrganizations(run: ImportRun, entries: readonly OrganizationEntry[], stored: readonly OrganizationRecord[]): Promise<void> {
  const twice = new Set([...entries.keys()].filter((i) => !run.declare('gremien', entries[i]?.schluessel ?? '', ['gremien', i])));
  const ringsBefore = run.problems.length;
  const order = parentsFirst(run, entries);
  if (run.problems.length > ringsBefore) return;
  for (const index of order) {
    const entry = entries[index];
    if (entry && !twice.has(index)) await importOne(run, entry, ['gremien', index], stored);
  }
}

async function importOne(run: ImportRun, entry: OrganizationEntry, path: Path, stored: readonly OrganizationRecord[]): Promise<void> {
  const key = entry.schluessel;
  const natural = () => {
    // the Kurzname names a Gremium in references and imports; without one, the name does
    const same = entry.kurzname
      ? (o: OrganizationRecord) => lower(o.shortName) === lower(entry.kurzname)
      : (o: OrganizationRecord) => lower(o.name) === lower(entry.name) && !o.shortName;
    const all = stored.filter(same);
    // an ended Gremium may have passed its Kurzname on: the running one is meant
    const running = all.filter((o) => o.endDate === null || o.endDate >= run.today);
    return (all.length > 1 ? running : all).map((o) => o.id);
  };
  const match = matchRow(run, 'gremien', key, path, natural, `Organisation „${entry.name}“`);
  const before = match.kind === 'stored' ? stored.find((o) => o.id === match.id) : undefined;
  const merged = overlay(before ? organizationEntryOf(before) : undefined, entry);
  const parentId = run.reference('gremien', merged.uebergeordnet, [...path, 'uebergeordnet'], 'Übergeordnete Organisation');
  const locationId = run.reference('sitzungsorte', merged.sitzungsort, [...path, 'sitzungsort'], 'Üblicher Sitzungsort');
  const draft: OrganizationDraft = {
    kind: merged.art ?? 'keep',
    name: merged.name,
    shortName: merged.kurzname ?? '',
    parentId: parentId ? String(parentId) : '',
    startDate: merged.beginn ?? '',
    endDate: merged.ende ?? '',
    website: merged.website ?? '',
    locationId: locationId ? String(locationId) : '',
    seats: merged.sitze === null || merged.sitze === undefined ? '' : String(merged.sitze),
  };
  const parsed = parseOrganizationDraft(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      run.problem([...path, fieldOf[field] ?? field], field === 'kind' ? artMessage : issue.message);
    }
  }
  if (match.kind === 'problem' || !parsed.success || parentId === undefined || locationId === undefined) {
    run.fail('gremien', key);
    return;
  }
  const input = parsed.data;
  if (before) {
    run.bind('gremien', key, before.id);
    if (input.shortName) run.alias('gremien', input.shortName, before.id);
    const saved = await updateOrganization(run.tx, run.body, run.actor, before.id, before.version, input, run.today);
    if (saved?.ok) run.done('gremien', key, input.name, saved.value.changed ? 'geändert' : 'unverändert');
    else if (saved?.error.kind === 'invalid') run.problemsAt(path, saved.error.problems, fieldOf);
    else run.problem(path, `Organisation „${entry.name}“ wurde gleichzeitig geändert oder gelöscht; bitte den Import wiederholen.`);
    return;
  }
  const created = await createOrganization(run.tx, run.body, run.actor, input, run.today);
  if (!created.ok) {
    run.fail('gremien', key);
    run.problemsAt(path, created.error, fieldOf);
    return;
  }
  run.bind('gremien', key, created.value.id);
  if (input.shortName) run.alias('gremien', input.shortName, created.value.id);
  run.done('gremien', key, input.name, 'angelegt');
}
