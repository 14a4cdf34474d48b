/**
 * Vocabulary and master data of `npm run bench -- search` (bench/search.ts): a German Landkreis
 * with 40 topics. Texts are drawn from function words, general administrative words and the
 * words of the paper's topic, so a topic word occurs in a few per cent of the documents and a
 * general word in most; the rare words occur in a handful of attachments only. Earlier entries
 * of each list are picked more often.
 */

/** Function words (mostly German stop words), picked uniformly. */
export const functionWords = [
  'der', 'die', 'das', 'und', 'in', 'zu', 'den', 'von', 'mit', 'für', 'auf', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine',
  'als', 'auch', 'es', 'an', 'werden', 'aus', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind',
  'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr',
  'durch', 'sein', 'wurde', 'sowie', 'des', 'diese', 'dieser', 'dieses', 'wurden', 'kann', 'können', 'soll', 'sollen',
  'muss', 'müssen', 'sich', 'seit', 'unter', 'zwischen', 'gegen', 'ohne', 'innerhalb', 'außerhalb', 'während', 'wegen',
  'hierzu', 'hierfür', 'damit', 'dabei', 'daher', 'somit', 'jedoch', 'ebenfalls', 'insbesondere', 'zudem', 'bereits',
  'weiterhin', 'derzeit', 'bisher', 'künftig', 'insgesamt', 'rund', 'etwa', 'jeweils', 'gemäß', 'entsprechend',
  'sofern', 'soweit', 'wobei', 'welche', 'welcher', 'deren', 'dessen', 'alle', 'allen', 'weitere', 'weiteren', 'ihre',
  'ihrer', 'seine', 'seiner', 'hier', 'dort', 'wenn', 'weil', 'ob', 'sodass', 'zunächst', 'anschließend', 'zuletzt',
];

/** General administrative words: every topic uses them; the first ones are the most frequent. */
export const generalWords = [
  'Landkreis', 'Verwaltung', 'Kreistag', 'Maßnahme', 'Haushalt', 'Kosten', 'Jahr', 'Euro', 'Umsetzung', 'Beschluss',
  'Maßnahmen', 'Kreises', 'Planung', 'Förderung', 'Mittel', 'Gemeinden', 'Bericht', 'Projekt', 'Entwicklung', 'Ausschuss',
  'Kreisausschuss', 'Konzept', 'Sanierung', 'Jahre', 'Bürgerinnen', 'Bürger', 'Landrat', 'Fachdienst', 'Vorlage',
  'Sachverhalt', 'erforderlich', 'Finanzierung', 'Fördermittel', 'Zuschuss', 'Stellungnahme', 'Antrag', 'Grundlage',
  'Verfahren', 'Ergebnis', 'Prüfung', 'Städte', 'Kommunen', 'Land', 'Bund', 'Haushaltsjahr', 'Haushaltsmittel',
  'beschließt', 'beauftragt', 'empfiehlt', 'Kenntnis', 'Zustimmung', 'Vertrag', 'Vereinbarung', 'Satzung', 'Änderung',
  'Fortschreibung', 'Aufwendungen', 'Erträge', 'Investition', 'Investitionen', 'Bedarf', 'Angebot', 'Versorgung',
  'Einwohner', 'Öffentlichkeit', 'Beteiligung', 'Landesregierung', 'Ministerium', 'Gesetz', 'Verordnung', 'Richtlinie',
  'Zeitraum', 'Zeitplan', 'Auswirkungen', 'finanzielle', 'Personal', 'Stellen', 'Standort', 'Gebäude', 'Ausbau',
  'Neubau', 'Erweiterung', 'Verbesserung', 'Unterstützung', 'Zusammenarbeit', 'Träger', 'Produkt', 'Kostenschätzung',
  'Gesamtkosten', 'Eigenanteil', 'Förderquote', 'Landesmittel', 'Bundesmittel', 'Drittmittel', 'vorgesehen', 'notwendig',
  'geplant', 'umgesetzt', 'bereitgestellt', 'beantragt', 'geprüft', 'abgestimmt', 'vorgelegt', 'zuständig', 'jährlich',
  'zusätzlich', 'voraussichtlich', 'öffentlichen', 'kommunalen', 'regionalen', 'neue', 'neuen', 'bestehenden',
  'Landkreises', 'Kreisgebiet', 'Kreisverwaltung', 'Dezernat', 'Amt', 'Abteilung', 'Sitzung', 'Sitzungen', 'Tagesordnung',
  'Niederschrift', 'Beratung', 'Beratungen', 'Empfehlung', 'Entscheidung', 'Abstimmung', 'Mehrheit', 'Fraktion',
  'Fraktionen', 'Kreistagsabgeordnete', 'Mitglieder', 'Vorsitzende', 'Kreisrat', 'Kreisrätin', 'Landrätin',
  'Erste Kreisrätin', 'Bürgermeister', 'Bürgermeisterin', 'Samtgemeinde', 'Gemeinde', 'Stadt', 'Ortschaft', 'Ortsteil',
  'Region', 'Bundesland', 'Landesamt', 'Kommunalaufsicht', 'Rechnungsprüfung', 'Prüfbericht', 'Sachstand', 'Zwischenbericht',
  'Abschlussbericht', 'Evaluation', 'Bestandsaufnahme', 'Analyse', 'Gutachten', 'Studie', 'Machbarkeitsstudie',
  'Untersuchung', 'Empfehlungen', 'Ziele', 'Ziel', 'Handlungsfelder', 'Handlungsbedarf', 'Schwerpunkt', 'Schwerpunkte',
  'Priorität', 'Prioritäten', 'Kriterien', 'Rahmen', 'Rahmenbedingungen', 'Voraussetzungen', 'Anforderungen',
  'Vorgaben', 'Regelungen', 'Zuständigkeit', 'Aufgaben', 'Aufgabe', 'Pflichtaufgabe', 'freiwillige Leistung',
  'Leistungen', 'Leistung', 'Angebote', 'Nachfrage', 'Entwicklungen', 'Veränderungen', 'Steigerung', 'Rückgang',
  'Anstieg', 'Prognose', 'Kennzahlen', 'Statistik', 'Daten', 'Anzahl', 'Höhe', 'Betrag', 'Beträge', 'Summe',
  'Ansatz', 'Ansätze', 'Mehraufwand', 'Minderaufwand', 'Einsparungen', 'Einsparung', 'Folgekosten', 'Betriebskosten',
  'Unterhaltung', 'Instandhaltung', 'Baukosten', 'Planungskosten', 'Honorar', 'Auftrag', 'Aufträge', 'Auftragnehmer',
  'Fachplanung', 'Ingenieurleistungen', 'Baumaßnahme', 'Baumaßnahmen', 'Bauabschnitt', 'Baubeginn', 'Fertigstellung',
  'Inbetriebnahme', 'Abschluss', 'Verlängerung', 'Verzögerung', 'Verzögerungen', 'Fristen', 'Frist', 'Termin',
  'Termine', 'Quartal', 'Halbjahr', 'Folgejahr', 'Vorjahr', 'mittelfristig', 'langfristig', 'kurzfristig', 'dauerhaft',
  'befristet', 'einmalig', 'laufenden', 'laufende', 'aktuellen', 'aktuelle', 'bisherigen', 'künftigen', 'zuständigen',
  'beteiligten', 'betroffenen', 'interessierten', 'verschiedenen', 'unterschiedlichen', 'wesentlichen', 'einzelnen',
  'gemeinsamen', 'gemeinsam', 'weitergehende', 'ergänzende', 'ergänzend', 'zusätzliche', 'erhebliche', 'deutliche',
  'deutlich', 'gering', 'hohe', 'hohen', 'höhere', 'niedrigere', 'gestiegen', 'gesunken', 'erhöht', 'reduziert',
  'angepasst', 'anzupassen', 'erarbeitet', 'erstellt', 'beschlossen', 'zugestimmt', 'abgelehnt', 'vertagt', 'informiert',
  'unterrichtet', 'beteiligt', 'eingebunden', 'vorgeschlagen', 'dargestellt', 'erläutert', 'ausgeführt', 'berücksichtigt',
  'gewährleistet', 'sichergestellt', 'ermöglicht', 'unterstützt', 'gefördert', 'finanziert', 'vergeben', 'beauftragen',
  'umzusetzen', 'fortzuschreiben', 'vorzulegen', 'bereitzustellen', 'Bürgerbeteiligung', 'Informationsveranstaltung',
  'Arbeitsgruppe', 'Lenkungsgruppe', 'Steuerungsgruppe', 'Workshop', 'Fachgespräch', 'Abstimmungsgespräch',
  'Kooperation', 'Kooperationsvereinbarung', 'Partner', 'Akteure', 'Netzwerk', 'Verbände', 'Vereine', 'Kirchen',
  'Wohlfahrtsverbände', 'Kammern', 'Handwerkskammer', 'Industrie- und Handelskammer', 'Wirtschaft', 'Unternehmen',
  'Arbeitsplätze', 'Familien', 'Kinder', 'Jugendliche', 'Senioren', 'Menschen', 'Frauen', 'Männer', 'Eltern',
  'Schülerinnen', 'Schüler', 'Beschäftigte', 'Mitarbeitende', 'Mitarbeiterinnen', 'Mitarbeiter', 'Ehrenamtliche',
  'Fachkräfte', 'Fachkräftemangel', 'Digitalisierung', 'Nachhaltigkeit', 'Klimaschutz', 'Energie', 'Mobilität',
  'Verkehr', 'Umwelt', 'Bildung', 'Gesundheit', 'Soziales', 'Sicherheit', 'Kultur', 'Sport', 'Tourismus', 'Wohnen',
  'Infrastruktur', 'Daseinsvorsorge', 'ländlichen', 'ländlicher', 'Raum', 'Flächen', 'Fläche', 'Grundstück',
  'Grundstücke', 'Eigentümer', 'Nutzung', 'Nutzungen', 'Betrieb', 'Betreiber', 'Trägerschaft', 'Verantwortung',
  'Kontrolle', 'Überprüfung', 'Genehmigung', 'Zulassung', 'Antragstellung', 'Bewilligung', 'Zuwendung', 'Zuwendungen',
  'Zuwendungsbescheid', 'Förderantrag', 'Förderprogramm', 'Förderrichtlinie', 'Verwendungsnachweis', 'Mittelabfluss',
  'Deckung', 'Deckungsmittel', 'Haushaltsstelle', 'Teilhaushalt', 'Kostenstelle', 'Gebühren', 'Entgelte', 'Beiträge',
  'Zinsen', 'Kredit', 'Kredite', 'Schulden', 'Verschuldung', 'Inflation', 'Preissteigerungen', 'Energiekosten',
  'Baupreise', 'Tariferhöhung', 'Vorjahresniveau', 'Planansatz', 'Ist-Ergebnis', 'Soll-Ist-Vergleich',
];

