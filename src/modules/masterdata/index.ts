/**
 * @module masterdata — the body's Wahlperioden, Sitzungsorte, Gremien, persons and memberships
 * as one JSON document, out (`gremia masterdata:export`) and in (`masterdata:import`), written
 * through the domains' own rules and history. It sits above organizations, people, locations and
 * bodies and is used by the command line.
 */
export { exportMasterData } from './masterdata.export.ts';
export { FORMAT, FORMAT_VERSION, type MasterData } from './masterdata.format.ts';
export { importMasterData, type ImportOptions } from './masterdata.import.ts';
export { importMasterDataFromJson, type LocatedProblem } from './masterdata.json.ts';
export type { Action, Outcome } from './masterdata.run.ts';
