/**
 * @module masterdata/run
 * What one import run carries from section to section: the transaction, who acts, the problems
 * found so far (all of them are reported, nothing is written while there is one), what each
 * entry did, and the keys. A key is bound to the row its entry created or changed; an entry that
 * failed binds its key as failed, so what refers to it is skipped quietly instead of reporting
 * the same mistake twice.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../audit/index.ts';
import { exportKey, idInKey, type Section } from './masterdata.format.ts';

export type Path = (string | number)[];

export interface PathProblem {
  path: Path;
  message: string;
}

export type Action = 'angelegt' | 'geändert' | 'unverändert';

export interface Outcome {
  section: Section;
  key: string;
  label: string;
  action: Action;
}

/** A section's word in messages: „… noch ein Gremium in Gremia“. */
const nouns: Record<Section, string> = {
  wahlperioden: 'eine Wahlperiode',
  sitzungsorte: 'ein Sitzungsort',
  gremien: 'ein Gremium',
  personen: 'eine Person',
  mitgliedschaften: 'eine Mitgliedschaft',
};

export type Reference = { kind: 'found'; id: number } | { kind: 'failed' } | { kind: 'missing' };

export class ImportRun {
  readonly problems: PathProblem[] = [];
  readonly outcomes: Outcome[] = [];
  private readonly bound = new Map<string, number | 'failed'>();
  private readonly declared = new Map<string, Path>();
  private readonly claimed = new Map<string, Path>();

  constructor(
    readonly tx: Db,
    readonly body: { id: number; classification: string | null },
    readonly actor: Actor,
    readonly today: string,
    /** The ids of the rows this body has, per section, when the run starts. */
    private readonly existing: Record<Section, ReadonlySet<number>>,
    /** Other names a reference may use (a Gremium's Kurzname), lower case, to the id. */
    private readonly aliases: Partial<Record<Section, Map<string, number>>> = {},
  ) {}

  problem(path: Path, message: string): void {
    this.problems.push({ path, message });
  }

  /** Every field problem of an entry, each under its JSON field. */
  problemsAt(path: Path, problems: Record<string, string | undefined>, fieldOf: Record<string, string> = {}): void {
    for (const [field, message] of Object.entries(problems)) if (message) this.problem([...path, fieldOf[field] ?? field], message);
  }

  /** Registers an entry's key; a key used twice in one section is a problem. */
  declare(section: Section, key: string, path: Path): boolean {
    const name = `${section}\n${key}`;
    const first = this.declared.get(name);
    if (first) {
      this.problem([...path, 'schluessel'], `Schlüssel: „${key}“ kommt in ${section} schon bei Eintrag ${Number(first[1]) + 1} vor.`);
      return false;
    }
    this.declared.set(name, path);
    return true;
  }

  isDeclared(section: Section, key: string): boolean {
    return this.declared.has(`${section}\n${key}`);
  }

  /** The stored row an export key names, if it is this body's. */
  storedIdOf(section: Section, key: string): number | undefined {
    const id = idInKey(section, key);
    return id !== undefined && this.existing[section].has(id) ? id : undefined;
  }

  /** Marks a stored row as taken by an entry; a second entry for the same row is a problem. */
  claim(section: Section, id: number, path: Path, what: string): boolean {
    const name = `${section}\n${id}`;
    const first = this.claimed.get(name);
    if (first) {
      this.problem(path, `${what} beschreibt dieselbe Zeile wie Eintrag ${Number(first[1]) + 1} in ${section}.`);
      return false;
    }
    this.claimed.set(name, path);
    return true;
  }

  bind(section: Section, key: string, id: number): void {
    this.bound.set(`${section}\n${key}`, id);
  }

  /** Another name references may use for a row, such as the Kurzname of a Gremium this file creates. */
  alias(section: Section, name: string, id: number): void {
    const names = this.aliases[section] ?? new Map<string, number>();
    this.aliases[section] = names;
    names.set(name.trim().toLocaleLowerCase('de'), id);
  }

  fail(section: Section, key: string): void {
    this.bound.set(`${section}\n${key}`, 'failed');
  }

  /** A reference from an entry: a key of this file, an export key of a stored row, or an alias. */
  resolve(section: Section, value: string): Reference {
    const own = this.bound.get(`${section}\n${value}`);
    if (own === 'failed') return { kind: 'failed' };
    if (own !== undefined) return { kind: 'found', id: own };
    if (this.isDeclared(section, value)) return { kind: 'failed' };
    const stored = this.storedIdOf(section, value);
    if (stored !== undefined) return { kind: 'found', id: stored };
    const alias = this.aliases[section]?.get(value.trim().toLocaleLowerCase('de'));
    return alias === undefined ? { kind: 'missing' } : { kind: 'found', id: alias };
  }

  /**
   * The id for an optional reference field: null when empty, undefined when it cannot be resolved
   * (reported unless it points at an entry that failed already).
   */
  reference(section: Section, value: string | null | undefined, path: Path, label: string): number | null | undefined {
    if (value === null || value === undefined || value.trim() === '') return null;
    const found = this.resolve(section, value);
    if (found.kind === 'found') return found.id;
    if (found.kind === 'missing') this.problem(path, `${label}: „${value}“ ist weder ein Schlüssel dieser Datei noch ${nouns[section]} in Gremia.`);
    return undefined;
  }

  done(section: Section, key: string, label: string, action: Action): void {
    this.outcomes.push({ section, key, label, action });
  }
}

/** The entry's given fields over the stored row's: a field left out keeps its value, `null` clears it. */
export function overlay<T extends object>(stored: T | undefined, entry: Partial<T>): T {
  const given = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Partial<T>;
  return { ...(stored ?? {}), ...given } as T;
}

/** Two domain inputs say the same (a round trip leaves the row alone). */
export const sameInput = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The entry's row: its export key's stored row, else the one natural match, else none (created). */
export function matchRow(
  run: ImportRun,
  section: Section,
  key: string,
  path: Path,
  natural: () => number[],
  describe: string,
): { kind: 'stored'; id: number } | { kind: 'new' } | { kind: 'problem' } {
  const byKey = run.storedIdOf(section, key);
  const candidates = byKey !== undefined ? [byKey] : natural();
  if (candidates.length > 1) {
    run.problem(
      path,
      `${describe} passt auf ${candidates.length} Einträge in Gremia; bitte den Schlüssel aus dem Export angeben, etwa „${exportKey(section, candidates[0] ?? 0)}“.`,
    );
    return { kind: 'problem' };
  }
  const [id] = candidates;
  if (id === undefined) return { kind: 'new' };
  return run.claim(section, id, path, describe) ? { kind: 'stored', id } : { kind: 'problem' };
}
