/**
 * @module demo/names
 * The invented Kreis Nordheide: its body record, towns, meeting places, organizations and the
 * name stock for persons. Everything here is made up; party names are the generic ones every
 * German council has. Web addresses use the reserved `.example` domain so none leads anywhere.
 */
import type { OrganizationType } from '../organizations/organizations.tables.ts';
import type { DemoBody, DemoLocation, DemoTerm } from './demo.types.ts';

export const DEMO_BODY_KEY = 'kreis-nordheide';

export const body: DemoBody = {
  key: DEMO_BODY_KEY,
  name: 'Kreis Nordheide',
  shortName: 'Nordheide',
  website: 'https://www.kreis-nordheide.example/',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  // 999 is not used as a Kreis number in Niedersachsen (03), so the keys cannot clash with a real one
  ags: '03999000',
  rgs: '039990000000',
  classification: 'Landkreis',
  contactEmail: 'kreistagsbuero@kreis-nordheide.example',
  contactName: 'Kreistagsbüro des Kreises Nordheide',
};

export const terms: DemoTerm[] = [
  { name: 'Wahlperiode 2018–2023', startDate: '2018-06-01', endDate: '2023-05-31' },
  { name: 'Wahlperiode 2023–2028', startDate: '2023-06-01', endDate: '2028-05-31' },
];
export const FIRST_TERM = terms[0] ?? { name: '', startDate: '2018-06-01', endDate: '2023-05-31' };
export const SECOND_TERM = terms[1] ?? { name: '', startDate: '2023-06-01', endDate: '2028-05-31' };

/** Kreisstadt first. */
export const towns = [
  'Lindenhagen',
  'Moorwede',
  'Haselbrück',
  'Torfhusen',
  'Kranichhorst',
  'Ellerbeck',
  'Wiesmoorfeld',
  'Bramstede-Heide',
  'Ottersloh',
  'Dannenkamp',
] as const;

export interface School {
  name: string;
  /** With article, for „Sanierung der Sporthalle {schule_gen}“. */
  genitive: string;
  /** With article, for „Erweiterungsbau an {schule_dat}“. */
  dative: string;
}

export const schools: School[] = [
  { name: 'Kooperative Gesamtschule Moorwede', genitive: 'der Kooperativen Gesamtschule Moorwede', dative: 'der Kooperativen Gesamtschule Moorwede' },
  { name: 'Gymnasium am Kranichhorst', genitive: 'des Gymnasiums am Kranichhorst', dative: 'dem Gymnasium am Kranichhorst' },
  { name: 'Berufsbildende Schulen Lindenhagen', genitive: 'der Berufsbildenden Schulen Lindenhagen', dative: 'den Berufsbildenden Schulen Lindenhagen' },
  { name: 'Oberschule Haselbrück', genitive: 'der Oberschule Haselbrück', dative: 'der Oberschule Haselbrück' },
  { name: 'Förderschule am Erlenbruch', genitive: 'der Förderschule am Erlenbruch', dative: 'der Förderschule am Erlenbruch' },
  { name: 'Gymnasium Ellerbeck', genitive: 'des Gymnasiums Ellerbeck', dative: 'dem Gymnasium Ellerbeck' },
  { name: 'Oberschule Wiesmoorfeld', genitive: 'der Oberschule Wiesmoorfeld', dative: 'der Oberschule Wiesmoorfeld' },
  { name: 'Integrierte Gesamtschule Ottersloh', genitive: 'der Integrierten Gesamtschule Ottersloh', dative: 'der Integrierten Gesamtschule Ottersloh' },
];

export const countyRoads = [
  'K 12 zwischen Moorwede und Torfhusen',
  'K 7 zwischen Lindenhagen und Ellerbeck',
  'K 23 in der Ortsdurchfahrt Dannenkamp',
  'K 31 zwischen Ottersloh und Wiesmoorfeld',
  'K 18 zwischen Haselbrück und Kranichhorst',
  'K 4 zwischen Bramstede-Heide und Lindenhagen',
] as const;

