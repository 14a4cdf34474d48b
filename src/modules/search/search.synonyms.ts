/**
 * @module search/synonyms
 * The words citizens type for the words the administration writes: Müll for Abfall, Kita for
 * Kindertagesstätte, ÖPNV for Nahverkehr. One group per line, words separated by commas; a query
 * word of a group also finds the others. A body may keep its own list (`search_synonyms`, edited
 * at /verwaltung/suche); without one the defaults below apply.
 */
import { eq } from 'drizzle-orm';
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

/** The body's list as stored, or null when it keeps none (the defaults then apply). */
export async function storedSynonyms(db: Db, bodyId: number): Promise<string | null> {
  const [row] = await db.select({ groups: searchSynonyms.groups }).from(searchSynonyms).where(eq(searchSynonyms.bodyId, bodyId));
  return row?.groups ?? null;
}

/** The groups a body's search uses. */
export async function synonymsOf(db: Db, bodyId: number): Promise<string[][]> {
  return parseSynonyms((await storedSynonyms(db, bodyId)) ?? DEFAULT_SYNONYMS);
}

export async function saveSynonyms(db: Db, bodyId: number, groups: string): Promise<void> {
  await db
    .insert(searchSynonyms)
    .values({ bodyId, groups })
    .onConflictDoUpdate({ target: searchSynonyms.bodyId, set: { groups, updated: new Date() } });
}
