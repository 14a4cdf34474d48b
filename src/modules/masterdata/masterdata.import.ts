/**
 * @module masterdata/import
 * One import of master data: every section in one transaction, through the domains' own create
 * and save functions (their rules, their history entries, the change notification of every
 * committed write). Every problem of the whole file is collected; if there is one, or when only
 * trying (`dryRun`), the transaction is rolled back and nothing is written. Nothing is deleted:
 * a row the file does not mention stays as it is.
 */
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import type { Actor } from '../audit/index.ts';
import { listLegislativeTerms } from '../bodies/index.ts';
import { listLocations } from '../locations/index.ts';
import { listOrganizationRecords } from '../organizations/index.ts';
import { listMemberships, listPersonRecords } from '../people/index.ts';
import type { MasterData, Section } from './masterdata.format.ts';
import { importOrganizations } from './masterdata.organizations.ts';
import { importMemberships, importPersons } from './masterdata.people.ts';
import { importLocations, importTerms } from './masterdata.places.ts';
import { ImportRun, type Outcome, type PathProblem } from './masterdata.run.ts';

export interface ImportOptions {
  actor: Actor;
  today: string;
  /** Check everything and report what would happen, then write nothing. */
  dryRun: boolean;
}

/** Ends the transaction without writing; carries what the run found. */
class RolledBack extends Error {
  constructor(readonly run: ImportRun) {
    super('master-data import rolled back');
  }
}

export async function importMasterData(
  db: Db,
  body: { id: number; classification: string | null },
  document: MasterData,
  options: ImportOptions,
): Promise<Result<Outcome[], PathProblem[]>> {
  try {
    const run = await db.transaction(async (tx) => {
      const [terms, places, organizations, people, memberships] = await Promise.all([
        listLegislativeTerms(tx, body.id),
        listLocations(tx, body.id, { ended: true }),
        listOrganizationRecords(tx, body.id),
        listPersonRecords(tx, body.id),
        listMemberships(tx, body.id),
      ]);
      const existing: Record<Section, ReadonlySet<number>> = {
        wahlperioden: new Set(terms.map((t) => t.id)),
        sitzungsorte: new Set(places.map((p) => p.id)),
        gremien: new Set(organizations.map((o) => o.id)),
        personen: new Set(people.map((p) => p.id)),
        mitgliedschaften: new Set(memberships.map((m) => m.id)),
      };
      // a Gremium may be named by its Kurzname, as in the paper import (the running one carrying it)
      const shortNames = new Map<string, number>();
      for (const o of organizations)
        if (o.shortName && (o.endDate === null || o.endDate >= options.today)) shortNames.set(o.shortName.trim().toLocaleLowerCase('de'), o.id);
      const run = new ImportRun(tx, body, options.actor, options.today, existing, { gremien: shortNames });
      await importTerms(run, document.wahlperioden, terms);
      await importLocations(run, document.sitzungsorte, places);
      await importOrganizations(run, document.gremien, organizations);
      await importPersons(run, document.personen, people);
      await importMemberships(run, document.mitgliedschaften, memberships);
      if (run.problems.length > 0 || options.dryRun) throw new RolledBack(run);
      return run;
    });
    return ok(run.outcomes);
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return error.run.problems.length > 0 ? err(error.run.problems) : ok(error.run.outcomes);
  }
}
