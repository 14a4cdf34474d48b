/**
 * @module cli/main
 * The `gremia` command: `npx gremia <command>` or `npm run gremia -- <command>`.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseLockedError } from '../db/client.ts';
import { commands } from './commands.ts';

const usage = `Gremia – offenes Ratsinformationssystem

Aufruf: gremia <Befehl> [Optionen]

Befehle:
  serve                         Server starten (lädt die Demo-Daten in eine leere Datenbank, außer DEMO_DATA=0)
  migrate                       Datenbank-Migrationen ausführen
  demo:load                     den Demo-Kreis in eine leere Datenbank laden
  search:rebuild                den Suchindex vollständig neu aufbauen (nach einem Upgrade)
  body:create --key K --name N  eine Körperschaft anlegen
  body:list                     Körperschaften auflisten
  paper:import <datei.json> [--body K] [--files-root O]
                                Vorlagen aus JSON anlegen oder aktualisieren (Format: README).
                                Anlagen werden nur relativ zum Ordner der Importdatei gelesen,
                                mit --files-root relativ zum Ordner O; nichts außerhalb davon
  masterdata:export [datei] [--body K]
                                Wahlperioden, Sitzungsorte, Gremien, Personen und Mitgliedschaften
                                als JSON ausgeben (ohne Datei: auf die Standardausgabe)
  masterdata:import <datei.json> [--body K] [--dry-run]
                                Stammdaten aus JSON anlegen oder ändern (Format: README); bei einem
                                Problem wird nichts geschrieben, --dry-run prüft nur
  user:create --email E --name N [--role administration|mandatstraeger|sachbearbeitung:<Nr.>|sitzungsdienst:<Nr.>]
              [--person <Nr.>] [--body K] [--password-stdin]
                                ein Konto anlegen (--role mehrfach möglich, ohne --role: administration,
                                für das erste Konto). Mit --password-stdin wird das Passwort von der
                                Standardeingabe gelesen, sonst ein zufälliges erzeugt und einmal angezeigt
  user:list [--body K]          Konten auflisten (E-Mail, Name, Rollen; durch Tabulatoren getrennt)
  help                          diese Hilfe

Konfiguration über Umgebungsvariablen: PORT, HOST, BASE_URL, DATABASE_URL, DATA_DIR, LOG_LEVEL,
BODY_HOSTS, DEMO_DATA (siehe README).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      body: { type: 'string' },
      key: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string', multiple: true },
      person: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'files-root': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [name = 'help', ...rest] = positionals;
  const command = commands[name];
  if (values.help || name === 'help' || !command) {
    if (!command && name !== 'help') console.error(`Unbekannter Befehl: ${name}\n`);
    console.log(usage);
    return command || name === 'help' ? 0 : 2;
  }
  return command({ config: loadConfig(), args: rest, options: values });
}

main(process.argv.slice(2)).then(
  (code) => {
    // `serve` keeps running; every other command ends here
    if (code !== -1) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DatabaseLockedError) console.error(err.message);
    else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n\n${usage}`);
    else console.error(err);
    process.exit(1);
  },
);
