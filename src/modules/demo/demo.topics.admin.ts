/**
 * @module demo/topics.admin
 * Finanzen, Personal und Organisation, Wirtschaftsförderung, Rechnungsprüfung; the yearly
 * papers every Kreis has (Haushalt, Jahresabschluss, Beteiligungsbericht); and the non-public
 * matters (Grundstücke, Personal, Vergaben) that are discussed only in the N-part.
 */
import type { DecisionTemplate, Topic } from './demo.topics.types.ts';

export const administrationTopics: Topic[] = [
  {
    key: 'finanzen',
    committee: 'FA',
    unit: 'FD 20',
    financial: true,
    context: [
      'Die Haushaltslage des Kreises ist angespannt. Steigende Sozial- und Jugendhilfeaufwendungen, höhere Personalkosten und die Zinsentwicklung belasten den Ergebnishaushalt, während die Erträge aus der Kreisumlage nur moderat wachsen.',
      'Nach § 117 NKomVG sind überplanmäßige Aufwendungen zulässig, wenn sie unvorhergesehen und unabweisbar sind und die Deckung gewährleistet ist. Die Deckung erfolgt durch Minderaufwendungen in anderen Produkten.',
      'Der Kreis hält Beteiligungen an der Kreissparkasse, der Verkehrsgesellschaft Nordheide mbH, der Abfallwirtschaftsgesellschaft und der Wirtschaftsförderungsgesellschaft. Über ihre wirtschaftliche Lage wird jährlich berichtet.',
      'Die Liquidität des Kreises ist gesichert. Zur Finanzierung der Investitionen ist im laufenden Jahr eine Kreditaufnahme von {betrag} vorgesehen.',
    ],
    measures: [
      'Konsolidierungsprogramm mit 35 Einzelmaßnahmen',
      'Aufgabenkritik in allen Fachbereichen',
      'Priorisierung der Investitionen',
      'Zinssicherung für variable Kredite',
    ],
    decisions: [
      {
        title: 'Überplanmäßige Aufwendungen im Produkt Hilfen zur Erziehung',
        clause: 'überplanmäßigen Aufwendungen in Höhe von {betrag} im Produkt 36.3.01 Hilfen zur Erziehung zuzustimmen',
        council: true,
      },
      {
        title: 'Übertragung von Haushaltsermächtigungen in das Haushaltsjahr {folgejahr}',
        clause: 'der Übertragung von Haushaltsermächtigungen in das Haushaltsjahr {folgejahr} entsprechend der Anlage zuzustimmen',
        council: false,
      },
      {
        title: 'Aufnahme eines Investitionskredits',
        clause: 'die Verwaltung zu ermächtigen, einen Investitionskredit bis zur Höhe von {betrag} aufzunehmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Finanzbericht {jahr} – Stand {stand}',
        points: [
          'Das Ergebnis liegt zum Stichtag {betrag} unter dem Plan.',
          'Die Aufwendungen der Jugendhilfe übersteigen den Ansatz deutlich.',
          'Die Investitionen sind zu {prozent} Prozent umgesetzt.',
        ],
      },
      { title: 'Stand der Haushaltskonsolidierung {jahr}', points: ['Von 35 Maßnahmen sind 21 umgesetzt.', 'Das Konsolidierungsvolumen beträgt {betrag}.'] },
    ],
    motions: [
      {
        title: 'Senkung der Kreisumlage um einen Prozentpunkt',
        requests: ['Der Hebesatz der Kreisumlage wird im Haushaltsjahr {folgejahr} um einen Prozentpunkt gesenkt.'],
        reasons: ['Die Gemeinden stehen selbst unter großem finanziellen Druck und brauchen Spielraum für ihre Kitas und Schulen.'],
      },
    ],
    questions: [
      {
        subject: 'zur Entwicklung der Zinsaufwendungen',
        questions: ['Wie haben sich die Zinsaufwendungen seit 2022 entwickelt?', 'Welcher Anteil der Kredite ist variabel verzinst?'],
        answers: [
          'Die Zinsaufwendungen sind von 1,1 Mio. € im Jahr 2022 auf rund 2,4 Mio. € gestiegen.',
          'Variabel verzinst sind etwa {prozent} Prozent des Kreditbestands.',
        ],
      },
    ],
    annexes: ['Übersicht der Haushaltsermächtigungen', 'Kostenaufstellung'],
    briefings: ['Bericht zur Haushaltslage (mündlich)'],
  },
  {
    key: 'verwaltung',
    committee: 'HA',
    unit: 'FD 10',
    context: [
      'Die Kreisverwaltung beschäftigt rund 1.150 Mitarbeiterinnen und Mitarbeiter. In den nächsten zehn Jahren werden etwa {prozent} Prozent von ihnen altersbedingt ausscheiden.',
      'Mit dem Onlinezugangsgesetz sind die Verwaltungsleistungen des Kreises digital anzubieten. Bislang sind {anzahl} Leistungen online verfügbar.',
      'Die Räumlichkeiten im Kreishaus reichen nicht mehr aus; mehrere Fachdienste sind in angemieteten Gebäuden untergebracht. Mobiles Arbeiten hat den Raumbedarf zum Teil verringert.',
    ],
    measures: [
      'Ausbildungsoffensive mit 40 Ausbildungsplätzen jährlich',
      'Einführung der elektronischen Akte',
      'Bürgerportal mit Online-Terminvergabe',
      'Desk-Sharing in zwei Pilotbereichen',
    ],
    decisions: [
      {
        title: 'Einführung der elektronischen Akte in der Kreisverwaltung',
        clause: 'der flächendeckenden Einführung der elektronischen Akte bis Ende {folgejahr} zuzustimmen',
        council: false,
      },
      {
        title: 'Dienstvereinbarung über mobiles Arbeiten – Zustimmung zur Verlängerung',
        clause: 'der Verlängerung der Pilotphase für mobiles Arbeiten zuzustimmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Personalbericht der Kreisverwaltung {vorjahr}',
        points: ['Die Zahl der Beschäftigten stieg leicht.', 'Es wurden {anzahl} Auszubildende eingestellt.', 'Die Fluktuation lag bei {prozent} Prozent.'],
      },
    ],
    motions: [
      {
        title: 'Livestream der Kreistagssitzungen',
        requests: ['Die öffentlichen Sitzungen des Kreistages werden ab {folgejahr} im Internet übertragen.'],
        reasons: ['Viele Bürgerinnen und Bürger können nicht persönlich an den Sitzungen teilnehmen.'],
      },
    ],
    questions: [
      {
        subject: 'zur Umsetzung des Onlinezugangsgesetzes',
        questions: ['Wie viele Verwaltungsleistungen des Kreises sind online verfügbar?', 'Welche Leistungen folgen als Nächstes?'],
        answers: [
          'Derzeit sind {anzahl} Leistungen vollständig online verfügbar.',
          'Als Nächstes folgen der Antrag auf Wohngeld und die Anmeldung zur Schülerbeförderung.',
        ],
      },
    ],
    annexes: ['Projektplan', 'Stellungnahme des Personalrates'],
    briefings: ['Bericht über die Digitalisierung der Verwaltung'],
  },
  {
    key: 'wirtschaft',
    committee: 'REA',
    unit: 'WIDI',
    context: [
      'Die Nachfrage nach Gewerbeflächen im Kreis ist hoch, insbesondere entlang der Autobahn. Das interkommunale Gewerbegebiet bei {ort} soll gemeinsam mit zwei Gemeinden entwickelt werden.',
      'Der Tourismus ist für den Kreis ein wichtiger Wirtschaftsfaktor. Die Zahl der Übernachtungen lag im vergangenen Jahr bei rund {anzahl}, vor allem Radtouristinnen und Radtouristen besuchen die Region.',
      'Die Wirtschaftsförderung berät Gründerinnen und Gründer sowie Unternehmen bei Fördermitteln und Fachkräftesicherung.',
    ],
    measures: ['interkommunales Gewerbegebiet {ort}', 'Gründungszentrum in Lindenhagen', 'Tourismuskonzept „Heide und Moor“', 'Fachkräfteportal'],
    decisions: [
      {
        title: 'Gründung eines Zweckverbands für das interkommunale Gewerbegebiet {ort}',
        clause: 'der Gründung eines Zweckverbands für das interkommunale Gewerbegebiet {ort} zuzustimmen und die Verbandssatzung zu beschließen',
        council: true,
      },
      {
        title: 'Tourismuskonzept „Heide und Moor“ {jahr}–{plus5}',
        clause: 'das Tourismuskonzept „Heide und Moor“ als Leitlinie für die touristische Entwicklung zu beschließen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Tätigkeitsbericht der Wirtschaftsförderung {vorjahr}',
        points: ['Es wurden {anzahl} Beratungen durchgeführt.', 'Elf Unternehmen haben sich neu im Kreis angesiedelt.'],
      },
    ],
    motions: [
      {
        title: 'Coworking-Räume im ländlichen Raum',
        requests: ['Die Wirtschaftsförderung prüft gemeinsam mit den Gemeinden die Einrichtung von Coworking-Räumen in Dorfgemeinschaftshäusern.'],
        reasons: ['Coworking-Räume verkürzen Pendelwege und beleben die Ortskerne.'],
      },
    ],
    questions: [
      {
        subject: 'zur Vermarktung der Gewerbeflächen',
        questions: ['Wie viele Hektar Gewerbefläche sind im Kreis verfügbar?', 'Wie hoch ist die Nachfrage?'],
        answers: ['Sofort verfügbar sind rund 14 Hektar.', 'Der Wirtschaftsförderung liegen Anfragen für etwa {anzahl} Hektar vor.'],
      },
    ],
    annexes: ['Tourismuskonzept (Kurzfassung)', 'Verbandssatzung (Entwurf)'],
    briefings: ['Bericht der Wirtschaftsförderung'],
  },
  {
    key: 'pruefung',
    committee: 'RPA',
    unit: 'RPAMT',
    context: [
      'Das Rechnungsprüfungsamt hat die Vergabe von Bauleistungen im vergangenen Jahr stichprobenartig geprüft. Geprüft wurden {anzahl} Vergabeverfahren.',
      'Die Prüfung ergab keine schwerwiegenden Mängel. In einzelnen Fällen war die Dokumentation der Wertung unvollständig; die Fachdienste haben Abhilfe zugesagt.',
      'Nach § 155 NKomVG prüft das Rechnungsprüfungsamt den Jahresabschluss und legt dem Rechnungsprüfungsausschuss seinen Schlussbericht vor.',
    ],
    measures: ['Vergabeprüfung', 'Prüfung der Zuwendungen an Dritte', 'Prüfung der Kassenführung', 'Beratung der Fachdienste'],
    decisions: [
      {
        title: 'Prüfungsplan des Rechnungsprüfungsamtes {folgejahr}',
        clause: 'den Prüfungsplan des Rechnungsprüfungsamtes für das Jahr {folgejahr} zur Kenntnis zu nehmen und zu billigen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Bericht über die Prüfung der Vergaben {vorjahr}',
        points: ['Geprüft wurden {anzahl} Verfahren.', 'In drei Fällen wurde die Dokumentation beanstandet.'],
      },
      { title: 'Prüfbericht zur Kassenprüfung {jahr}', points: ['Die unvermutete Kassenprüfung ergab keine Beanstandungen.'] },
    ],
    motions: [],
    questions: [],
    annexes: ['Prüfbericht'],
    briefings: ['Bericht über laufende Prüfungen'],
  },
];

