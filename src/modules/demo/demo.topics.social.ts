/**
 * @module demo/topics.social
 * Topics of the Fachbereich Jugend, Schule, Soziales und Gesundheit: Kitas, Jugendhilfe,
 * Schulen (more in demo.topics.community).
 */
import type { Topic } from './demo.topics.types.ts';

export const socialTopics: Topic[] = [
  {
    key: 'kita',
    committee: 'JHA',
    unit: 'FD 51',
    context: [
      'Der Rechtsanspruch auf einen Betreuungsplatz ab dem vollendeten ersten Lebensjahr stellt den Kreis als örtlichen Träger der öffentlichen Jugendhilfe weiterhin vor große Aufgaben. Nach der aktuellen Bedarfsabfrage fehlen im Kreisgebiet rund {anzahl} Plätze, vor allem im Krippenbereich.',
      'Die Gemeinde {ort} plant gemeinsam mit einem freien Träger eine zusätzliche Einrichtung mit zwei Krippen- und drei Kindergartengruppen. Der Kreis fördert Investitionen in neue Plätze nach seiner Förderrichtlinie mit bis zu {prozent} Prozent der förderfähigen Kosten.',
      'Der Fachkräftemangel wirkt sich zunehmend auf das Angebot aus. Mehrere Einrichtungen mussten im vergangenen Kindergartenjahr ihre Öffnungszeiten vorübergehend einschränken, weil Stellen nicht besetzt werden konnten.',
      'Die Kindertagespflege ergänzt das Angebot der Einrichtungen insbesondere in den kleineren Gemeinden. Derzeit sind {anzahl} Tagespflegepersonen im Kreisgebiet tätig; ihre laufende Geldleistung wurde zuletzt zum 1. August angepasst.',
    ],
    measures: [
      'Ausbau der Krippenplätze in {ort} und {ort2}',
      'Qualifizierungsoffensive für Quereinsteigerinnen und Quereinsteiger',
      'Förderung von Großtagespflegestellen',
      'digitale Platzvergabe über das Kita-Portal des Kreises',
      'Fachberatung für Träger zur Sprachförderung',
      'Anpassung der Förderrichtlinie an gestiegene Baukosten',
    ],
    decisions: [
      {
        title: 'Bedarfsplan Kindertagesbetreuung {jahr}/{folgejahr}',
        clause: 'den Bedarfsplan Kindertagesbetreuung {jahr}/{folgejahr} in der vorgelegten Fassung zu beschließen',
        council: true,
      },
      {
        title: 'Investitionszuschuss an die Gemeinde {ort} für den Neubau einer Kindertagesstätte',
        clause: 'der Gemeinde {ort} für den Neubau einer Kindertagesstätte einen Investitionszuschuss in Höhe von {betrag} zu gewähren',
        council: false,
      },
      {
        title: 'Anpassung der laufenden Geldleistung in der Kindertagespflege zum 1. August {folgejahr}',
        clause: 'die laufende Geldleistung für Tagespflegepersonen zum 1. August {folgejahr} entsprechend der Anlage anzupassen',
        council: true,
      },
      {
        title: 'Fortschreibung der Richtlinie zur Förderung neuer Betreuungsplätze',
        clause: 'der Fortschreibung der Richtlinie zur Förderung neuer Betreuungsplätze in der Fassung der Anlage zuzustimmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Sachstand Ausbau der Kindertagesbetreuung – Bericht {jahr}',
        points: [
          'Seit Jahresbeginn sind {anzahl} neue Plätze in Betrieb gegangen.',
          'In {ort} verzögert sich die Fertigstellung der Kita am Mühlenteich um etwa sechs Monate.',
          'Die Warteliste im Kita-Portal ist gegenüber dem Vorjahr um {prozent} Prozent kürzer geworden.',
        ],
      },
      {
        title: 'Ergebnisse der Elternbefragung zur Kindertagesbetreuung {jahr}',
        points: [
          'Die Rücklaufquote lag bei {prozent} Prozent.',
          'Eltern wünschen sich vor allem verlässlichere Randzeiten.',
          'Die Zufriedenheit mit der pädagogischen Arbeit ist hoch.',
        ],
      },
    ],
    motions: [
      {
        title: 'Sprachförderung in Kitas dauerhaft sichern',
        requests: [
          'Die Verwaltung wird beauftragt, ein Konzept zur dauerhaften Finanzierung der Sprachförderkräfte in Kindertagesstätten vorzulegen.',
          'Die dafür erforderlichen Mittel sind im Haushalt {folgejahr} zu veranschlagen.',
        ],
        reasons: [
          'Das Bundesprogramm für Sprach-Kitas ist ausgelaufen. Die Träger haben die Stellen bislang mit Übergangslösungen gehalten, die im Sommer enden.',
          'Gerade Kinder aus zugewanderten Familien sind auf frühe Sprachförderung angewiesen; sie ist die Grundlage für einen guten Schulstart.',
        ],
      },
      {
        title: 'Prämie für die Gewinnung von Fachkräften in der Kindertagesbetreuung',
        requests: [
          'Der Kreis zahlt Trägern für jede neu besetzte Fachkraftstelle eine einmalige Prämie von 1.500 €.',
          'Die Maßnahme wird nach zwei Jahren ausgewertet.',
        ],
        reasons: ['Die Träger berichten von Stellen, die seit Monaten unbesetzt sind. Nachbarkreise werben mit Zulagen Fachkräfte ab.'],
      },
    ],
    questions: [
      {
        subject: 'zu unbesetzten Stellen in Kindertagesstätten',
        questions: [
          'Wie viele Fachkraftstellen in Kindertagesstätten im Kreisgebiet sind derzeit unbesetzt?',
          'In wie vielen Einrichtungen mussten im laufenden Jahr Öffnungszeiten eingeschränkt werden?',
          'Welche Maßnahmen plant die Verwaltung, um die Träger zu unterstützen?',
        ],
        answers: [
          'Nach einer Abfrage bei den Trägern waren zum Stichtag {anzahl} Stellen unbesetzt.',
          'In neun Einrichtungen wurden die Öffnungszeiten zeitweise verkürzt, in zwei Fällen wurden Gruppen vorübergehend geschlossen.',
          'Die Verwaltung baut die Fachberatung aus und prüft gemeinsam mit den Berufsbildenden Schulen Lindenhagen eine zusätzliche Teilzeitklasse für die Erzieherausbildung.',
        ],
      },
      {
        subject: 'zur Wartezeit auf einen Krippenplatz in {ort}',
        questions: [
          'Wie lange warten Familien in {ort} durchschnittlich auf einen Krippenplatz?',
          'Wann wird die geplante Erweiterung der Kita in {ort} fertiggestellt?',
        ],
        answers: [
          'Die durchschnittliche Wartezeit liegt derzeit bei etwa fünf Monaten.',
          'Die Gemeinde rechnet mit einer Inbetriebnahme zum Beginn des Kindergartenjahres {folgejahr}/{folgejahr2}.',
        ],
      },
    ],
    annexes: ['Bedarfsplanung Kindertagesbetreuung – Tabellen', 'Kostenaufstellung', 'Förderrichtlinie (Entwurf)'],
    briefings: ['Bericht der Verwaltung zum Kita-Portal', 'Vorstellung des Familienservicebüros'],
  },
  {
    key: 'jugend',
    committee: 'JHA',
    unit: 'FD 51',
    context: [
      'Die Fallzahlen in den Hilfen zur Erziehung sind im Kreis Nordheide in den vergangenen drei Jahren um rund {prozent} Prozent gestiegen. Besonders zugenommen haben stationäre Unterbringungen von Jugendlichen.',
      'Schulsozialarbeit wird an allen weiterführenden Schulen im Kreisgebiet angeboten. Die Stellen werden zum Teil vom Land, zum Teil vom Kreis finanziert; die Förderung des Landes ist bis zum Ende des Schuljahres {folgejahr}/{folgejahr2} befristet.',
      'Die Jugendhilfeplanung wird nach § 80 SGB VIII regelmäßig fortgeschrieben. Die freien Träger und die Jugendpflegen der Gemeinden wurden in zwei Planungswerkstätten beteiligt.',
      'Das Jugendzentrum in {ort} ist für viele Jugendliche aus den umliegenden Dörfern der einzige Treffpunkt. Der Träger hat eine Erhöhung des Zuschusses beantragt, weil die Personal- und Energiekosten gestiegen sind.',
    ],
    measures: [
      'Ausbau ambulanter Hilfen vor Ort',
      'gemeinsame Fallkonferenzen mit den Schulen',
      'Verstärkung des Pflegekinderdienstes',
      'Jugendbeteiligung über ein Jugendforum des Kreises',
      'Präventionsangebote in {ort} und {ort2}',
    ],
    decisions: [
      {
        title: 'Fortschreibung der Jugendhilfeplanung – Teilplan Kinder- und Jugendarbeit',
        clause: 'den Teilplan Kinder- und Jugendarbeit der Jugendhilfeplanung in der vorgelegten Fassung zu beschließen',
        council: true,
      },
      {
        title: 'Zuschuss für das Jugendzentrum {ort} ab {folgejahr}',
        clause: 'den jährlichen Zuschuss an den Träger des Jugendzentrums {ort} ab {folgejahr} auf {betrag} zu erhöhen',
        council: false,
      },
      {
        title: 'Weiterfinanzierung der Schulsozialarbeit an Schulen in Trägerschaft des Kreises',
        clause: 'die vom Kreis finanzierten Stellen der Schulsozialarbeit über den {monat} {folgejahr} hinaus unbefristet fortzuführen',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Entwicklung der Hilfen zur Erziehung im Jahr {vorjahr}',
        points: [
          'Die Zahl der laufenden Hilfen stieg auf {anzahl}.',
          'Die durchschnittlichen Kosten je stationärer Hilfe sind deutlich gestiegen.',
          'Ambulante Hilfen konnten in vielen Fällen eine Unterbringung vermeiden.',
        ],
      },
      {
        title: 'Bericht über die Arbeit des Kinder- und Jugendbüros {jahr}',
        points: [
          'Das Jugendforum hat dreimal getagt.',
          'Die Ferienpassaktion erreichte über {anzahl} Kinder.',
          'Ein neues Beteiligungsformat wurde in {ort} erprobt.',
        ],
      },
    ],
    motions: [
      {
        title: 'Jugendbeteiligung im Kreis stärken – Jugendforum verstetigen',
        requests: [
          'Das Jugendforum des Kreises wird als dauerhaftes Beteiligungsgremium eingerichtet.',
          'Die Verwaltung legt bis zur nächsten Sitzung eine Geschäftsordnung im Entwurf vor.',
        ],
        reasons: [
          'Junge Menschen sollen bei Entscheidungen, die sie betreffen, früh mitreden können. Das Pilotjahr des Jugendforums hat gezeigt, dass das Interesse groß ist.',
        ],
      },
    ],
    questions: [
      {
        subject: 'zu Wartezeiten in der Erziehungsberatung',
        questions: [
          'Wie lange warten Familien derzeit auf einen Ersttermin in der Erziehungsberatungsstelle?',
          'Wie viele Beratungsfälle gab es im vergangenen Jahr?',
        ],
        answers: [
          'Die Wartezeit auf einen Ersttermin beträgt derzeit drei bis vier Wochen; Krisenfälle werden sofort aufgenommen.',
          'Im vergangenen Jahr wurden {anzahl} Beratungsfälle abgeschlossen.',
        ],
      },
    ],
    annexes: ['Teilplan Kinder- und Jugendarbeit', 'Statistik Hilfen zur Erziehung', 'Kostenaufstellung'],
    briefings: ['Bericht aus der Arbeitsgemeinschaft nach § 78 SGB VIII', 'Vorstellung des Pflegekinderdienstes'],
  },
  {
    key: 'schule',
    committee: 'SKA',
    unit: 'FD 40',
    financial: true,
    climate: [
      'Der Neubau wird im Passivhausstandard errichtet und mit einer Photovoltaikanlage ausgestattet; gegenüber dem Bestandsgebäude sinkt der Energiebedarf um etwa 60 Prozent.',
    ],
    context: [
      'Die Nachfrage nach Plätzen an {schule_dat} ist seit Jahren hoch. Für das kommende Schuljahr liegen {anzahl} Anmeldungen vor; die vorhandenen Räume reichen bereits heute nicht aus, sodass zwei Klassen in Containern unterrichtet werden.',
      'Das Gebäude aus den 1970er Jahren ist energetisch und technisch sanierungsbedürftig. Eine Untersuchung des Fachdienstes Gebäude- und Liegenschaftsmanagement hat ergeben, dass Dach, Fenster und Heizungsanlage erneuert werden müssen.',
      'Mit dem Ausbau der Ganztagsangebote steigt der Bedarf an Mensen, Aufenthaltsräumen und Differenzierungsräumen. Der Kreis ist als Schulträger der weiterführenden Schulen und der Berufsbildenden Schulen gefordert, die räumlichen Voraussetzungen zu schaffen.',
      'Im Rahmen des Digitalpakts Schule wurden bislang {anzahl} Klassenräume mit digitalen Tafeln ausgestattet. Die Wartung der Geräte und der Ersatz der ersten Generation von Tablets müssen künftig aus eigenen Mitteln finanziert werden.',
    ],
    measures: [
      'Erweiterungsbau mit acht Unterrichtsräumen',
      'Sanierung der Sporthalle',
      'Erneuerung der Heizungsanlage',
      'Ausbau des WLAN in allen Gebäudeteilen',
      'barrierefreier Zugang und Aufzug',
      'neue Mensa mit 180 Plätzen',
    ],
    decisions: [
      {
        title: 'Erweiterungsbau an {schule_dat} – Entwurfsplanung und Kostenberechnung',
        clause: 'der Entwurfsplanung für den Erweiterungsbau an {schule_dat} zuzustimmen und die Verwaltung mit der Ausführungsplanung zu beauftragen',
        council: true,
      },
      {
        title: 'Sanierung der Sporthalle {schule_gen}',
        clause: 'die Sanierung der Sporthalle {schule_gen} mit Gesamtkosten von {betrag} durchzuführen',
        council: true,
      },
      {
        title: 'Schulentwicklungsplan für die weiterführenden Schulen {jahr}–{plus5}',
        clause: 'den Schulentwicklungsplan für die weiterführenden Schulen für den Zeitraum {jahr} bis {plus5} zu beschließen',
        council: true,
      },
      {
        title: 'Ersatzbeschaffung digitaler Endgeräte für die Schulen des Kreises',
        clause: 'der Ersatzbeschaffung digitaler Endgeräte im Umfang von {betrag} zuzustimmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Schülerzahlen an den Schulen des Kreises zum Schuljahr {jahr}/{folgejahr}',
        points: [
          'Die Gesamtschülerzahl ist leicht gestiegen.',
          'An {schule_dat} wurden erneut mehr Anmeldungen abgelehnt, als Plätze vorhanden waren.',
          'Die Berufsbildenden Schulen verzeichnen mehr Schülerinnen und Schüler in den Sprachlernklassen.',
        ],
      },
      {
        title: 'Sachstand der Schulbaumaßnahmen {jahr}',
        points: [
          'Der Erweiterungsbau an {schule_dat} liegt im Zeit- und Kostenrahmen.',
          'Bei der Sanierung in {ort} haben sich Verzögerungen durch Lieferengpässe ergeben.',
          'Für zwei Maßnahmen wurden Fördermittel aus dem Ganztagsprogramm bewilligt.',
        ],
      },
    ],
    motions: [
      {
        title: 'Trinkwasserspender an allen Schulen des Kreises',
        requests: ['An allen Schulen in Trägerschaft des Kreises werden bis zum Ende des Schuljahres {folgejahr}/{folgejahr2} Trinkwasserspender aufgestellt.'],
        reasons: ['Ausreichendes Trinken fördert Konzentration und Gesundheit. Leitungswasser ist günstig und klimafreundlich.'],
      },
      {
        title: 'Machbarkeitsstudie für eine weitere Gesamtschule im Süden des Kreises',
        requests: ['Die Verwaltung wird beauftragt, eine Machbarkeitsstudie für eine Gesamtschule im Raum {ort} zu vergeben.'],
        reasons: ['Die Gesamtschulen im Kreis müssen jedes Jahr Anmeldungen ablehnen. Schülerinnen und Schüler aus dem Süden haben lange Schulwege.'],
      },
    ],
    questions: [
      {
        subject: 'zum Sanierungsstau an den Schulen des Kreises',
        questions: [
          'Wie hoch schätzt die Verwaltung den Sanierungsbedarf an den kreiseigenen Schulgebäuden?',
          'Welche Maßnahmen sind für die nächsten drei Jahre vorgesehen?',
          'Welche Fördermittel werden in Anspruch genommen?',
        ],
        answers: [
          'Der Sanierungsbedarf wird derzeit auf rund 48 Mio. € geschätzt.',
          'Vorgesehen sind insbesondere die Sanierung {schule_gen} und die Erneuerung mehrerer Heizungsanlagen.',
          'Genutzt werden das Ganztagsprogramm sowie Mittel der Städtebauförderung.',
        ],
      },
    ],
    annexes: ['Lageplan-Erläuterung', 'Kostenaufstellung', 'Raumprogramm'],
    briefings: ['Bericht der Schulleitungen zum Ganztagsausbau', 'Sachstand Digitalpakt Schule (mündlicher Bericht)'],
  },
];
