/**
 * @module cli/commands
 * One function per `gremia` command. Each returns an exit code (-1: keeps running).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { accountRoles, createAccount, listAccounts, type AccountRole, type RoleGrant } from '../modules/auth/index.ts';
import { passwordProblem } from '../modules/auth/index.ts';
import { createBody, findBodyByKey, listBodies, type Body } from '../modules/bodies/index.ts';
import { isDatabaseEmpty, loadDemoData } from '../modules/demo/index.ts';
import { importPapersFromJson } from '../modules/imports/index.ts';
import { exportMasterData, importMasterDataFromJson, type Outcome } from '../modules/masterdata/index.ts';
import { systemActor } from '../modules/audit/index.ts';
import { berlinDate } from '../lib/format.ts';
import { markWholeIndexDirty, refreshSearchIndex } from '../modules/search/index.ts';
import { openRuntime, type Runtime } from '../app/runtime.ts';
import { startServer } from '../app/server.ts';

export interface CommandInput {
  config: Config;
  args: string[];
  options: {
    body?: string | undefined;
    key?: string | undefined;
    name?: string | undefined;
    email?: string | undefined;
    role?: string[] | undefined;
    person?: string | undefined;
    'password-stdin'?: boolean | undefined;
    'files-root'?: string | undefined;
    'dry-run'?: boolean | undefined;
  };
}

type Command = (input: CommandInput) => Promise<number>;

async function withRuntime(config: Config, work: (runtime: Runtime) => Promise<number>): Promise<number> {
  const runtime = await openRuntime(config);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** The body a command acts on: `--body`, or the only one there is. */
async function chooseBody(runtime: Runtime, key: string | undefined): Promise<Body | string> {
  if (key) return (await findBodyByKey(runtime.database.db, key)) ?? `Keine Körperschaft mit der Kennung „${key}“ (gremia body:list)`;
  const all = await listBodies(runtime.database.db);
  if (all.length === 1 && all[0]) return all[0];
  return all.length === 0
    ? 'Es gibt noch keine Körperschaft: gremia body:create --key … --name …'
    : `Mehrere Körperschaften – bitte --body angeben: ${all.map((b) => b.key).join(', ')}`;
}

const userCreateUsage =
  'Aufruf: gremia user:create --email E --name N [--role administration|mandatstraeger|sachbearbeitung:<Einheit-Nr.>|sitzungsdienst:<Gremium-Nr.>] [--person <Nr.>] [--body K] [--password-stdin]';

/** `administration`, `mandatstraeger`, `sachbearbeitung:12`, `sitzungsdienst:3`; undefined when malformed. */
function parseRole(value: string): RoleGrant | undefined {
  const match = /^([a-z]+)(?::(\d{1,9}))?$/.exec(value.trim());
  if (!match || !accountRoles.includes(match[1] as AccountRole)) return undefined;
  return { role: match[1] as AccountRole, organizationId: match[2] === undefined ? null : Number(match[2]) };
}

