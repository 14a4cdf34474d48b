/**
 * @module masterdata/places
 * Importing Wahlperioden and Sitzungsorte: each entry is read by the back-office form's rules,
 * matched to its stored row (export key, else the same name), and created or saved through the
 * domain. An entry that says what the row says already is left alone.
 */
import { calendarDay } from '../../lib/form-values.ts';
import { createTerm, findTerm, parseTermInput, updateTerm, type LegislativeTerm } from '../bodies/index.ts';
import {
  createLocation,
  endLocation,
  parseLocationInput,
  restoreLocation,
  updateLocation,
  type LocationInput,
  type LocationRecord,
} from '../locations/index.ts';
import { locationEntryOf, termEntryOf } from './masterdata.entries.ts';
import type { LocationEntry, TermEntry } from './masterdata.format.ts';
import { matchRow, overlay, sameInput, type ImportRun } from './masterdata.run.ts';

const lower = (v: string | null | undefined) => (v ?? '').trim().toLocaleLowerCase('de');

const termFields = { startDate: 'beginn', endDate: 'ende' };

export async function importTerms(run: ImportRun, entries: readonly TermEntry[], stored: readonly LegislativeTerm[]): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const path = ['wahlperioden', index];
    if (!run.declare('wahlperioden', entry.schluessel, path)) continue;
    const match = matchRow(
      run,
      'wahlperioden',
      entry.schluessel,
      path,
      () => stored.filter((t) => lower(t.name) === lower(entry.name)).map((t) => t.id),
      `Wahlperiode „${entry.name}“`,
    );
    const before = match.kind === 'stored' ? stored.find((t) => t.id === match.id) : undefined;
    const merged = overlay(before ? termEntryOf(before) : undefined, entry);
    const input = parseTermInput({ name: merged.name, startDate: merged.beginn, endDate: merged.ende ?? '' });
    if (match.kind === 'problem' || !input.ok) {
      if (!input.ok) run.problemsAt(path, input.error, termFields);
      run.fail('wahlperioden', entry.schluessel);
      continue;
    }
    if (before) {
      run.bind('wahlperioden', entry.schluessel, before.id);
      const { id: _id, ...was } = before;
      if (sameInput(was, input.value)) {
        run.done('wahlperioden', entry.schluessel, before.name, 'unverändert');
        continue;
      }
      const version = (await findTerm(run.tx, run.body.id, before.id))?.version ?? 0;
      const saved = await updateTerm(run.tx, run.body.id, before.id, version, input.value, run.actor);
      if (saved.ok) run.done('wahlperioden', entry.schluessel, saved.value.name, 'geändert');
      else
        run.problemsAt(
          path,
          saved.error.kind === 'invalid' ? saved.error.problems : { name: 'Name: Die Wahlperiode wurde gleichzeitig geändert.' },
          termFields,
        );
      continue;
    }
    const created = await createTerm(run.tx, run.body.id, input.value, run.actor);
    if (created.ok) {
      run.bind('wahlperioden', entry.schluessel, created.value.id);
      run.done('wahlperioden', entry.schluessel, created.value.name, 'angelegt');
    } else {
      run.fail('wahlperioden', entry.schluessel);
      run.problemsAt(path, created.error.kind === 'invalid' ? created.error.problems : {}, termFields);
    }
  }
}

const locationFields: Record<string, string> = {
  description: 'bezeichnung',
  streetAddress: 'strasse',
  postalCode: 'plz',
  locality: 'ort',
  subLocality: 'ortsteil',
  room: 'raum',
  latitude: 'breite',
  longitude: 'laenge',
  accessibility: 'barrierefreiheit',
};

/** A coordinate as the form's field takes it (at most ten decimals, as the form allows). */
const coordinate = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(Number(n.toFixed(10))));

function locationInputOf(e: LocationEntry) {
  return parseLocationInput({
    description: e.bezeichnung,
    streetAddress: e.strasse ?? '',
    postalCode: e.plz ?? '',
    locality: e.ort ?? '',
    subLocality: e.ortsteil ?? '',
    room: e.raum ?? '',
    latitude: coordinate(e.breite),
    longitude: coordinate(e.laenge),
    accessibility: e.barrierefreiheit ?? '',
  });
}

const endDaySchema = calendarDay('Nicht mehr genutzt ab').nullable();

export async function importLocations(run: ImportRun, entries: readonly LocationEntry[], stored: readonly LocationRecord[]): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const path = ['sitzungsorte', index];
    if (!run.declare('sitzungsorte', entry.schluessel, path)) continue;
    const same = (p: LocationRecord) => lower(p.description) === lower(entry.bezeichnung) && lower(p.room) === lower(entry.raum ?? null);
    const match = matchRow(run, 'sitzungsorte', entry.schluessel, path, () => stored.filter(same).map((p) => p.id), `Sitzungsort „${entry.bezeichnung}“`);
    const before = match.kind === 'stored' ? stored.find((p) => p.id === match.id) : undefined;
    const merged = overlay(before ? locationEntryOf(before) : undefined, entry);
    const input = locationInputOf(merged);
    const endDay = endDaySchema.safeParse(merged.nichtMehrGenutztAb ?? null);
    if (!endDay.success) run.problem([...path, 'nichtMehrGenutztAb'], endDay.error.issues[0]?.message ?? 'Nicht mehr genutzt ab: ungültiges Datum.');
    if (match.kind === 'problem' || !input.ok || !endDay.success) {
      if (!input.ok) run.problemsAt(path, input.error, locationFields);
      run.fail('sitzungsorte', entry.schluessel);
      continue;
    }
    let record: LocationRecord;
    let action: 'angelegt' | 'geändert' | 'unverändert' = 'unverändert';
    if (before) {
      record = before;
      const was = locationInputOf(locationEntryOf(before));
      if (!was.ok || !sameInput(was.value, input.value)) {
        const saved = await updateLocation(run.tx, run.body.id, before.id, before.version, input.value, run.actor);
        if (!saved.ok) {
          run.problem(path, 'Der Sitzungsort wurde gleichzeitig geändert oder gelöscht; bitte den Import wiederholen.');
          continue;
        }
        record = saved.value;
        action = 'geändert';
      }
    } else {
      record = await createLocation(run.tx, run.body.id, input.value satisfies LocationInput, run.actor);
      action = 'angelegt';
    }
    run.bind('sitzungsorte', entry.schluessel, record.id);
    const wanted = endDay.data;
    if (wanted !== record.endDate) {
      const changed =
        wanted === null
          ? await restoreLocation(run.tx, run.body.id, record.id, record.version, run.actor)
          : await endLocation(run.tx, run.body.id, record.id, record.version, wanted, run.actor);
      if (!changed.ok) run.problem(path, 'Der Sitzungsort wurde gleichzeitig geändert oder gelöscht; bitte den Import wiederholen.');
      if (action === 'unverändert') action = 'geändert';
    }
    run.done('sitzungsorte', entry.schluessel, record.description, action);
  }
}
