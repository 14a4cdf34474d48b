/**
 * @module search/synonyms
 * The words citizens type for the words the administration writes: Müll for Abfall, Kita for
 * Kindertagesstätte, ÖPNV for Nahverkehr. One group per line, words separated by commas; a query
 * word of a group also finds the others. A body may keep its own list (`search_synonyms`, edited
 * at /verwaltung/synonyme); without one the defaults below apply.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { searchSynonyms } from './search.tables.ts';

/** The default list, written for German Kreise and Gemeinden. */
export const DEFAULT_SYNONYMS = `Müll, Abfall, Abfallwirtschaft, Abfallentsorgung, Entsorgung
Mülltonne, Abfallbehälter, Restmülltonne, Biotonne
Wertstoffhof, Recyclinghof, Wertstoffsammelstelle
Kita, Kitas, Kindertagesstätte, Kindergarten, Kindertagesbetreuung, Kinderbetreuung, Krippe, Kinderkrippe
Tagesmutter, Tagespflege, Kindertagespflege
ÖPNV, Nahverkehr, öffentlicher Personennahverkehr, Nahverkehrsplan
Bus, Busverkehr, Linienbus, Rufbus, Nachtbus, Schulbus
Bahn, Schienenverkehr, SPNV, Regionalbahn, Zug
Haltestelle, Bushaltestelle
Rad, Fahrrad, Radverkehr, Radweg, Fahrradweg, Radfahrer
Feuerwehr, Brandschutz, Feuerwehrwesen, Feuerwehrhaus, Gerätehaus
Rettungsdienst, Rettungswache, Notarzt, Krankentransport
Katastrophenschutz, Bevölkerungsschutz, Zivilschutz, Sirene
Schule, Schulen, Schulträger, Schulwesen, Schulgebäude
Schülerbeförderung, Schulbus, Schülerverkehr
Sporthalle, Turnhalle, Mehrzweckhalle
Straße, Kreisstraße, Straßenbau, Fahrbahn
Ampel, Lichtsignalanlage, Signalanlage
Tempo 30, Geschwindigkeitsbegrenzung, Verkehrsberuhigung
Parkplatz, Stellplatz, Parken
Haushalt, Haushaltsplan, Haushaltssatzung, Etat, Budget
Steuer, Abgabe, Hebesatz
Gebühr, Gebühren, Entgelt, Beitrag, Elternbeitrag
Kreisumlage, Umlage
Bürgermeister, Bürgermeisterin, Verwaltungsspitze
Landrat, Landrätin, Kreisverwaltung
Gemeinderat, Stadtrat, Kreistag
Ausschuss, Fachausschuss
Bauantrag, Baugenehmigung, Bauaufsicht
Bebauungsplan, B-Plan, Bauleitplanung
Flächennutzungsplan, F-Plan
Gewerbegebiet, Gewerbefläche, Industriegebiet
Wohnung, Wohnraum, Wohnungsbau, sozialer Wohnungsbau
Flüchtlinge, Geflüchtete, Asylbewerber, Schutzsuchende
Integration, Teilhabe, Inklusion
Behinderung, Menschen mit Behinderung, Barrierefreiheit, barrierefrei
Senioren, Seniorinnen, ältere Menschen, Pflege
Jugend, Jugendliche, Jugendarbeit, Jugendzentrum, Jugendtreff
Spielplatz, Spielplätze, Spielgerät
Klima, Klimaschutz, Klimawandel, CO2, Treibhausgas
Energie, Strom, Photovoltaik, Solar, Solaranlage
Wasser, Trinkwasser, Wasserversorgung
Abwasser, Kanalisation, Kläranlage, Schmutzwasser
Friedhof, Bestattung, Grabstätte
Bibliothek, Bücherei, Stadtbibliothek
Museum, Heimatmuseum
Musikschule, Kreismusikschule
Breitband, Glasfaser, Internet, Mobilfunk
Digitalisierung, Onlinezugang, Onlinezugangsgesetz, E-Government
Arzt, Ärzte, hausärztliche Versorgung, Hausarzt, Landarzt
Krankenhaus, Klinik, Klinikum
Naturschutz, Landschaftsschutz, Landschaftsschutzgebiet, Umweltschutz
Baum, Bäume, Baumschutz, Straßenbäume
Tourismus, Fremdenverkehr
Wirtschaftsförderung, Gewerbe, Ansiedlung
Personal, Stellenplan, Stellen, Beschäftigte
Zuschuss, Förderung, Zuwendung, Fördermittel`;

