/**
 * @module masterdata/people
 * Importing persons and memberships through the back-office forms' rules. A person's Fraktion
 * is a membership like any other (in the Gremium of type Fraktion), so persons are imported
 * without one and keep the one they have. Deputies come after the members they stand in for.
 */
import {
  createMembership,
  createPerson,
  DEPUTY,
  findPersonRecord,
  membershipRoles,
  parseMembership,
  parsePerson,
  updateMembership,
  updatePerson,
  type Membership,
  type MembershipFormFields,
  type PersonFormFields,
  type PersonRecord,
} from '../people/index.ts';
import { membershipEntryOf, personEntryOf } from './masterdata.entries.ts';
import type { MembershipEntry, PersonEntry } from './masterdata.format.ts';
import { matchRow, overlay, sameInput, type ImportRun, type Path } from './masterdata.run.ts';

const lower = (v: string | null | undefined) => (v ?? '').trim().toLocaleLowerCase('de');

const personFields = (e: PersonEntry): PersonFormFields => ({
  anrede: e.anrede ?? '',
  titel: e.titel ?? '',
  vorname: e.vorname ?? '',
  nachname: e.nachname,
  fraktion: '',
  email: (e.email ?? []).join(', '),
  telefon: (e.telefon ?? []).join(', '),
  sachkundig: e.sachkundig ? 'ja' : '',
});

type StoredPerson = Omit<PersonRecord, 'fraktion'>;

export async function importPersons(run: ImportRun, entries: readonly PersonEntry[], stored: readonly StoredPerson[]): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const path = ['personen', index];
    const key = entry.schluessel;
    if (!run.declare('personen', key, path)) continue;
    const name = [entry.vorname, entry.nachname].filter(Boolean).join(' ');
    const natural = () => stored.filter((p) => lower(p.familyName) === lower(entry.nachname) && lower(p.givenName) === lower(entry.vorname)).map((p) => p.id);
    const match = matchRow(run, 'personen', key, path, natural, `Person „${name}“`);
    const before = match.kind === 'stored' ? stored.find((p) => p.id === match.id) : undefined;
    const merged = overlay(before ? personEntryOf(before) : undefined, entry);
    const parsed = parsePerson(personFields(merged), before?.formOfAddress ?? null);
    if (!parsed.ok) for (const issue of parsed.problems.issues) run.problem([...path, String(issue.path[0])], issue.message);
    if (match.kind === 'problem' || !parsed.ok) {
      run.fail('personen', key);
      continue;
    }
    if (before) {
      run.bind('personen', key, before.id);
      const was = parsePerson(personFields(personEntryOf(before)), before.formOfAddress);
      if (was.ok && sameInput(was.value, parsed.value)) {
        run.done('personen', key, name, 'unverändert');
        continue;
      }
      // the Fraktion is not part of the file: the person keeps the one held today
      const fraktionId = (await findPersonRecord(run.tx, run.body.id, before.id, run.today))?.fraktion?.id ?? null;
      const saved = await updatePerson(run.tx, run.body.id, before.id, before.version, { ...parsed.value, fraktionId }, run.actor, run.today);
      if (saved?.ok) run.done('personen', key, name, 'geändert');
      else if (saved?.error.kind === 'invalid') run.problemsAt(path, saved.error.problems);
      else run.problem(path, `Person „${name}“ wurde gleichzeitig geändert oder gelöscht; bitte den Import wiederholen.`);
      continue;
    }
    const created = await createPerson(run.tx, run.body.id, { ...parsed.value, fraktionId: null }, run.actor, run.today);
    if (created.ok) {
      run.bind('personen', key, created.value.id);
      run.done('personen', key, name, 'angelegt');
    } else {
      run.fail('personen', key);
      run.problemsAt(path, created.error);
    }
  }
}

const roleMessage = `Rolle: eine von ${membershipRoles.join(', ')}.`;

function membershipFields(
  e: MembershipEntry,
  ids: { person: number; gremium: number; vertritt: number | null; fraktion: number | null },
): MembershipFormFields {
  return {
    person: String(ids.person),
    gremium: String(ids.gremium),
    rolle: e.rolle,
    stimmrecht: e.stimmrecht === undefined ? '' : e.stimmrecht ? 'ja' : 'nein',
    beginn: e.beginn ?? '',
    ende: e.ende ?? '',
    vertritt: ids.vertritt === null ? '' : String(ids.vertritt),
    fraktion: ids.fraktion === null ? '' : String(ids.fraktion),
  };
}