/** Papers every Kreis writes once a year, placed by month instead of drawn at random. */
export interface YearlyPaper {
  /** Month of the Kreistag cycle the paper is decided in. */
  month: number;
  paperType: 'Beschlussvorlage' | 'Mitteilungsvorlage';
  title: string;
  clause: string;
  unit: string;
  /** The Beratungsfolge by organization key; the last step decides. */
  path: string[];
  years: number[];
}

export const yearlyPapers: YearlyPaper[] = [
  {
    month: 12,
    paperType: 'Beschlussvorlage',
    title: 'Haushaltssatzung und Haushaltsplan {folgejahr}',
    clause: 'die Haushaltssatzung für das Haushaltsjahr {folgejahr} mit dem Haushaltsplan und seinen Anlagen zu beschließen',
    unit: 'FD 20',
    path: ['FA', 'HA', 'KT'],
    years: [2023, 2024, 2025, 2026],
  },
  {
    month: 10,
    paperType: 'Beschlussvorlage',
    title: 'Jahresabschluss {vorjahr2} und Entlastung des Landrates',
    clause: 'den Jahresabschluss {vorjahr2} festzustellen, den Jahresüberschuss der Überschussrücklage zuzuführen und dem Landrat Entlastung zu erteilen',
    unit: 'FD 20',
    path: ['RPA', 'KT'],
    years: [2023, 2024, 2025, 2026],
  },
  {
    month: 12,
    paperType: 'Mitteilungsvorlage',
    title: 'Beteiligungsbericht {vorjahr}',
    clause: '',
    unit: 'FD 20',
    path: ['FA'],
    years: [2023, 2024, 2025, 2026],
  },
];