function point(name: string, lon: number, lat: number): DemoLocation['geojson'] {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { name } };
}

export const locations: DemoLocation[] = [
  {
    key: 'kreishaus-gross',
    description: 'Kreishaus Lindenhagen',
    streetAddress: 'Am Kreishaus 1',
    room: 'Großer Sitzungssaal (Raum 101)',
    postalCode: '21790',
    subLocality: null,
    locality: 'Lindenhagen',
    geojson: point('Kreishaus Lindenhagen', 9.8123, 53.3517),
  },
  {
    key: 'kreishaus-klein',
    description: 'Kreishaus Lindenhagen',
    streetAddress: 'Am Kreishaus 1',
    room: 'Kleiner Sitzungssaal (Raum 114)',
    postalCode: '21790',
    subLocality: null,
    locality: 'Lindenhagen',
    geojson: point('Kreishaus Lindenhagen', 9.8123, 53.3517),
  },
  {
    key: 'kreishaus-214',
    description: 'Kreishaus Lindenhagen, Sitzungsraum 2.14',
    streetAddress: 'Am Kreishaus 1',
    room: 'Sitzungsraum 2.14',
    postalCode: '21790',
    subLocality: null,
    locality: 'Lindenhagen',
    geojson: point('Kreishaus Lindenhagen', 9.8123, 53.3517),
  },
  {
    key: 'buergerhaus-moorwede',
    description: 'Bürgerhaus Moorwede, Saal',
    streetAddress: 'Kirchstraße 14',
    room: 'Saal',
    postalCode: '21794',
    subLocality: 'Moorwede-Nord',
    locality: 'Moorwede',
    geojson: point('Bürgerhaus Moorwede', 9.7342, 53.3961),
  },
  {
    key: 'bbs-aula',
    description: 'Berufsbildende Schulen Lindenhagen, Aula',
    streetAddress: 'Schulweg 3',
    room: 'Aula',
    postalCode: '21790',
    subLocality: null,
    locality: 'Lindenhagen',
    geojson: point('Berufsbildende Schulen Lindenhagen', 9.8271, 53.3466),
  },
  {
    key: 'kreisverwaltung-haselbrueck',
    description: 'Kreisverwaltung, Außenstelle Haselbrück',
    streetAddress: 'Mühlenstraße 22',
    room: 'Besprechungsraum 1',
    postalCode: '21797',
    subLocality: null,
    locality: 'Haselbrück',
    geojson: point('Außenstelle Haselbrück', 9.9014, 53.2873),
  },
];

export interface OrganizationDef {
  key: string;
  name: string;
  organizationType: OrganizationType;
  classification: string;
  /** „des Sozial- und Gesundheitsausschusses“: meeting names and minutes need the genitive. */
  genitive: string;
  parentKey: string | null;
  locationKey: string | null;
  /** Usual meeting start (hour) and place. */
  hour: number;
}

function gremium(key: string, name: string, classification: string, genitive: string, hour: number, locationKey: string): OrganizationDef {
  return { key, name, organizationType: 'Gremium', classification, genitive, parentKey: null, locationKey, hour };
}

export const councilKey = 'KT';