/** Multi-word expressions, inserted as a unit so that phrase searches find them. */
export const phrases = [
  'öffentlicher Personennahverkehr', 'Beschluss des Kreistages', 'Antrag der Fraktion', 'Stellungnahme der Verwaltung',
  'Bereitstellung von Haushaltsmitteln', 'kommunale Wärmeplanung', 'energetische Sanierung', 'bezahlbarer Wohnraum',
  'Sanierung der Kreisstraße', 'Hilfen zur Erziehung', 'Bildung und Teilhabe', 'Kosten der Unterkunft',
  'im Rahmen der Haushaltsberatungen', 'nach Abschluss der Prüfung', 'auf Grundlage des Kreistagsbeschlusses',
  'in der nächsten Sitzung', 'zur Kenntnis genommen', 'einstimmig beschlossen', 'mit großer Mehrheit',
  'vorbehaltlich der Bewilligung', 'gemäß Beschlussvorschlag', 'die Verwaltung wird beauftragt',
  'der Kreisausschuss empfiehlt', 'im laufenden Haushaltsjahr', 'aus Mitteln des Landes', 'im Vergleich zum Vorjahr',
  'der ländliche Raum', 'die kreisangehörigen Gemeinden', 'im gesamten Kreisgebiet', 'nach derzeitigem Stand',
  'unter Beteiligung der Öffentlichkeit', 'im Einvernehmen mit den Gemeinden', 'zum Ende des Jahres',
  'bis zum Jahr 2030', 'Schaffung zusätzlicher Plätze', 'Verbesserung der Erreichbarkeit', 'Sicherung der Daseinsvorsorge',
];

export interface Topic {
  /** Paper titles of the topic (nominative phrases). */
  titles: string[];
  /** Words of the topic, most frequent first; may contain spaces. */
  words: string[];
}