export interface ConfidentialTemplate extends DecisionTemplate {
  /** Shown instead of the title wherever the public may look, e.g. in the invitation. */
  category: 'Grundstücksangelegenheit' | 'Personalangelegenheit' | 'Vergabeangelegenheit';
  unit: string;
  context: string[];
}

export const confidentialTemplates: ConfidentialTemplate[] = [
  {
    category: 'Grundstücksangelegenheit',
    unit: 'FD 23',
    council: true,
    title: 'Verkauf einer Teilfläche des Flurstücks {flurstueck} in der Gemarkung {ort}',
    clause: 'dem Verkauf einer Teilfläche von rund {anzahl} m² des Flurstücks {flurstueck} in der Gemarkung {ort} zum Preis von {betrag} zuzustimmen',
    context: [
      'Die Fläche wird für Kreiszwecke nicht mehr benötigt. Ein Verkehrswertgutachten liegt vor.',
      'Die Kaufinteressentin beabsichtigt, auf der Fläche Wohnungen zu errichten; die Gemeinde unterstützt das Vorhaben.',
    ],
  },
  {
    category: 'Grundstücksangelegenheit',
    unit: 'FD 23',
    council: false,
    title: 'Erwerb einer Fläche für die Erweiterung der Rettungswache {ort}',
    clause: 'dem Erwerb des Flurstücks {flurstueck} in der Gemarkung {ort} zum Preis von {betrag} zuzustimmen',
    context: [
      'Für die Erweiterung der Rettungswache wird das angrenzende Grundstück benötigt.',
      'Der Eigentümer ist zum Verkauf bereit; der Preis entspricht dem Bodenrichtwert.',
    ],
  },
  {
    category: 'Personalangelegenheit',
    unit: 'FD 10',
    council: false,
    title: 'Besetzung der Stelle der Fachdienstleitung {fachdienst}',
    clause: 'der Besetzung der Stelle der Fachdienstleitung {fachdienst} entsprechend dem Vorschlag der Verwaltung zuzustimmen',
    context: [
      'Auf die Ausschreibung sind {anzahl} Bewerbungen eingegangen. Nach strukturierten Auswahlgesprächen schlägt die Auswahlkommission die in der Anlage genannte Person vor.',
      'Der Personalrat und die Gleichstellungsbeauftragte waren am Verfahren beteiligt.',
    ],
  },
  {
    category: 'Vergabeangelegenheit',
    unit: 'FD 23',
    council: false,
    title: 'Vergabe der Rohbauarbeiten für den Erweiterungsbau {schule_gen}',
    clause: 'den Auftrag für die Rohbauarbeiten an den wirtschaftlichsten Bieter zum Angebotspreis von {betrag} zu vergeben',
    context: [
      'Die Leistungen wurden europaweit ausgeschrieben. Es gingen {anzahl} Angebote ein.',
      'Das wirtschaftlichste Angebot liegt rund {prozent} Prozent über der Kostenberechnung; die Mehrkosten sind durch Minderkosten bei anderen Gewerken gedeckt.',
    ],
  },
  {
    category: 'Vergabeangelegenheit',
    unit: 'FD 66',
    council: true,
    title: 'Vergabe der Verkehrsleistungen im Linienbündel Süd ab {folgejahr}',
    clause: 'den Zuschlag für die Verkehrsleistungen im Linienbündel Süd an den wirtschaftlichsten Bieter zu erteilen',
    context: [
      'Der Verkehrsvertrag für das Linienbündel Süd läuft aus. Die Leistungen wurden im wettbewerblichen Verfahren ausgeschrieben.',
      'Es gingen {anzahl} Angebote ein; die Wertung ist in der Anlage dokumentiert.',
    ],
  },
];