export const gremien: OrganizationDef[] = [
  gremium('KT', 'Kreistag', 'Kreistag', 'des Kreistages', 17, 'kreishaus-gross'),
  gremium('HA', 'Hauptausschuss', 'Ausschuss', 'des Hauptausschusses', 17, 'kreishaus-klein'),
  gremium('FA', 'Finanzausschuss', 'Ausschuss', 'des Finanzausschusses', 17, 'kreishaus-klein'),
  gremium('SGA', 'Sozial- und Gesundheitsausschuss', 'Ausschuss', 'des Sozial- und Gesundheitsausschusses', 17, 'kreishaus-klein'),
  gremium('BUA', 'Bau- und Umweltausschuss', 'Ausschuss', 'des Bau- und Umweltausschusses', 18, 'kreishaus-klein'),
  gremium('JHA', 'Jugendhilfeausschuss', 'Ausschuss', 'des Jugendhilfeausschusses', 17, 'kreishaus-gross'),
  gremium('SKA', 'Schul- und Kulturausschuss', 'Ausschuss', 'des Schul- und Kulturausschusses', 18, 'bbs-aula'),
  gremium('REA', 'Regionalentwicklungsausschuss', 'Ausschuss', 'des Regionalentwicklungsausschusses', 18, 'buergerhaus-moorwede'),
  gremium('RPA', 'Rechnungsprüfungsausschuss', 'Ausschuss', 'des Rechnungsprüfungsausschusses', 17, 'kreishaus-214'),
  gremium('SB', 'Seniorenbeirat', 'Beirat', 'des Seniorenbeirates', 15, 'kreishaus-214'),
  gremium('IB', 'Integrationsbeirat', 'Beirat', 'des Integrationsbeirates', 17, 'kreishaus-214'),
  gremium('BMB', 'Beirat für Menschen mit Behinderung', 'Beirat', 'des Beirates für Menschen mit Behinderung', 16, 'kreisverwaltung-haselbrueck'),
];

export const committeeKeys = ['HA', 'FA', 'SGA', 'BUA', 'JHA', 'SKA', 'REA', 'RPA'] as const;
export const advisoryKeys = ['SB', 'IB', 'BMB'] as const;

export interface FactionDef {
  key: string;
  name: string;
  shortName: string;
  /** Seats in the first and in the second Wahlperiode. */
  seats: [number, number];
}

export const factions: FactionDef[] = [
  { key: 'F-CDU', name: 'CDU-Fraktion', shortName: 'CDU', seats: [11, 10] },
  { key: 'F-SPD', name: 'SPD-Fraktion', shortName: 'SPD', seats: [9, 8] },
  { key: 'F-GRUENE', name: 'Fraktion Bündnis 90/Die Grünen', shortName: 'GRÜNE', seats: [5, 6] },
  { key: 'F-FW', name: 'Fraktion Freie Wähler', shortName: 'FW', seats: [4, 5] },
  { key: 'F-FDP', name: 'FDP-Fraktion', shortName: 'FDP', seats: [3, 3] },
];

export interface UnitDef {
  key: string;
  name: string;
  classification: 'Fachbereich' | 'Fachdienst' | 'Stabsstelle';
  parentKey: string | null;
}

export const units: UnitDef[] = [
  { key: 'FB 1', name: 'Fachbereich 1 – Zentrale Steuerung und Finanzen', classification: 'Fachbereich', parentKey: null },
  { key: 'FB 2', name: 'Fachbereich 2 – Jugend, Schule, Soziales und Gesundheit', classification: 'Fachbereich', parentKey: null },
  { key: 'FB 3', name: 'Fachbereich 3 – Bauen, Umwelt und Mobilität', classification: 'Fachbereich', parentKey: null },
  { key: 'KTB', name: 'Stabsstelle Kreistagsbüro', classification: 'Stabsstelle', parentKey: null },
  { key: 'KLIMA', name: 'Stabsstelle Klimaschutz', classification: 'Stabsstelle', parentKey: null },
  { key: 'WIDI', name: 'Stabsstelle Wirtschaftsförderung und Digitalisierung', classification: 'Stabsstelle', parentKey: null },
  { key: 'KIT', name: 'Koordinierungsstelle für Integration und Teilhabe', classification: 'Stabsstelle', parentKey: null },
  { key: 'RPAMT', name: 'Rechnungsprüfungsamt', classification: 'Stabsstelle', parentKey: null },
  { key: 'FD 10', name: 'Fachdienst Personal und Organisation', classification: 'Fachdienst', parentKey: 'FB 1' },
  { key: 'FD 20', name: 'Fachdienst Finanzen', classification: 'Fachdienst', parentKey: 'FB 1' },
  { key: 'FD 23', name: 'Fachdienst Gebäude- und Liegenschaftsmanagement', classification: 'Fachdienst', parentKey: 'FB 1' },
  { key: 'FD 32', name: 'Fachdienst Ordnung und Rettungsdienst', classification: 'Fachdienst', parentKey: 'FB 1' },
  { key: 'FD 40', name: 'Fachdienst Schulen und Kultur', classification: 'Fachdienst', parentKey: 'FB 2' },
  { key: 'FD 50', name: 'Fachdienst Soziales und Pflege', classification: 'Fachdienst', parentKey: 'FB 2' },
  { key: 'FD 51', name: 'Fachdienst Jugend und Familie', classification: 'Fachdienst', parentKey: 'FB 2' },
  { key: 'FD 53', name: 'Fachdienst Gesundheit', classification: 'Fachdienst', parentKey: 'FB 2' },
  { key: 'FD 63', name: 'Fachdienst Bauaufsicht', classification: 'Fachdienst', parentKey: 'FB 3' },
  { key: 'FD 66', name: 'Fachdienst Straßen und Mobilität', classification: 'Fachdienst', parentKey: 'FB 3' },
  { key: 'FD 70', name: 'Fachdienst Umwelt', classification: 'Fachdienst', parentKey: 'FB 3' },
];