export const topics: Topic[] = [
  {
    titles: ['Haushaltssatzung und Haushaltsplan', 'Nachtragshaushalt', 'Festsetzung der Kreisumlage', 'Jahresabschluss', 'Haushaltssicherungskonzept', 'Investitionsprogramm'],
    words: ['Kreisumlage', 'Haushaltssatzung', 'Haushaltsplan', 'Nachtragshaushalt', 'Hebesatz', 'Jahresabschluss', 'Ergebnishaushalt', 'Finanzhaushalt', 'Liquiditätskredite', 'Investitionsprogramm', 'Verpflichtungsermächtigung', 'Haushaltskonsolidierung', 'Schlüsselzuweisungen', 'Finanzausgleich', 'Defizit', 'Fehlbetrag', 'Überschuss', 'Rücklage', 'Abschreibungen', 'Deckungsvorschlag', 'überplanmäßige Ausgabe', 'außerplanmäßige Aufwendungen', 'Haushaltssicherungskonzept', 'Eigenkapital', 'Kassenkredite', 'Zinsaufwand', 'Umlagegrundlagen', 'Steuerkraft', 'Haushaltsausgleich', 'Doppik'],
  },
  {
    titles: ['Schulentwicklungsplan', 'Sanierung der Grundschule', 'Neubau der Gesamtschule', 'Erweiterung des Gymnasiums', 'Schulsozialarbeit an Schulen in Trägerschaft des Kreises', 'Digitalpakt Schule'],
    words: ['Schulentwicklungsplan', 'Schulträger', 'Grundschule', 'Gesamtschule', 'Gymnasium', 'Oberschule', 'Förderschule', 'Schulsanierung', 'Schulneubau', 'Ganztagsschule', 'Schulsozialarbeit', 'Schülerzahlen', 'Klassenräume', 'Schulhof', 'Mensa', 'Schulbezirk', 'Schulleitung', 'Lehrkräfte', 'Zügigkeit', 'Schulstandort', 'Schulkonferenz', 'Digitalpakt', 'Tablets', 'Fachräume', 'Schulgebäude', 'Raumprogramm', 'Schulentwicklungsplanung', 'Einschulung'],
  },
  {
    titles: ['Nahverkehrsplan', 'Schülerbeförderung', 'Rufbus-Angebot im ländlichen Raum', 'Neuvergabe der Linienbündel', 'Deutschlandticket im Kreisgebiet', 'Barrierefreier Ausbau von Bushaltestellen'],
    words: ['Schülerbeförderung', 'Schulbus', 'Nahverkehrsplan', 'Busverbindung', 'Linienbündel', 'Rufbus', 'Haltestelle', 'Fahrplan', 'Taktverdichtung', 'Verkehrsverbund', 'Deutschlandticket', 'Bushaltestelle', 'Bushaltestellen', 'Fahrgastzahlen', 'On-Demand-Verkehr', 'Busunternehmen', 'Konzession', 'Verkehrsunternehmen', 'Tarif', 'Anschlusssicherung', 'Personennahverkehr', 'öffentlichen Personennahverkehrs', 'Buslinie', 'Schülerfahrkarte', 'Beförderungskosten', 'Fahrgäste'],
  },
  {
    titles: ['Radverkehrskonzept des Landkreises', 'Ausbau des Radwegenetzes', 'Radweg an der Kreisstraße', 'Förderprogramm Lastenräder', 'Fahrradabstellanlagen an Schulen', 'Radschnellverbindung'],
    words: ['Radverkehrskonzept', 'Radweg', 'Radwege', 'Radverkehr', 'Radwegenetz', 'Fahrradstraße', 'Abstellanlagen', 'Lastenrad', 'Lastenräder', 'Schutzstreifen', 'Radschnellweg', 'Radschnellverbindung', 'Radwegebau', 'Radfahrende', 'Fahrrad', 'Pedelec', 'Radroute', 'Wegweisung', 'Radverkehrsanlagen', 'Lückenschluss', 'Fahrradparkhaus', 'Radverkehrsbeauftragter', 'Stadtradeln', 'Bike-and-Ride'],
  },
  {
    titles: ['Sanierung der Kreisstraße K 12', 'Brückensanierung im Zuge der K 27', 'Ausbau der Ortsdurchfahrt', 'Kreisstraßenbauprogramm', 'Winterdienst auf Kreisstraßen', 'Neubau eines Kreisverkehrs'],
    words: ['Kreisstraße', 'Kreisstraßen', 'Fahrbahnsanierung', 'Deckenerneuerung', 'Brückenbauwerk', 'Brückensanierung', 'Ortsdurchfahrt', 'Straßenbaulastträger', 'Winterdienst', 'Straßenmeisterei', 'Schutzplanken', 'Bankette', 'Kreisverkehr', 'Lärmschutz', 'Vollsperrung', 'Umleitung', 'Bauzeitenplan', 'Ingenieurbüro', 'Planfeststellung', 'Asphaltdecke', 'Straßenzustand', 'Kreisstraßenbauprogramm', 'Durchlass', 'Entwässerung', 'Gehweg'],
  },
  {
    titles: ['Bedarfsplan Kindertagesstätten', 'Neufassung der Satzung über die Kita-Gebühren', 'Ausbau der Krippenplätze', 'Förderung der Kindertagespflege', 'Fachkräftegewinnung in Kindertagesstätten', 'Sprachförderung in Kitas'],
    words: ['Kindertagesstätte', 'Kindertagesstätten', 'Kita-Gebühren', 'Kitaplätze', 'Kita', 'Kitas', 'Kindertagespflege', 'Tagespflegepersonen', 'Krippe', 'Krippenplätze', 'Betreuungsquote', 'Elternbeiträge', 'Rechtsanspruch', 'Kita-Bedarfsplan', 'Erzieherinnen', 'Erzieher', 'Betreuungszeiten', 'Kita-Träger', 'Gebührensatzung', 'Geschwisterermäßigung', 'Sprachförderung', 'Hort', 'Ganztagsbetreuung', 'Kita-Neubau', 'Betreuungsplätze', 'Kita-Sozialarbeit'],
  },
  {
    titles: ['Jugendhilfeplanung', 'Hilfen zur Erziehung: Entwicklung der Fallzahlen', 'Kinderschutzkonzept', 'Förderung der offenen Jugendarbeit', 'Pflegekinderdienst', 'Frühe Hilfen'],
    words: ['Jugendhilfeausschuss', 'Jugendamt', 'Jugendhilfe', 'Inobhutnahme', 'Inobhutnahmen', 'Kinderschutz', 'Jugendarbeit', 'Jugendzentrum', 'Streetwork', 'Jugendhilfeplanung', 'Pflegefamilien', 'Eingliederungshilfe', 'Familienzentrum', 'Frühe Hilfen', 'Jugendberufsagentur', 'Schulbegleitung', 'Unterhaltsvorschuss', 'Vormundschaft', 'Sozialraum', 'Fallzahlen', 'Erziehungsberatung', 'Kindeswohlgefährdung', 'Jugendparlament', 'Jugendpflege'],
  },
  {
    titles: ['Integrationskonzept des Landkreises', 'Unterbringung von Geflüchteten', 'Bericht des Integrationsbeirates', 'Förderung von Integrationskursen', 'Migrationsberatung', 'Gemeinschaftsunterkunft'],
    words: ['Integrationsbeirat', 'Integrationskonzept', 'Integrationskurse', 'Integrationsbeauftragte', 'Integrationsmanagement', 'Geflüchtete', 'Geflüchteten', 'Flüchtlingsunterbringung', 'Gemeinschaftsunterkunft', 'Asylbewerberleistungsgesetz', 'Ausländerbehörde', 'Einbürgerung', 'Einbürgerungen', 'Sprachkurse', 'Migrationsberatung', 'Willkommenskultur', 'Dolmetscher', 'Aufenthaltstitel', 'Wohnsitzauflage', 'Zuwanderung', 'Schutzsuchende', 'Integrationslotsen', 'Migrantenorganisationen'],
  },
  {
    titles: ['Klimaschutzkonzept', 'Klimaschutzmanagement', 'Treibhausgasbilanz', 'Klimaanpassungskonzept', 'Photovoltaik auf kreiseigenen Dächern', 'Kommunale Wärmeplanung'],
    words: ['Klimaschutzkonzept', 'Klimaschutzmanagement', 'Klimaschutzmanager', 'Treibhausgasemissionen', 'Treibhausgasbilanz', 'CO2-Bilanz', 'Klimaneutralität', 'Klimaanpassung', 'Energieeinsparung', 'Photovoltaik', 'Photovoltaikanlagen', 'Solaranlagen', 'Wärmeplanung', 'Energieberatung', 'Hitzeschutz', 'Hitzeaktionsplan', 'Starkregen', 'Starkregenvorsorge', 'Klimafolgen', 'Klimaschutzziele', 'Klimaneutral', 'Energiemanagement', 'Wärmepumpe', 'Dachflächen'],
  },
  {
    titles: ['Windenergie: Ausweisung von Vorranggebieten', 'Regionales Raumordnungsprogramm', 'Freiflächen-Photovoltaik', 'Wasserstoffstrategie', 'Bürgerwindpark', 'Netzausbau'],
    words: ['Windenergie', 'Windenergieanlagen', 'Vorranggebiete', 'Raumordnungsprogramm', 'Regionalplanung', 'Repowering', 'Bürgerwindpark', 'Freiflächen-Photovoltaik', 'Agri-Photovoltaik', 'Stromnetz', 'Energiegenossenschaft', 'Wasserstoff', 'Biogasanlage', 'Netzausbau', 'Umspannwerk', 'Windpark', 'Flächenziel', 'Akzeptanz', 'Teilflächennutzungsplan', 'Anlagenbetreiber', 'Erneuerbare Energien'],
  },
  {
    titles: ['Breitbandausbau im Landkreis', 'Glasfaserausbau an Schulen', 'Gigabitförderung', 'Digitalstrategie der Kreisverwaltung', 'Mobilfunkversorgung', 'Einführung der E-Akte'],
    words: ['Breitbandausbau', 'Breitband', 'Glasfaser', 'Glasfaserausbau', 'Gigabit', 'Gigabitförderung', 'Mobilfunk', 'Funklöcher', 'weiße Flecken', 'Onlinezugangsgesetz', 'E-Akte', 'Verwaltungsdigitalisierung', 'IT-Sicherheit', 'Rechenzentrum', 'Bürgerportal', 'Open Data', 'Digitalstrategie', 'Cyberangriff', 'Netzbetreiber', 'Anschlussquote', 'Glasfaseranschluss', 'Graue Flecken', 'Digitalisierungsprojekte', 'Onlinedienste'],
  },
  {
    titles: ['Rettungsdienstbedarfsplan', 'Neubau der Rettungswache', 'Notarztstandorte', 'Integrierte Leitstelle', 'Hilfsfristen im Rettungsdienst', 'Krankentransport'],
    words: ['Rettungswache', 'Rettungswachen', 'Rettungsdienst', 'Notarzt', 'Notarztstandort', 'Rettungswagen', 'Hilfsfrist', 'Hilfsfristen', 'Rettungsdienstbedarfsplan', 'Leitstelle', 'Integrierte Leitstelle', 'Krankentransport', 'Notfallsanitäter', 'Einsatzzahlen', 'Luftrettung', 'Rettungshubschrauber', 'Ersthelfer', 'Notarzteinsatzfahrzeug', 'Rettungsmittel', 'Einsatzaufkommen', 'Rettungsdienstträger'],
  },
  {
    titles: ['Brandschutzbedarfsplan', 'Neubau des Feuerwehrgerätehauses', 'Katastrophenschutzplan', 'Sirenenwarnsystem', 'Beschaffung eines Löschfahrzeuges', 'Feuerwehrtechnische Zentrale'],
    words: ['Feuerwehr', 'Feuerwehren', 'Feuerwehrgerätehaus', 'Kreisfeuerwehrverband', 'Brandschutzbedarfsplan', 'Katastrophenschutz', 'Katastrophenschutzplan', 'Drehleiter', 'Löschfahrzeug', 'Sirenen', 'Warnsystem', 'Hochwasserschutz', 'Stromausfall', 'Notstromaggregat', 'Technisches Hilfswerk', 'Kreisbrandmeister', 'Atemschutz', 'Feuerwehrtechnische Zentrale', 'Brandschutz', 'Einsatzkräfte', 'Katastrophenfall', 'Krisenstab', 'Bevölkerungsschutz'],
  },
  {
    titles: ['Abfallgebührensatzung', 'Einführung der Biotonne', 'Neubau des Wertstoffhofes', 'Abfallwirtschaftskonzept', 'Deponienachsorge', 'Sperrmüllabfuhr'],
    words: ['Abfallwirtschaft', 'Abfallgebühren', 'Abfallgebührensatzung', 'Wertstoffhof', 'Biotonne', 'Restmüll', 'Sperrmüll', 'Gelbe Tonne', 'Deponie', 'Kompostierung', 'Recyclinghof', 'Abfallberatung', 'Altpapier', 'Grünschnitt', 'Entsorgung', 'Müllabfuhr', 'Abfuhrkalender', 'Abfallvermeidung', 'Abfallwirtschaftskonzept', 'Bioabfall', 'Deponienachsorge', 'Wertstoffe', 'illegale Ablagerungen'],
  },
  {
    titles: ['Gewässerunterhaltung', 'Hochwasserschutzkonzept', 'Renaturierung des Mühlenbachs', 'Trinkwasserversorgung', 'Wasserschutzgebiet', 'Grundwasserbericht'],
    words: ['Trinkwasser', 'Grundwasser', 'Abwasser', 'Kläranlage', 'Gewässerschutz', 'Gewässerunterhaltung', 'Renaturierung', 'Hochwasser', 'Überschwemmungsgebiet', 'Wasserrahmenrichtlinie', 'Nitrat', 'Nitratbelastung', 'Brunnen', 'Wasserschutzgebiet', 'Deich', 'Regenrückhaltebecken', 'Wasserversorgung', 'Mühlenbach', 'Wasserbehörde', 'Unterhaltungsverband', 'Grundwasserneubildung'],
  },
  {
    titles: ['Landschaftsrahmenplan', 'Ausweisung eines Naturschutzgebietes', 'Streuobstwiesen im Kreisgebiet', 'Biotopverbund', 'Umgang mit dem Wolf', 'Insektenschutz an Straßenrändern'],
    words: ['Naturschutz', 'Naturschutzgebiet', 'Landschaftsschutzgebiet', 'Artenschutz', 'Biotop', 'Biotopverbund', 'Ausgleichsflächen', 'Kompensationsmaßnahmen', 'Streuobstwiesen', 'Blühstreifen', 'Insektenschutz', 'Wolf', 'Wolfsrisse', 'Biber', 'Baumschutzsatzung', 'Landschaftsrahmenplan', 'Naturpark', 'FFH-Gebiet', 'Moorschutz', 'Untere Naturschutzbehörde', 'Artenvielfalt', 'Heckenpflanzung', 'Alleen'],
  },
  {
    titles: ['Förderung der regionalen Landwirtschaft', 'Direktvermarktung', 'Ländlicher Wegebau', 'Flurbereinigung', 'Tierseuchenprävention', 'Ökologischer Landbau'],
    words: ['Landwirtschaft', 'Landwirte', 'landwirtschaftliche', 'Direktvermarktung', 'Wegebau', 'Wirtschaftswege', 'Flurbereinigung', 'Tierseuche', 'Schweinepest', 'Geflügelpest', 'ökologischer Landbau', 'Bodenschutz', 'Ackerflächen', 'Grünland', 'Tierhaltung', 'Düngeverordnung', 'Landvolk', 'Hofläden', 'Agrarstruktur'],
  },
  {
    titles: ['Änderung des Flächennutzungsplanes', 'Stellungnahme zum Bebauungsplan', 'Denkmalschutz und Denkmalpflege', 'Bauaufsicht: Bearbeitungszeiten', 'Ausweisung eines Gewerbegebietes', 'Innenentwicklung vor Außenentwicklung'],
    words: ['Bebauungsplan', 'Flächennutzungsplan', 'Bauantrag', 'Bauanträge', 'Baugenehmigung', 'Baugenehmigungen', 'Bauvoranfrage', 'Außenbereich', 'Bauaufsicht', 'Baulast', 'Abstandsflächen', 'Stellplätze', 'Denkmalschutz', 'Denkmalpflege', 'Ortskern', 'Innenentwicklung', 'Gewerbegebiet', 'Baugebiet', 'Nachverdichtung', 'Bauordnungsamt', 'Bearbeitungszeiten', 'Bauleitplanung', 'Baudenkmal'],
  },
  {
    titles: ['Wohnraumversorgungskonzept', 'Sozialer Wohnungsbau', 'Gründung einer Wohnungsbaugesellschaft', 'Mietobergrenzen für die Kosten der Unterkunft', 'Wohngeld', 'Schlüssiges Konzept'],
    words: ['Wohnungsbau', 'sozialer Wohnungsbau', 'Wohnraumförderung', 'Wohnungsbaugesellschaft', 'Mietspiegel', 'Wohngeld', 'Wohnungsmarkt', 'Leerstand', 'Wohnraumversorgungskonzept', 'Mietobergrenzen', 'Sozialwohnungen', 'Belegungsbindung', 'Mietwohnungen', 'Wohnraum', 'Wohnungen', 'Angemessenheitsgrenzen', 'Wohnungsbedarf'],
  },
  {
    titles: ['Zukunft des Kreiskrankenhauses', 'Hausärztliche Versorgung', 'Medizinisches Versorgungszentrum', 'Gesundheitsamt: Jahresbericht', 'Schuleingangsuntersuchungen', 'Gesundheitsregion'],
    words: ['Gesundheitsamt', 'Kreiskrankenhaus', 'Krankenhaus', 'Krankenhausplanung', 'Hausärzte', 'Hausarztpraxen', 'ärztliche Versorgung', 'Medizinisches Versorgungszentrum', 'Landarztquote', 'Impfungen', 'Pandemie', 'Infektionsschutz', 'Schuleingangsuntersuchung', 'Hygiene', 'Gesundheitsregion', 'Notaufnahme', 'Geburtshilfe', 'Krankenhausstrukturreform', 'Gesundheitsförderung'],
  },
  {
    titles: ['Pflegebedarfsplanung', 'Pflegestützpunkt', 'Bericht des Seniorenbeirates', 'Ausbau der Tagespflege', 'Seniorenpolitisches Konzept', 'Demenznetzwerk'],
    words: ['Seniorenbeirat', 'Pflegestützpunkt', 'Pflegeheim', 'Pflegeheime', 'Pflegeplätze', 'Tagespflege', 'Kurzzeitpflege', 'Altenhilfe', 'Demenz', 'Seniorenbegleitung', 'Pflegebedarfsplanung', 'Quartiersmanagement', 'Nachbarschaftshilfe', 'ambulante Pflege', 'Pflegekräfte', 'Pflegeberatung', 'Seniorenservice', 'Altersarmut', 'Mehrgenerationenhaus'],
  },
  {
    titles: ['Jobcenter: Arbeitsmarktprogramm', 'Bildung und Teilhabe', 'Sozialbericht', 'Schuldnerberatung', 'Grundsicherung im Alter', 'Kreissozialpass'],
    words: ['Jobcenter', 'Bürgergeld', 'Grundsicherung', 'Sozialhilfe', 'Langzeitarbeitslose', 'Arbeitsmarktprogramm', 'Sozialpass', 'Kreissozialpass', 'Schuldnerberatung', 'Tafel', 'Armutsbericht', 'Sozialbericht', 'Eingliederungsleistungen', 'Leistungsberechtigte', 'Bedarfsgemeinschaften', 'Arbeitslosenquote', 'Sozialleistungen', 'Teilhabechancengesetz'],
  },
  {
    titles: ['Aktionsplan Inklusion', 'Bericht des Behindertenbeirates', 'Umsetzung des Bundesteilhabegesetzes', 'Barrierefreiheit öffentlicher Gebäude', 'Inklusive Schule', 'Leichte Sprache in der Verwaltung'],
    words: ['Behindertenbeirat', 'Inklusion', 'inklusive', 'Barrierefreiheit', 'barrierefrei', 'barrierefreie', 'Teilhabe', 'Bundesteilhabegesetz', 'Werkstätten', 'Inklusionsbeauftragte', 'Aktionsplan', 'Leichte Sprache', 'Gebärdensprache', 'Menschen mit Behinderungen', 'Assistenz', 'Nachteilsausgleich', 'Eingliederung'],
  },
  {
    titles: ['Wirtschaftsförderung: Jahresbericht', 'Gewerbeflächenentwicklung', 'Gründerzentrum', 'Fachkräftesicherung', 'Innenstadtentwicklung', 'Regionalmarketing'],
    words: ['Wirtschaftsförderung', 'Gewerbeflächen', 'Existenzgründer', 'Existenzgründung', 'Fachkräftesicherung', 'Ansiedlung', 'Ansiedlungen', 'Mittelstand', 'Handwerk', 'Innenstadtentwicklung', 'Leerstandsmanagement', 'Technologiezentrum', 'Gründerzentrum', 'Regionalmarketing', 'Strukturwandel', 'Gewerbesteuer', 'Standortmarketing', 'Wirtschaftsstandort', 'Arbeitsmarkt'],
  },
  {
    titles: ['Tourismuskonzept', 'Kreismuseum', 'Kreismusikschule', 'Volkshochschule: Programmbericht', 'Kulturförderrichtlinie', 'Kreisarchiv'],
    words: ['Tourismuskonzept', 'Radtourismus', 'Übernachtungszahlen', 'Museum', 'Kreismuseum', 'Kulturförderung', 'Musikschule', 'Kreismusikschule', 'Volkshochschule', 'Bibliothek', 'Kreisarchiv', 'Heimatverein', 'Kulturveranstaltungen', 'Ausstellung', 'Gästeführungen', 'Kulturschaffende', 'Tourismusverband', 'Kulturentwicklungsplan'],
  },
  {
    titles: ['Sportstättenentwicklungsplan', 'Sanierung der Kreissporthalle', 'Förderung des Kreissportbundes', 'Hallenbad', 'Schwimmfähigkeit von Grundschulkindern', 'Kunstrasenplatz'],
    words: ['Sporthalle', 'Sporthallen', 'Kreissporthalle', 'Sportstättenentwicklungsplan', 'Kreissportbund', 'Schwimmbad', 'Hallenbad', 'Freibad', 'Sportförderung', 'Sportplatz', 'Kunstrasenplatz', 'Schwimmunterricht', 'Schwimmfähigkeit', 'Vereinssport', 'Hallenzeiten', 'Sportvereine', 'Bewegungsförderung'],
  },
  {
    titles: ['Stellenplan', 'Personalentwicklungskonzept', 'Ausbildungsoffensive der Kreisverwaltung', 'Mobiles Arbeiten', 'Organisationsuntersuchung', 'Gleichstellungsplan'],
    words: ['Stellenplan', 'Stellenbesetzung', 'Stellenbesetzungen', 'Personalkosten', 'Tarifvertrag', 'Beförderung', 'Ausbildung', 'Auszubildende', 'mobiles Arbeiten', 'Arbeitszeit', 'Personalentwicklung', 'Organisationsuntersuchung', 'Verwaltungsmodernisierung', 'Dienstvereinbarung', 'Gleichstellungsbeauftragte', 'Personalrat', 'Krankenstand', 'Nachwuchsgewinnung', 'Stellenanteile'],
  },
  {
    titles: ['Sanierung des Kreishauses', 'Gebäudemanagement: Sanierungsbedarf', 'Brandschutzertüchtigung', 'Verkauf eines kreiseigenen Grundstücks', 'Anmietung von Büroflächen', 'Energetische Sanierung der Kreisgebäude'],
    words: ['Kreishaus', 'Verwaltungsgebäude', 'Gebäudemanagement', 'Liegenschaften', 'Sanierungsbedarf', 'Brandschutzertüchtigung', 'Dachsanierung', 'Heizungsanlage', 'Grundstücksverkauf', 'Erbbaurecht', 'Mietvertrag', 'Anmietung', 'Büroflächen', 'kreiseigene', 'kreiseigenen', 'Raumbedarf', 'Sanierungsstau'],
  },
  {
    titles: ['Vergabe von Bauleistungen', 'Rahmenvertrag für Reinigungsleistungen', 'Vergabeordnung des Landkreises', 'Auftragsvergabe Planungsleistungen', 'Nachtragsvereinbarung', 'Vergabebericht'],
    words: ['Vergabe', 'Ausschreibung', 'Vergabeverfahren', 'Auftragsvergabe', 'Vergabeordnung', 'Zuschlag', 'Bieter', 'Rahmenvertrag', 'Nachtragsangebote', 'europaweite Ausschreibung', 'Vergabestelle', 'Wertungskriterien', 'Reinigungsleistungen', 'Bauleistungen', 'Planungsleistungen', 'Submission', 'wirtschaftlichste Angebot'],
  },
  {
    titles: ['Geschwindigkeitsüberwachung', 'Tempo 30 vor Schulen', 'Gefahrenabwehrverordnung', 'Lebensmittelüberwachung', 'Zulassungsstelle: Wartezeiten', 'Tierschutz'],
    words: ['Ordnungsamt', 'Straßenverkehrsbehörde', 'Geschwindigkeitsbegrenzung', 'Tempo 30', 'Verkehrsüberwachung', 'Geschwindigkeitsmessung', 'Gefahrenabwehrverordnung', 'Veterinäramt', 'Lebensmittelüberwachung', 'Tierschutz', 'Waffenbehörde', 'Führerscheinstelle', 'Zulassungsstelle', 'Wartezeiten', 'Verkehrssicherheit', 'Unfallschwerpunkt', 'Verkehrsschau'],
  },
  {
    titles: ['Änderung der Hauptsatzung', 'Geschäftsordnung des Kreistages', 'Entschädigungssatzung', 'Kommunalwahl', 'Besetzung der Ausschüsse', 'Livestream der Kreistagssitzungen'],
    words: ['Kommunalwahl', 'Wahlvorschläge', 'Wahlbereiche', 'Kreiswahlleiter', 'Geschäftsordnung', 'Hauptsatzung', 'Entschädigungssatzung', 'Aufwandsentschädigung', 'Ausschussbesetzung', 'Nachwahl', 'Sitzverteilung', 'Fraktionszuschüsse', 'Ratsinformationssystem', 'Livestream', 'Einwohnerfragestunde', 'Kreistagssitzung', 'Kreistagssitzungen'],
  },
  {
    titles: ['Reaktivierung der Bahnstrecke', 'Mobilitätskonzept', 'Ladeinfrastruktur für Elektromobilität', 'Mobilstationen', 'Park-and-Ride-Anlage am Bahnhof', 'Carsharing im ländlichen Raum'],
    words: ['Bahnhof', 'Reaktivierung', 'Bahnstrecke', 'Regionalbahn', 'Park-and-Ride', 'Mobilitätskonzept', 'Carsharing', 'Elektromobilität', 'Ladeinfrastruktur', 'Ladesäulen', 'Mobilstationen', 'Pendler', 'Bahnhaltepunkt', 'Schienenverkehr', 'Mitfahrbank', 'Pendlerverkehr'],
  },
  {
    titles: ['Kreisentwicklungskonzept', 'Dorfentwicklung', 'LEADER-Region', 'Nahversorgung in kleinen Ortschaften', 'Demografiebericht', 'Städtebauförderung'],
    words: ['Kreisentwicklungskonzept', 'Dorfentwicklung', 'LEADER', 'Regionalentwicklung', 'Demografie', 'Bevölkerungsentwicklung', 'Dorfgemeinschaftshaus', 'Nahversorgung', 'Dorfladen', 'Städtebauförderung', 'Lokale Aktionsgruppe', 'Dorfmoderation', 'Leerstände', 'Ortsbild', 'Zukunftswerkstatt'],
  },
  {
    titles: ['Förderung des Frauenhauses', 'Gleichstellungsbericht', 'Gewaltschutzkonzept', 'Familienbüro', 'Vereinbarkeit von Familie und Beruf', 'Beratungsstelle für Alleinerziehende'],
    words: ['Frauenhaus', 'häusliche Gewalt', 'Gleichstellung', 'Gleichstellungsbericht', 'Familienfreundlichkeit', 'Vereinbarkeit', 'Beratungsstelle', 'Gewaltschutz', 'Alleinerziehende', 'Familienbüro', 'Istanbul-Konvention', 'Schutzplätze', 'Frauenförderung'],
  },
  {
    titles: ['Beteiligungsbericht', 'Wirtschaftsplan der Kreiswerke', 'Sparkasse: Gewinnausschüttung', 'Zweckverband', 'Eigenbetrieb Abfallwirtschaft', 'Betrauungsakt'],
    words: ['Sparkasse', 'Kreiswerke', 'Beteiligungsbericht', 'Gesellschafterversammlung', 'Aufsichtsrat', 'Eigenbetrieb', 'Wirtschaftsplan', 'Zweckverband', 'Anstalt öffentlichen Rechts', 'Kreisverkehrsgesellschaft', 'Gewinnausschüttung', 'Betrauungsakt', 'Beteiligungen', 'Gesellschaftsvertrag', 'Stammkapital', 'Beteiligungsmanagement'],
  },
  {
    titles: ['Ehrenamtskarte', 'Ehrenamtspreis des Landkreises', 'Förderung der Freiwilligenagentur', 'Vereinsförderung', 'Bürgerstiftung', 'Anerkennungskultur'],
    words: ['Ehrenamt', 'Ehrenamtskarte', 'Vereinsförderung', 'Ehrenamtspreis', 'Freiwilligenagentur', 'Bürgerstiftung', 'Engagement', 'bürgerschaftliches Engagement', 'Anerkennungskultur', 'Freiwilligendienst', 'Übungsleiter', 'Ehrenamtsbörse'],
  },
  {
    titles: ['Kreispartnerschaft', 'Jugendaustausch mit dem Partnerkreis', 'Europaangelegenheiten', 'Interreg-Projekt', 'Städtepartnerschaften im Kreis', 'Europawoche'],
    words: ['Partnerkreis', 'Kreispartnerschaft', 'Städtepartnerschaft', 'Europaangelegenheiten', 'Jugendaustausch', 'Interreg', 'Partnerschaftskomitee', 'Delegationsreise', 'Europäische Union', 'EU-Fördermittel', 'Europawoche'],
  },
  {
    titles: ['Waldbrandschutz', 'Waldumbau im Kreisforst', 'Borkenkäferbefall', 'Aufforstung von Kalamitätsflächen', 'Kreisforst: Wirtschaftsplan', 'Waldschutz'],
    words: ['Kreisforst', 'Waldbrand', 'Waldbrandgefahr', 'Borkenkäfer', 'Aufforstung', 'Waldumbau', 'Forstwirtschaft', 'Kalamitätsflächen', 'Mischwald', 'Holzeinschlag', 'Förster', 'Waldschutz', 'Dürre'],
  },
  {
    titles: ['Berufsbildende Schulen', 'Berufsorientierung', 'Ausbildungsmesse', 'Bildungsregion', 'Bildungsmonitoring', 'Duale Ausbildung im Landkreis'],
    words: ['Berufsbildende Schulen', 'Berufsschule', 'Berufsorientierung', 'Ausbildungsmesse', 'Bildungsregion', 'Bildungsmonitoring', 'duale Ausbildung', 'Ausbildungsplätze', 'Bildungsbüro', 'Übergang Schule-Beruf', 'Berufseinstiegsbegleitung', 'Weiterbildung'],
  },
  {
    titles: ['Suchtprävention', 'Kriminalpräventiver Rat', 'Jugendschutzkontrollen', 'Suchtberatung', 'Präventionskonzept', 'Drogenhilfe'],
    words: ['Suchtberatung', 'Suchtprävention', 'Drogenkonsum', 'Präventionsrat', 'Kriminalprävention', 'Jugendschutz', 'Präventionskonzept', 'Drogenhilfe', 'Glücksspiel', 'Alkoholprävention', 'Streetworker', 'Präventionsarbeit'],
  },
];