/** The ids an entry names; undefined when one cannot be resolved (then reported, or its entry failed). */
function idsOf(run: ImportRun, e: MembershipEntry, path: Path) {
  const person = run.reference('personen', e.person, [...path, 'person'], 'Person');
  const gremium = run.reference('gremien', e.gremium, [...path, 'gremium'], 'Gremium');
  const vertritt = run.reference('personen', e.vertritt, [...path, 'vertritt'], 'Vertritt');
  const fraktion = run.reference('gremien', e.fraktion, [...path, 'fraktion'], 'Fraktion');
  if (!person || !gremium || vertritt === undefined || fraktion === undefined) return undefined;
  return { person, gremium, vertritt, fraktion };
}

export async function importMemberships(run: ImportRun, entries: readonly MembershipEntry[], stored: readonly Membership[]): Promise<void> {
  // a deputy names the member they stand in for, who must exist by then
  const order = [...entries.keys()].sort((a, b) => Number(entries[a]?.rolle === DEPUTY) - Number(entries[b]?.rolle === DEPUTY));
  for (const index of order) {
    const entry = entries[index];
    if (entry) await importMembership(run, entry, ['mitgliedschaften', index], stored);
  }
}

async function importMembership(run: ImportRun, entry: MembershipEntry, path: Path, stored: readonly Membership[]): Promise<void> {
  const key = entry.schluessel ?? undefined;
  if (key !== undefined && !run.declare('mitgliedschaften', key, path)) return;
  const named = idsOf(run, entry, path);
  if (!named) return;
  const label = `${entry.person} in ${entry.gremium} (${entry.rolle})`;
  const natural = () =>
    stored
      .filter((m) => m.personId === named.person && m.organizationId === named.gremium && m.role === entry.rolle && m.startDate === (entry.beginn ?? null))
      .map((m) => m.id);
  const match = key === undefined ? naturalOnly(run, natural(), path, label) : matchRow(run, 'mitgliedschaften', key, path, natural, `Mitgliedschaft ${label}`);
  const before = match.kind === 'stored' ? stored.find((m) => m.id === match.id) : undefined;
  const merged = overlay(before ? membershipEntryOf(before) : undefined, entry);
  if (match.kind === 'problem') return;
  // what the entry leaves out keeps the stored row's ids (a field given was resolved above)
  const storedIds = before && { person: before.personId, gremium: before.organizationId, vertritt: before.representsPersonId, fraktion: before.onBehalfOfId };
  const ids = storedIds
    ? {
        person: named.person,
        gremium: named.gremium,
        vertritt: entry.vertritt === undefined ? storedIds.vertritt : named.vertritt,
        fraktion: entry.fraktion === undefined ? storedIds.fraktion : named.fraktion,
      }
    : named;
  const options = { keepRole: before?.role ?? null, requireStart: false };
  const parsed = parseMembership(membershipFields(merged, ids), options);
  if (!parsed.ok) {
    for (const issue of parsed.problems.issues) {
      const field = String(issue.path[0]);
      run.problem([...path, field], field === 'rolle' ? roleMessage : issue.message);
    }
    return;
  }
  if (before && storedIds) {
    const was = parseMembership(membershipFields(membershipEntryOf(before), storedIds), options);
    if (was.ok && sameInput(was.value, parsed.value)) return run.done('mitgliedschaften', key ?? '', label, 'unverändert');
    const saved = await updateMembership(run.tx, run.body.id, before.id, before.version, parsed.value, run.actor);
    if (saved?.ok) run.done('mitgliedschaften', key ?? '', label, 'geändert');
    else if (saved?.error.kind === 'invalid') run.problemsAt(path, saved.error.problems);
    else run.problem(path, `Mitgliedschaft ${label} wurde gleichzeitig geändert oder gelöscht; bitte den Import wiederholen.`);
    return;
  }
  const created = await createMembership(run.tx, run.body.id, parsed.value, run.actor);
  if (created.ok) run.done('mitgliedschaften', key ?? '', label, 'angelegt');
  else run.problemsAt(path, created.error);
}

/** A membership without a key is the stored one with the same person, Gremium, role and beginning. */
function naturalOnly(run: ImportRun, candidates: number[], path: Path, label: string) {
  const [id] = candidates;
  if (id === undefined) return { kind: 'new' as const };
  if (candidates.length > 1) {
    run.problem(path, `Mitgliedschaft ${label} gibt es ${candidates.length}-mal; bitte den Schlüssel aus dem Export angeben.`);
    return { kind: 'problem' as const };
  }
  return run.claim('mitgliedschaften', id, path, `Mitgliedschaft ${label}`) ? { kind: 'stored' as const, id } : { kind: 'problem' as const };
}