export const femaleGivenNames = [
  'Anna',
  'Birgit',
  'Claudia',
  'Dagmar',
  'Elke',
  'Franziska',
  'Gesine',
  'Hanna',
  'Ines',
  'Jana',
  'Katrin',
  'Lena',
  'Maren',
  'Nicole',
  'Petra',
  'Rieke',
  'Sabine',
  'Tanja',
  'Ulrike',
  'Vera',
  'Wiebke',
  'Yasemin',
  'Zoe',
  'Merle',
  'Sophie',
  'Heike',
  'Andrea',
  'Leyla',
  'Antje',
  'Swantje',
] as const;

export const maleGivenNames = [
  'Andreas',
  'Bernd',
  'Christian',
  'Dirk',
  'Erik',
  'Frank',
  'Gerrit',
  'Hauke',
  'Ingo',
  'Jens',
  'Klaus',
  'Lars',
  'Malte',
  'Niklas',
  'Olaf',
  'Peter',
  'Ralf',
  'Stefan',
  'Thorsten',
  'Uwe',
  'Volker',
  'Wolfgang',
  'Jonas',
  'Mehmet',
  'Tobias',
  'Henning',
  'Sven',
  'Hinrich',
  'Arne',
  'Karsten',
] as const;

/** Common North German family names, combined at random so no real person is described. */
export const familyNames = [
  'Ahrens',
  'Bartels',
  'Brandt',
  'Claußen',
  'Dierks',
  'Ehlers',
  'Evers',
  'Fröhlich',
  'Gerdes',
  'Hansen',
  'Heitmann',
  'Hinrichs',
  'Jürgens',
  'Kahle',
  'Klindworth',
  'Köster',
  'Lührs',
  'Martens',
  'Meyerhoff',
  'Niemann',
  'Oltmanns',
  'Peters',
  'Quast',
  'Rademacher',
  'Röhrs',
  'Schlüter',
  'Stöver',
  'Thießen',
  'Ulrichs',
  'Voß',
  'Wendt',
  'Wiechers',
  'Zimmermann',
  'Böhling',
  'Carstens',
  'Dammann',
  'Eggers',
  'Feldhusen',
  'Grotheer',
  'Harms',
  'Iken',
  'Janßen',
  'Kruse',
  'Lüdemann',
  'Matthies',
  'Nordmann',
  'Oetjen',
  'Precht',
  'Riecken',
  'Sievers',
  'Tödter',
  'Vollmers',
  'Warncke',
  'Aydin',
  'Özdemir',
  'Kowalski',
  'Nowak',
  'Petersen',
  'Behrens',
  'Stelljes',
  'Buck',
  'Cordes',
] as const;