/** Words that occur in a handful of attachments only. */
export const rareWords = [
  'Streuobstwiesenkataster', 'Moorfroschpopulation', 'Glockenstuhlsanierung', 'Wanderschäferei', 'Fledermauswinterquartier',
  'Trinkwassernotbrunnen', 'Hebammenversorgungsatlas', 'Kopfweidenpflege', 'Imkereiförderprogramm', 'Backhausinitiative',
  'Sandmagerrasen', 'Ortsheimatpflegerin',
];

export interface BenchOrganization {
  name: string;
  shortName: string | null;
  type: 'Gremium' | 'Fraktion' | 'Verwaltungsbereich';
  classification: string;
  /** Genitive for meeting names: „Sitzung des …“. */
  genitive?: string;
}

/** 20 Gremien (they hold the sessions), 7 Fraktionen, 13 Verwaltungsbereiche. */
export const organizations: BenchOrganization[] = [
  { name: 'Kreistag', shortName: 'KT', type: 'Gremium', classification: 'Kreistag', genitive: 'Kreistages' },
  { name: 'Kreisausschuss', shortName: 'KA', type: 'Gremium', classification: 'Hauptausschuss', genitive: 'Kreisausschusses' },
  { name: 'Ausschuss für Finanzen und Beteiligungen', shortName: 'FA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Finanzen und Beteiligungen' },
  { name: 'Jugendhilfeausschuss', shortName: 'JHA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Jugendhilfeausschusses' },
  { name: 'Ausschuss für Schule, Bildung und Kultur', shortName: 'SchA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Schule, Bildung und Kultur' },
  { name: 'Ausschuss für Soziales, Gesundheit und Senioren', shortName: 'SozA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Soziales, Gesundheit und Senioren' },
  { name: 'Ausschuss für Bauen, Planen und Verkehr', shortName: 'BauA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Bauen, Planen und Verkehr' },
  { name: 'Ausschuss für Umwelt, Klima und Energie', shortName: 'UA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Umwelt, Klima und Energie' },
  { name: 'Ausschuss für Wirtschaft und Tourismus', shortName: 'WiA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Wirtschaft und Tourismus' },
  { name: 'Ausschuss für Ordnung, Sicherheit und Feuerwehr', shortName: 'OA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Ordnung, Sicherheit und Feuerwehr' },
  { name: 'Rechnungsprüfungsausschuss', shortName: 'RPA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Rechnungsprüfungsausschusses' },
  { name: 'Integrationsbeirat', shortName: 'IB', type: 'Gremium', classification: 'Beirat', genitive: 'Integrationsbeirates' },
  { name: 'Seniorenbeirat', shortName: 'SB', type: 'Gremium', classification: 'Beirat', genitive: 'Seniorenbeirates' },
  { name: 'Behindertenbeirat', shortName: 'BB', type: 'Gremium', classification: 'Beirat', genitive: 'Behindertenbeirates' },
  { name: 'Werksausschuss Abfallwirtschaft', shortName: 'WA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Werksausschusses Abfallwirtschaft' },
  { name: 'Ausschuss für Digitalisierung und Verwaltungsmodernisierung', shortName: 'DigA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Digitalisierung und Verwaltungsmodernisierung' },
  { name: 'Personalausschuss', shortName: 'PA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Personalausschusses' },
  { name: 'Ausschuss für Landwirtschaft und ländlichen Raum', shortName: 'LwA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Landwirtschaft und ländlichen Raum' },
  { name: 'Ausschuss für Gleichstellung und Familie', shortName: 'GlA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Ausschusses für Gleichstellung und Familie' },
  { name: 'Kreiswahlausschuss', shortName: 'KWA', type: 'Gremium', classification: 'Ausschuss', genitive: 'Kreiswahlausschusses' },
  { name: 'CDU-Fraktion', shortName: 'CDU', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'SPD-Fraktion', shortName: 'SPD', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'Fraktion Bündnis 90/Die Grünen', shortName: 'Grüne', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'FDP-Fraktion', shortName: 'FDP', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'Fraktion Die Linke', shortName: 'Linke', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'Fraktion Freie Wähler', shortName: 'FW', type: 'Fraktion', classification: 'Fraktion' },
  { name: 'Gruppe Bürgerliste', shortName: 'BL', type: 'Fraktion', classification: 'Gruppe' },
  { name: 'Fachdienst Finanzen', shortName: 'FD 20', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Jugend und Familie', shortName: 'FD 51', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Schulen und Kultur', shortName: 'FD 40', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Soziales', shortName: 'FD 50', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Bauordnung und Planung', shortName: 'FD 63', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Umwelt', shortName: 'FD 70', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Straßen und Verkehr', shortName: 'FD 66', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Gesundheit', shortName: 'FD 53', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Ordnung und Rettungsdienst', shortName: 'FD 32', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Fachdienst Personal und Organisation', shortName: 'FD 10', type: 'Verwaltungsbereich', classification: 'Fachdienst' },
  { name: 'Stabsstelle Klimaschutz', shortName: 'St K', type: 'Verwaltungsbereich', classification: 'Stabsstelle' },
  { name: 'Stabsstelle Wirtschaftsförderung', shortName: 'St W', type: 'Verwaltungsbereich', classification: 'Stabsstelle' },
  { name: 'Stabsstelle Digitalisierung', shortName: 'St D', type: 'Verwaltungsbereich', classification: 'Stabsstelle' },
];

export const givenNames = [
  'Anna', 'Birgit', 'Claudia', 'Doris', 'Elke', 'Frauke', 'Gabriele', 'Heike', 'Ines', 'Jana', 'Katrin', 'Lena', 'Maren',
  'Nicole', 'Petra', 'Renate', 'Sabine', 'Tanja', 'Ulrike', 'Wiebke', 'Andreas', 'Bernd', 'Christian', 'Dirk', 'Erik',
  'Frank', 'Gerd', 'Holger', 'Jens', 'Klaus', 'Lars', 'Martin', 'Norbert', 'Olaf', 'Peter', 'Ralf', 'Stefan', 'Thomas',
  'Uwe', 'Volker', 'Werner', 'Yusuf', 'Aylin', 'Mehmet', 'Svetlana',
];

export const familyNames = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Bauer',
  'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
  'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Köhler', 'Hinrichs', 'Janssen', 'Oltmanns', 'Brinkmann',
  'Heinemann', 'Lüdemann', 'Ahrens', 'Böhm', 'Dierks', 'Evers', 'Frerichs', 'Gerdes', 'Harms', 'Kruse', 'Lohmann',
  'Peters', 'Rohlfs', 'Siemers', 'Tammen', 'Wilkens', 'Yilmaz', 'Kaya', 'Nowak',
];