/** One group per line, words by commas; blank words and one-word lines are dropped. */
export function parseSynonyms(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((w) => w.trim().replace(/\s+/g, ' '))
        .filter((w) => w.length > 0 && w.length <= 60),
    )
    .filter((group) => group.length >= 2);
}

/** How long a list, a group and a word may be: enough for any body, small enough for the tsquery. */
export const SYNONYM_LIMITS = { chars: 20_000, groups: 300, words: 30, wordChars: 60 } as const;

const quoted = (text: string) => `„${text.length > 40 ? `${text.slice(0, 39)}…` : text}“`;

/** What is wrong with a list as typed, in German, one sentence per problem (none: it can be saved). */
export function synonymProblems(text: string): string[] {
  const limits = SYNONYM_LIMITS;
  if (text.length > limits.chars)
    return [
      `Die Liste ist ${text.length.toLocaleString('de-DE')} Zeichen lang; höchstens ${limits.chars.toLocaleString('de-DE')} sind möglich. Bitte kürzen Sie sie.`,
    ];
  const problems: string[] = [];
  let groups = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const words = line
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w.length > 0);
    if (words.length === 0) return;
    groups++;
    const n = i + 1;
    if (words.length === 1)
      problems.push(
        `Zeile ${n} (${quoted(line.trim())}) enthält nur ein Wort. Eine Zeile braucht mindestens zwei gleichbedeutende Wörter, durch Kommas getrennt.`,
      );
    if (words.length > limits.words) problems.push(`Zeile ${n} hat ${words.length} Wörter; höchstens ${limits.words} sind möglich.`);
    for (const w of words)
      if (w.length > limits.wordChars) problems.push(`Zeile ${n}: ${quoted(w)} ist ${w.length} Zeichen lang; höchstens ${limits.wordChars} sind möglich.`);
  });
  if (groups > limits.groups) problems.unshift(`Die Liste hat ${groups} Zeilen; höchstens ${limits.groups} sind möglich.`);
  return problems.length > 10 ? [...problems.slice(0, 10), `… und ${problems.length - 10} weitere Probleme.`] : problems;
}

/** The list as the form shows it: the body's own or the defaults, and the save it stems from (0: never saved). */
export interface SynonymList {
  text: string;
  own: boolean;
  version: number;
}

export async function synonymList(db: Db, bodyId: number): Promise<SynonymList> {
  const [row] = await db
    .select({ groups: searchSynonyms.groups, version: searchSynonyms.version })
    .from(searchSynonyms)
    .where(eq(searchSynonyms.bodyId, bodyId));
  const own = row?.groups !== null && row?.groups !== undefined;
  return { text: own ? (row?.groups ?? '') : DEFAULT_SYNONYMS, own, version: row?.version ?? 0 };
}

/** The groups a body's search uses. */
export async function synonymsOf(db: Db, bodyId: number): Promise<string[][]> {
  return parseSynonyms((await synonymList(db, bodyId)).text);
}

/**
 * Saves the body's list (null: back to the defaults) if it is still at `version`; the new version,
 * or undefined when someone else saved in between. Cached search pages are dropped on commit:
 * the list is no council data, so no table trigger announces it.
 */
export async function saveSynonyms(db: Db, bodyId: number, groups: string | null, version: number): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const saved =
      version === 0
        ? await tx.insert(searchSynonyms).values({ bodyId, groups, version: 1 }).onConflictDoNothing().returning({ version: searchSynonyms.version })
        : await tx
            .update(searchSynonyms)
            .set({ groups, version: sql`${searchSynonyms.version} + 1`, updated: new Date() })
            .where(and(eq(searchSynonyms.bodyId, bodyId), eq(searchSynonyms.version, version)))
            .returning({ version: searchSynonyms.version });
    if (saved[0]) await tx.execute(sql`select pg_notify('gremia_data_changed', '')`);
    return saved[0]?.version;
  });
}