const roleText = (g: RoleGrant) => (g.organizationId === null ? g.role : `${g.role}:${g.organizationId}`);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const commands: Record<string, Command> = {
  serve: async ({ config }) => {
    await startServer(config);
    return -1;
  },

  migrate: ({ config }) =>
    withRuntime(config, async () => {
      console.log('Migrationen ausgeführt.');
      return 0;
    }),

  /** Rebuilds every search entry, e.g. after an upgrade that changes how entries are stored. */
  'search:rebuild': ({ config }) =>
    withRuntime(config, async ({ database }) => {
      await markWholeIndexDirty(database.db);
      const { rebuilt } = await refreshSearchIndex(database.db);
      console.log(`Suchindex neu aufgebaut: ${rebuilt} Einträge.`);
      return 0;
    }),
  'demo:load': ({ config }) =>
    withRuntime(config, async ({ database, storage }) => {
      if (!(await isDatabaseEmpty(database.db))) {
        console.error('Die Datenbank ist nicht leer; der Demo-Kreis wird nur in eine leere Datenbank geladen.');
        return 1;
      }
      const summary = await loadDemoData(database.db, storage);
      console.log('Demo-Kreis geladen:', summary);
      return 0;
    }),

  'body:create': ({ config, options }) =>
    withRuntime(config, async ({ database }) => {
      if (!options.key || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(options.key) || !options.name?.trim()) {
        console.error('Aufruf: gremia body:create --key kreis-beispiel --name "Kreis Beispiel" (Kennung: Kleinbuchstaben, Ziffern, Bindestriche)');
        return 2;
      }
      if (await findBodyByKey(database.db, options.key)) {
        console.error(`Die Kennung „${options.key}“ ist schon vergeben.`);
        return 1;
      }
      const body = await createBody(database.db, { key: options.key, name: options.name.trim() });
      console.log(`Körperschaft angelegt: ${body.key} (${body.name})`);
      return 0;
    }),

  'body:list': ({ config }) =>
    withRuntime(config, async ({ database }) => {
      for (const b of await listBodies(database.db)) console.log(`${b.key}\t${b.name}`);
      return 0;
    }),

  'user:create': async ({ config, options }) => {
    const email = options.email?.trim();
    const name = options.name?.trim();
    const grants = (options.role ?? []).map(parseRole);
    const personId = options.person === undefined ? null : /^\d{1,9}$/.test(options.person) && Number(options.person) > 0 ? Number(options.person) : undefined;
    if (!email || !name || grants.some((g) => g === undefined) || personId === undefined) {
      console.error(userCreateUsage);
      return 2;
    }
    let password: string;
    let generated = false;
    if (options['password-stdin']) {
      // one line, as `echo … |` or a password manager sends it; the line break is not part of it
      password = (await readStdin()).replace(/\r?\n$/, '');
      const problem = passwordProblem(password);
      if (problem) {
        console.error(problem);
        return 1;
      }
    } else {
      password = randomBytes(18).toString('base64url');
      generated = true;
    }
    return withRuntime(config, async (runtime) => {
      const body = await chooseBody(runtime, options.body);
      if (typeof body === 'string') {
        console.error(body);
        return 1;
      }
      const db = runtime.database.db;
      // without --role: the first administrator of a new installation
      const named = grants.filter((g): g is RoleGrant => g !== undefined);
      const roles: RoleGrant[] = named.length ? named : [{ role: 'administration', organizationId: null }];
      const created = await createAccount(db, body.id, { email, displayName: name, personId, unitId: null, roles }, { userId: null, ip: null }, password);
      if (!created.ok) {
        console.error(`Konto nicht angelegt: ${created.error}`);
        return 1;
      }
      const account = created.value;
      console.log(`Konto angelegt: ${account.email} (${account.displayName}), Rollen: ${account.roles.map(roleText).join(', ')}`);
      if (generated) {
        console.log(`Passwort: ${password}`);
        console.log('Dieses Passwort wird nur jetzt angezeigt. Bitte ändern Sie es nach der ersten Anmeldung unter /konto.');
      }
      return 0;
    });
  },

  'user:list': ({ config, options }) =>
    withRuntime(config, async (runtime) => {
      const body = await chooseBody(runtime, options.body);
      if (typeof body === 'string') {
        console.error(body);
        return 1;
      }
      for (const a of await listAccounts(runtime.database.db, body.id)) console.log(`${a.email}\t${a.displayName}\t${a.roles.map(roleText).join(',')}`);
      return 0;
    }),

  'paper:import': ({ config, args, options }) =>
    withRuntime(config, async (runtime) => {
      const [file] = args;
      if (!file) {
        console.error('Aufruf: gremia paper:import <datei.json> [--body kennung] [--files-root ordner]');
        return 2;
      }
      const body = await chooseBody(runtime, options.body);
      if (typeof body === 'string') {
        console.error(body);
        return 1;
      }
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) {
        console.error(`${file}: Datei kann nicht gelesen werden`);
        return 1;
      }
      // the document names its attachments relative to this folder and cannot read outside it
      const filesRoot = path.resolve(options['files-root'] ?? path.dirname(path.resolve(file)));
      if (
        !(await fs.stat(filesRoot).then(
          (s) => s.isDirectory(),
          () => false,
        ))
      ) {
        console.error(`--files-root: ${filesRoot} ist kein Ordner.`);
        return 1;
      }
      const result = await importPapersFromJson(runtime.database.db, runtime.storage, body.id, text, filesRoot);
      if (!result.ok) {
        for (const p of result.error) console.error(`${file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
        console.error(`Nichts importiert (${result.error.length} Problem${result.error.length === 1 ? '' : 'e'}).`);
        return 1;
      }
      for (const p of result.value) console.log(`${p.created ? 'angelegt' : 'aktualisiert'}: ${p.reference} → /vorlagen/${p.slug}`);
      return 0;
    }),

  'masterdata:export': ({ config, args, options }) =>
    withRuntime(config, async (runtime) => {
      const body = await chooseBody(runtime, options.body);
      if (typeof body === 'string') {
        console.error(body);
        return 1;
      }
      const text = `${JSON.stringify(await exportMasterData(runtime.database.db, body, new Date()), null, 2)}\n`;
      const [file] = args;
      if (!file || file === '-') {
        process.stdout.write(text);
        return 0;
      }
      // written beside and renamed: an interrupted export never leaves half a file under the name
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await fs.writeFile(temporary, text, 'utf8');
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        console.error(`${file}: Datei kann nicht geschrieben werden (${(error as Error).message})`);
        return 1;
      }
      console.error(`Stammdaten exportiert nach ${file}.`);
      return 0;
    }),

  'masterdata:import': ({ config, args, options }) =>
    withRuntime(config, async (runtime) => {
      const [file] = args;
      if (!file) {
        console.error('Aufruf: gremia masterdata:import <datei.json> [--body kennung] [--dry-run]');
        return 2;
      }
      const body = await chooseBody(runtime, options.body);
      if (typeof body === 'string') {
        console.error(body);
        return 1;
      }
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) {
        console.error(`${file}: Datei kann nicht gelesen werden`);
        return 1;
      }
      const dryRun = options['dry-run'] === true;
      const result = await importMasterDataFromJson(runtime.database.db, body, text, { actor: systemActor, today: berlinDate(new Date()), dryRun });
      if (!result.ok) {
        for (const p of result.error) console.error(`${file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
        console.error(`Nichts importiert (${result.error.length} Problem${result.error.length === 1 ? '' : 'e'}).`);
        return 1;
      }
      for (const o of result.value) if (o.action !== 'unverändert') console.log(`${dryRun ? `würde ${o.action}` : o.action}: ${o.section} ${o.key} ${o.label}`);
      console.log(summaryLine(result.value, dryRun));
      return 0;
    }),
};

/** „3 angelegt, 1 geändert, 40 unverändert“, with what a dry run would have done. */
function summaryLine(outcomes: readonly Outcome[], dryRun: boolean): string {
  const count = (action: Outcome['action']) => outcomes.filter((o) => o.action === action).length;
  const line = `${count('angelegt')} angelegt, ${count('geändert')} geändert, ${count('unverändert')} unverändert`;
  return dryRun ? `Probelauf, nichts geschrieben: ${line}.` : `Stammdaten importiert: ${line}.`;
}