export interface BenchPaperType {
  name: string;
  prefix: string;
  /** Per mille of all papers. */
  share: number;
  /** `{T}` topic title, `{F}` Fraktion, `{Y}` year. */
  patterns: string[];
}

export const paperTypes: BenchPaperType[] = [
  {
    name: 'Beschlussvorlage', prefix: 'VO', share: 550,
    patterns: ['{T}', '{T} – Grundsatzbeschluss', 'Fortschreibung: {T}', '{T}; hier: Bereitstellung von Haushaltsmitteln {Y}', '{T}; hier: Vergabe der Planungsleistungen', '{T} – Beschluss über die Umsetzung'],
  },
  {
    name: 'Mitteilungsvorlage', prefix: 'MV', share: 200,
    patterns: ['{T} – Sachstandsbericht {Y}', 'Bericht der Verwaltung: {T}', '{T}; hier: Information über den aktuellen Stand'],
  },
  { name: 'Antrag', prefix: 'AN', share: 150, patterns: ['Antrag der {F}: {T}', 'Antrag der {F} auf Prüfung: {T}'] },
  { name: 'Anfrage', prefix: 'AF', share: 100, patterns: ['Anfrage der {F} zu {T}', 'Anfrage der {F}: Sachstand {T}'] },
];

/** Titles of auxiliary attachments („Anlage 1 – …“). */
export const attachmentTitles = [
  'Lageplan', 'Kostenschätzung', 'Stellungnahme der Gemeinde', 'Präsentation', 'Gutachten', 'Satzungsentwurf',
  'Protokollauszug', 'Übersichtskarte', 'Finanzierungsplan', 'Zeitplan', 'Entwurf der Vereinbarung', 'Synopse',
  'Sachstandsbericht', 'Förderbescheid', 'Stellungnahme des Personalrates', 'Ergebnisse der Bürgerbeteiligung',
  'Vergabevorschlag', 'Fotodokumentation', 'Bedarfsermittlung', 'Kennzahlen',
];

