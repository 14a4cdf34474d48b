/**
 * @module demo/topics.infra
 * Topics of the Fachbereich Bauen, Umwelt und Mobilität and the Stabsstellen: ÖPNV, Radwege,
 * Klimaschutz, Breitband (more in demo.topics.environment).
 */
import type { Topic } from './demo.topics.types.ts';

export const infrastructureTopics: Topic[] = [
  {
    key: 'oepnv',
    committee: 'REA',
    unit: 'FD 66',
    financial: true,
    climate: [
      'Ein attraktiverer Busverkehr kann Autofahrten ersetzen. Die Verwaltung rechnet bei erwarteten {anzahl} zusätzlichen Fahrgästen täglich mit einer Einsparung von rund 300 Tonnen CO2 im Jahr.',
    ],
    context: [
      'Der Kreis ist Aufgabenträger für den öffentlichen Personennahverkehr. Der Nahverkehrsplan legt fest, welche Gemeinden wie oft angebunden werden; er wird alle fünf Jahre fortgeschrieben.',
      'Seit der Einführung des Deutschlandtickets sind die Fahrgastzahlen auf den Hauptlinien um rund {prozent} Prozent gestiegen. In den dünn besiedelten Teilen des Kreises bleibt das Angebot dagegen lückenhaft.',
      'Der Rufbus „Heideflitzer“ fährt bislang im Raum {ort} ohne festen Fahrplan auf Bestellung. Die Auswertung des Probebetriebs zeigt eine hohe Zufriedenheit der Fahrgäste.',
      'Die Schülerbeförderung macht den größten Teil der Fahrten im Kreisgebiet aus. Änderungen an den Schulanfangszeiten wirken sich unmittelbar auf die Umläufe der Busse aus.',
    ],
    measures: [
      'Stundentakt auf der Linie 410 zwischen {ort} und Lindenhagen',
      'Ausweitung des Rufbusses auf {ort2}',
      'neue Schnellbuslinie zum Bahnhof Ellerbeck',
      'Echtzeitanzeigen an 40 Haltestellen',
      'Abendverkehr an Wochenenden',
    ],
    decisions: [
      {
        title: 'Fortschreibung des Nahverkehrsplans {jahr}–{plus5}',
        clause: 'die Fortschreibung des Nahverkehrsplans für den Zeitraum {jahr} bis {plus5} zu beschließen',
        council: true,
      },
      {
        title: 'Ausweitung des Rufbusangebots auf den Raum {ort}',
        clause: 'den Rufbus „Heideflitzer“ ab dem Fahrplanwechsel im Dezember {jahr} auf den Raum {ort} auszuweiten',
        council: true,
      },
      {
        title: 'Einführung eines Stundentakts auf der Linie 410',
        clause:
          'die Verwaltung zu beauftragen, mit dem Verkehrsunternehmen einen Stundentakt auf der Linie 410 zu vereinbaren; die Mehrkosten von jährlich {betrag} werden bereitgestellt',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Fahrgastzahlen im Busverkehr {vorjahr}',
        points: ['Die Fahrgastzahlen stiegen um {prozent} Prozent.', 'Der Rufbus beförderte {anzahl} Fahrgäste.', 'Die Pünktlichkeit lag bei 91 Prozent.'],
      },
      {
        title: 'Auswirkungen des Deutschlandtickets auf den Nahverkehr im Kreis',
        points: [
          'Rund {anzahl} Abonnements wurden im Kreisgebiet abgeschlossen.',
          'Die Ausgleichszahlungen von Bund und Land decken die Mindereinnahmen bislang weitgehend.',
        ],
      },
    ],
    motions: [
      {
        title: 'Nachtbus am Wochenende zwischen Lindenhagen und {ort}',
        requests: [
          'Die Verwaltung prüft die Einrichtung eines Nachtbusses in den Nächten auf Samstag und Sonntag.',
          'Die Kosten und mögliche Förderungen werden dem Ausschuss dargestellt.',
        ],
        reasons: [
          'Junge Menschen sind abends auf das Auto oder auf Fahrdienste der Eltern angewiesen. Ein Nachtbus erhöht die Sicherheit und schont das Klima.',
        ],
      },
      {
        title: 'Kostenlose Schülerbeförderung auch für die Sekundarstufe II',
        requests: [
          'Der Kreis übernimmt ab dem Schuljahr {folgejahr}/{folgejahr2} die Kosten der Schülerbeförderung auch für Schülerinnen und Schüler der Sekundarstufe II.',
        ],
        reasons: ['Der Besuch der Oberstufe darf nicht vom Geldbeutel der Eltern abhängen.'],
      },
    ],
    questions: [
      {
        subject: 'zur Schülerbeförderung im ländlichen Raum',
        questions: [
          'Wie viele Schülerinnen und Schüler haben einen Schulweg von mehr als 60 Minuten?',
          'Wie oft kam es im laufenden Schuljahr zu überfüllten Bussen?',
          'Welche Verbesserungen sind geplant?',
        ],
        answers: [
          'Nach Auswertung der Fahrplandaten betrifft dies etwa {anzahl} Schülerinnen und Schüler.',
          'Es gingen 23 Beschwerden über überfüllte Busse ein, vor allem auf der Linie 420.',
          'Zum nächsten Schuljahr werden zwei Verstärkerfahrten eingerichtet.',
        ],
      },
      {
        subject: 'zum Rufbus „Heideflitzer“',
        questions: ['Wie viele Fahrten wurden im letzten Jahr gebucht?', 'Wie hoch ist der Zuschussbedarf je Fahrgast?'],
        answers: ['Es wurden {anzahl} Fahrten gebucht.', 'Der Zuschussbedarf liegt bei rund 14 € je Fahrgast.'],
      },
    ],
    annexes: ['Nahverkehrsplan – Maßnahmenteil', 'Liniennetzplan', 'Kostenaufstellung'],
    briefings: ['Bericht des Verkehrsunternehmens zur Betriebslage', 'Sachstand Fahrplanwechsel (mündlicher Bericht)'],
  },
  {
    key: 'radverkehr',
    committee: 'REA',
    unit: 'FD 66',
    climate: [
      'Der Ausbau des Radwegenetzes fördert den Umstieg vom Auto auf das Fahrrad und trägt damit zur Minderung der Treibhausgasemissionen im Verkehr bei.',
    ],
    context: [
      'Das Radverkehrskonzept des Kreises sieht vor, die Lücken im Radwegenetz entlang der Kreisstraßen bis 2032 zu schließen. Besonders dringend ist der Radweg an der {strasse}, die von vielen Schülerinnen und Schülern genutzt wird.',
      'Der Bau eines Radweges setzt den Erwerb der notwendigen Flächen voraus. Die Gespräche mit den Eigentümerinnen und Eigentümern sind weitgehend abgeschlossen.',
      'Für den Radwegebau stehen Fördermittel des Bundes und des Landes zur Verfügung; die Förderquote beträgt bis zu {prozent} Prozent.',
    ],
    measures: [
      'Radweg an der {strasse}',
      'Fahrradabstellanlagen an Bushaltestellen',
      'Wegweisung für das Freizeitradnetz',
      'Sanierung vorhandener Radwege mit Wurzelschäden',
    ],
    decisions: [
      {
        title: 'Neubau eines Radweges an der {strasse}',
        clause: 'dem Neubau eines kombinierten Geh- und Radweges an der {strasse} mit Gesamtkosten von {betrag} zuzustimmen',
        council: true,
      },
      {
        title: 'Radverkehrskonzept des Kreises – Prioritätenliste {jahr}',
        clause: 'die Prioritätenliste für den Radwegebau an Kreisstraßen in der Fassung der Anlage zu beschließen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Sachstand Radwegebau an Kreisstraßen {jahr}',
        points: [
          'Der Radweg an der {strasse} ist fertiggestellt.',
          'Für zwei weitere Abschnitte läuft die Planfeststellung.',
          'Fördermittel von {betrag} wurden bewilligt.',
        ],
      },
    ],
    motions: [
      {
        title: 'Radschnellverbindung Lindenhagen–Ellerbeck prüfen',
        requests: ['Die Verwaltung beauftragt eine Machbarkeitsstudie für eine Radschnellverbindung zwischen Lindenhagen und Ellerbeck.'],
        reasons: ['Viele Pendlerinnen und Pendler legen Strecken unter 15 Kilometern zurück, die mit dem E-Bike gut zu bewältigen sind.'],
      },
    ],
    questions: [
      {
        subject: 'zum Radweg an der {strasse}',
        questions: ['Wann beginnt der Bau des Radweges an der {strasse}?', 'Sind alle Flächen erworben?'],
        answers: ['Der Baubeginn ist für das Frühjahr {folgejahr} vorgesehen.', 'Für zwei Flurstücke laufen noch Verhandlungen.'],
      },
    ],
    annexes: ['Lageplan-Erläuterung', 'Prioritätenliste Radwegebau'],
    briefings: ['Ergebnisse der Verkehrszählung an Kreisstraßen'],
  },
  {
    key: 'klima',
    committee: 'BUA',
    unit: 'KLIMA',
    climate: [
      'Die Maßnahme ist unmittelbar klimarelevant. Nach der Berechnung der Stabsstelle Klimaschutz werden jährlich rund {anzahl} Tonnen CO2 eingespart.',
      'Die Maßnahme dient der Umsetzung des Integrierten Klimaschutzkonzepts und trägt zum Ziel der Treibhausgasneutralität der Kreisverwaltung bis 2035 bei.',
    ],
    context: [
      'Mit dem Integrierten Klimaschutzkonzept hat sich der Kreis das Ziel gesetzt, die Kreisverwaltung bis 2035 treibhausgasneutral zu organisieren. Der größte Teil der Emissionen entfällt auf die Wärmeversorgung der Schulen und Verwaltungsgebäude.',
      'Auf den Dächern kreiseigener Gebäude sind bislang Photovoltaikanlagen mit einer Leistung von rund 900 Kilowatt-Peak installiert. Eine Potenzialanalyse hat weitere geeignete Dachflächen ermittelt.',
      'Der Fuhrpark der Kreisverwaltung umfasst {anzahl} Fahrzeuge. Bei Ersatzbeschaffungen werden seit zwei Jahren vorrangig Elektrofahrzeuge angeschafft.',
      'Die Gemeinden sind verpflichtet, eine kommunale Wärmeplanung zu erstellen. Der Kreis unterstützt sie mit Daten und einer gemeinsamen Ausschreibung.',
    ],
    measures: [
      'Photovoltaik auf den Dächern {schule_gen}',
      'Umstellung der Straßenbeleuchtung an Kreisstraßen auf LED',
      'Energiemanagement für alle Kreisgebäude',
      'Klimaschutzfonds für Vereine',
      'Ladeinfrastruktur am Kreishaus',
    ],
    decisions: [
      {
        title: 'Photovoltaikanlagen auf kreiseigenen Gebäuden – Ausbauprogramm {jahr}–{plus3}',
        clause: 'dem Ausbauprogramm für Photovoltaikanlagen auf kreiseigenen Gebäuden mit einem Investitionsvolumen von {betrag} zuzustimmen',
        council: true,
      },
      {
        title: 'Fortschreibung des Integrierten Klimaschutzkonzepts',
        clause: 'die Fortschreibung des Integrierten Klimaschutzkonzepts zu beschließen',
        council: true,
      },
      {
        title: 'Klimaschutzfonds für Vereine und Initiativen',
        clause:
          'einen Klimaschutzfonds für Vereine und Initiativen mit jährlich {betrag} einzurichten und die Förderrichtlinie in der Fassung der Anlage zu erlassen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Energie- und Treibhausgasbilanz der Kreisverwaltung {vorjahr}',
        points: [
          'Der Wärmeverbrauch sank witterungsbereinigt um {prozent} Prozent.',
          'Der Anteil erneuerbarer Energien am Stromverbrauch liegt bei 100 Prozent.',
          'Die Emissionen des Fuhrparks sind leicht gesunken.',
        ],
      },
      {
        title: 'Sachstand kommunale Wärmeplanung im Kreisgebiet',
        points: ['Acht von zehn Gemeinden haben die Wärmeplanung beauftragt.', 'Erste Ergebnisse liegen für {ort} vor.'],
      },
    ],
    motions: [
      {
        title: 'Klimacheck für alle Beschlussvorlagen',
        requests: ['Alle Beschlussvorlagen erhalten einen Abschnitt zur Relevanz für den Klimaschutz.', 'Die Verwaltung entwickelt dafür eine Arbeitshilfe.'],
        reasons: ['Die Auswirkungen auf das Klima sollen bei jeder Entscheidung transparent sein.'],
      },
      {
        title: 'Dachbegrünung bei Neubauten des Kreises',
        requests: ['Neubauten des Kreises erhalten, wo technisch möglich, eine Dachbegrünung in Kombination mit Photovoltaik.'],
        reasons: ['Gründächer halten Regenwasser zurück und kühlen die Gebäude im Sommer.'],
      },
    ],
    questions: [
      {
        subject: 'zum Ausbau der Photovoltaik auf Kreisgebäuden',
        questions: ['Wie viele Kreisgebäude verfügen über eine Photovoltaikanlage?', 'Welche Leistung soll bis 2030 installiert sein?'],
        answers: ['Derzeit verfügen {anzahl} Gebäude über eine Anlage.', 'Ziel ist eine installierte Leistung von 3,5 Megawatt-Peak.'],
      },
    ],
    annexes: ['Potenzialanalyse Photovoltaik', 'Maßnahmenkatalog Klimaschutz', 'Kostenaufstellung'],
    briefings: ['Bericht der Klimaschutzmanagerin zum Stand der Maßnahmen'],
  },
  {
    key: 'breitband',
    committee: 'REA',
    unit: 'WIDI',
    context: [
      'Der geförderte Glasfaserausbau im Kreis Nordheide hat {anzahl} Adressen erreicht, die zuvor mit weniger als 30 Megabit je Sekunde versorgt waren. In einem zweiten Förderaufruf sollen die verbliebenen „grauen Flecken“ erschlossen werden.',
      'Schulen, Gewerbegebiete und Krankenhäuser haben beim Ausbau Vorrang. Die Bauarbeiten in {ort} sind wegen fehlender Tiefbaukapazitäten in Verzug geraten.',
      'Neben dem Festnetz bleibt die Mobilfunkversorgung ein Thema: Entlang der {strasse} und in Teilen von {ort2} gibt es weiterhin Funklöcher.',
    ],
    measures: [
      'Förderaufruf „Graue Flecken“',
      'Mitverlegung von Leerrohren bei Straßenbauarbeiten',
      'Mobilfunkmessung im Kreisgebiet',
      'Glasfaseranschluss aller Schulen',
    ],
    decisions: [
      {
        title: 'Teilnahme am Förderprogramm „Graue Flecken“ – Eigenanteil des Kreises',
        clause: 'der Teilnahme am Förderprogramm zum Glasfaserausbau in den grauen Flecken zuzustimmen und den Eigenanteil von {betrag} bereitzustellen',
        council: true,
      },
      {
        title: 'Kooperationsvereinbarung mit den Gemeinden zum Breitbandausbau',
        clause: 'dem Abschluss der Kooperationsvereinbarung mit den kreisangehörigen Gemeinden zum Breitbandausbau zuzustimmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Sachstand Breitbandausbau – {stand}',
        points: [
          '{prozent} Prozent der geförderten Anschlüsse sind fertiggestellt.',
          'In {ort} verzögern sich die Tiefbauarbeiten.',
          'Alle Schulen des Kreises sind an das Glasfasernetz angeschlossen.',
        ],
      },
    ],
    motions: [
      {
        title: 'Mobilfunklöcher systematisch erfassen',
        requests: ['Die Verwaltung lässt eine flächendeckende Mobilfunkmessung durchführen und veröffentlicht die Ergebnisse.'],
        reasons: ['Nur mit verlässlichen Daten kann der Kreis gegenüber den Netzbetreibern auf Verbesserungen drängen.'],
      },
    ],
    questions: [
      {
        subject: 'zum Stand des Glasfaserausbaus in {ort}',
        questions: ['Wie viele Haushalte in {ort} sind bereits angeschlossen?', 'Wann wird der Ausbau abgeschlossen sein?'],
        answers: ['Es sind {anzahl} Haushalte angeschlossen.', 'Der Netzbetreiber rechnet mit dem Abschluss im {monat} {folgejahr}.'],
      },
    ],
    annexes: ['Ausbaukarte (Erläuterung)', 'Kostenaufstellung'],
    briefings: ['Bericht des Breitbandkoordinators'],
  },
];