/** Agenda items without a paper, by position: opening (1–3), closing (21–22), non-public (23–25). */
export const standardAgendaItems: Record<number, string> = {
  1: 'Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit',
  2: 'Feststellung der Tagesordnung',
  3: 'Genehmigung der Niederschrift über die letzte Sitzung',
  21: 'Mitteilungen der Verwaltung',
  22: 'Anfragen und Anregungen',
  23: 'Grundstücksangelegenheiten',
  24: 'Personalangelegenheiten',
  25: 'Vergabeangelegenheiten',
};

export const agendaResults = ['beschlossen', 'beschlossen', 'beschlossen', 'beschlossen', 'beschlossen', 'beschlossen', 'zur Kenntnis genommen', 'zur Kenntnis genommen', 'abgelehnt', 'vertagt', 'geändert beschlossen'];

/** Section headings of a paper, by position (2–4 sections). */
export const sectionKinds: Array<{ kind: string; heading: string }> = [
  { kind: 'Beschlussvorschlag', heading: 'Beschlussvorschlag' },
  { kind: 'Sachverhalt', heading: 'Sachverhalt' },
  { kind: 'Finanzielle Auswirkungen', heading: 'Finanzielle Auswirkungen' },
  { kind: 'Relevanz für den Klimaschutz', heading: 'Relevanz für den Klimaschutz' },
];
