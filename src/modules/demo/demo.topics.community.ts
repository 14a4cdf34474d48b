/**
 * @module demo/topics.community
 * More topics of the Fachbereich Jugend, Schule, Soziales und Gesundheit: Kultur, Integration, Pflege, Gesundheit and Teilhabe.
 */
import type { Topic } from './demo.topics.types.ts';

export const communityTopics: Topic[] = [
  {
    key: 'kultur',
    committee: 'SKA',
    unit: 'FD 40',
    context: [
      'Die Kreismusikschule unterrichtet rund {anzahl} Schülerinnen und Schüler an zwölf Standorten. Die Nachfrage nach Instrumentalunterricht übersteigt das Angebot; die Warteliste ist lang.',
      'Das Kreisarchiv verwahrt die Überlieferung der Kreisverwaltung seit 1885. Die Magazinräume im Kreishaus sind weitgehend gefüllt, die klimatischen Bedingungen entsprechen nicht mehr den fachlichen Anforderungen.',
      'Mit der Kulturförderrichtlinie unterstützt der Kreis Vereine und Initiativen bei Projekten mit überörtlicher Bedeutung. Im vergangenen Jahr wurden {anzahl} Projekte gefördert.',
    ],
    measures: [
      'Ausbau des Unterrichts an Grundschulen',
      'Digitalisierung der Bestände des Kreisarchivs',
      'Kulturtage Nordheide im Herbst',
      'Förderung von Heimatmuseen in {ort} und {ort2}',
    ],
    decisions: [
      {
        title: 'Neufassung der Gebührenordnung der Kreismusikschule',
        clause: 'die Gebührenordnung der Kreismusikschule in der Fassung der Anlage zum 1. August {folgejahr} zu beschließen',
        council: true,
      },
      {
        title: 'Förderung des Heimatmuseums {ort}',
        clause: 'dem Heimatverein {ort} für die Neugestaltung der Dauerausstellung einen Zuschuss von {betrag} zu gewähren',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Jahresbericht der Kreismusikschule {vorjahr}',
        points: [
          'Die Zahl der Unterrichtsstunden ist um {prozent} Prozent gestiegen.',
          'Das Ensemble „Nordheider Bläser“ hat beim Landeswettbewerb einen Preis erhalten.',
        ],
      },
    ],
    motions: [
      {
        title: 'Kulturtage Nordheide als jährliche Veranstaltung',
        requests: ['Die Kulturtage Nordheide werden ab {folgejahr} jährlich ausgerichtet.', 'Im Haushalt werden hierfür 25.000 € bereitgestellt.'],
        reasons: ['Die ersten Kulturtage haben gezeigt, wie vielfältig die Kulturlandschaft im Kreis ist.'],
      },
    ],
    questions: [
      {
        subject: 'zur Warteliste der Kreismusikschule',
        questions: ['Wie viele Kinder stehen auf der Warteliste der Kreismusikschule?', 'Welche Instrumente sind besonders gefragt?'],
        answers: ['Zum Stichtag standen {anzahl} Kinder auf der Warteliste.', 'Besonders gefragt sind Klavier, Gitarre und Schlagzeug.'],
      },
    ],
    annexes: ['Gebührenordnung (Entwurf)', 'Projektbeschreibung'],
    briefings: ['Vorstellung des Programms der Kulturtage Nordheide'],
  },
  {
    key: 'integration',
    committee: 'SGA',
    unit: 'KIT',
    advisory: 'IB',
    context: [
      'Im Kreis Nordheide leben Menschen aus über {anzahl} Nationen. Die Koordinierungsstelle für Integration und Teilhabe bündelt die Angebote des Kreises und arbeitet eng mit den Gemeinden, den Wohlfahrtsverbänden und den Migrantenorganisationen zusammen.',
      'Die Zahl der Menschen, die dem Kreis zur Unterbringung zugewiesen werden, ist im laufenden Jahr erneut gestiegen. Die Gemeinden melden, dass geeigneter Wohnraum kaum noch zur Verfügung steht.',
      'Das Integrationskonzept des Kreises stammt aus dem Jahr 2016 und soll unter Beteiligung des Integrationsbeirates fortgeschrieben werden. Schwerpunkte sind Sprache, Arbeit, Wohnen und gesellschaftliche Teilhabe.',
      'Ehrenamtliche Sprachpatinnen und Sprachpaten leisten einen wichtigen Beitrag. Der Kreis unterstützt sie mit Fortbildungen und einer Aufwandsentschädigung.',
    ],
    measures: [
      'Aktionsplan Integration mit 24 Einzelmaßnahmen',
      'Ausbau der Sprachkurse mit Kinderbetreuung',
      'Integrationslotsen in {ort} und {ort2}',
      'Anerkennungsberatung für ausländische Berufsabschlüsse',
      'Dolmetscherpool für Beratungsgespräche',
    ],
    decisions: [
      {
        title: 'Aktionsplan Integration {jahr}–{plus3}',
        clause: 'dem Aktionsplan Integration {jahr}–{plus3} zuzustimmen und die Verwaltung mit der Umsetzung zu beauftragen',
        council: true,
      },
      {
        title: 'Anmietung einer Gemeinschaftsunterkunft in {ort}',
        clause: 'der Anmietung eines Gebäudes in {ort} als Gemeinschaftsunterkunft für bis zu {anzahl} Personen zuzustimmen',
        council: true,
      },
      {
        title: 'Förderung von Sprachkursen mit Kinderbetreuung',
        clause: 'für Sprachkurse mit Kinderbetreuung im Jahr {folgejahr} Mittel in Höhe von {betrag} bereitzustellen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Sachstand Unterbringung und Integration Geflüchteter – {stand}',
        points: [
          'Dem Kreis wurden seit Jahresbeginn {anzahl} Personen zugewiesen.',
          'Die Gemeinschaftsunterkünfte sind zu {prozent} Prozent belegt.',
          'Die Wartezeit auf einen Integrationskurs beträgt derzeit etwa drei Monate.',
        ],
      },
      {
        title: 'Bericht der Koordinierungsstelle für Integration und Teilhabe {vorjahr}',
        points: [
          'Die Anerkennungsberatung wurde in {anzahl} Fällen in Anspruch genommen.',
          'Der Dolmetscherpool umfasst inzwischen 40 Sprachmittlerinnen und Sprachmittler.',
        ],
      },
    ],
    motions: [
      {
        title: 'Willkommenslotsen für Betriebe im Kreis',
        requests: [
          'Die Verwaltung prüft gemeinsam mit der Wirtschaftsförderung die Einrichtung von Willkommenslotsen für kleine und mittlere Betriebe.',
          'Über das Ergebnis wird im Sozial- und Gesundheitsausschuss berichtet.',
        ],
        reasons: ['Viele Betriebe suchen Fachkräfte und sind bereit, Geflüchtete einzustellen, scheuen aber den bürokratischen Aufwand.'],
      },
    ],
    questions: [
      {
        subject: 'zur Belegung der Gemeinschaftsunterkünfte',
        questions: [
          'Wie viele Plätze stehen in den Gemeinschaftsunterkünften des Kreises zur Verfügung?',
          'Wie hoch ist die aktuelle Belegung?',
          'Welche weiteren Standorte werden geprüft?',
        ],
        answers: [
          'Es stehen derzeit 420 Plätze zur Verfügung.',
          'Die Belegung liegt bei {prozent} Prozent.',
          'Geprüft werden Objekte in {ort} und {ort2}; Gespräche mit den Eigentümern laufen.',
        ],
      },
    ],
    annexes: ['Aktionsplan Integration', 'Übersicht der Maßnahmen', 'Stellungnahme des Integrationsbeirates'],
    briefings: ['Bericht zur Lage in den Gemeinschaftsunterkünften', 'Vorstellung des Dolmetscherpools'],
  },
  {
    key: 'pflege',
    committee: 'SGA',
    unit: 'FD 50',
    advisory: 'SB',
    context: [
      'Die Zahl der pflegebedürftigen Menschen im Kreis Nordheide wird nach der Pflegeprognose bis 2035 um etwa {prozent} Prozent steigen. Schon heute fehlen Kurzzeitpflegeplätze und ambulante Pflegekräfte.',
      'Der Pflegestützpunkt berät Pflegebedürftige und ihre Angehörigen kostenlos und unabhängig. Im vergangenen Jahr fanden {anzahl} Beratungen statt, ein wachsender Teil davon als Hausbesuch.',
      'Die örtliche Pflegeplanung nach dem Niedersächsischen Pflegegesetz wird alle fünf Jahre fortgeschrieben. Sie beschreibt das vorhandene Angebot und leitet Handlungsempfehlungen für den Kreis und die Gemeinden ab.',
    ],
    measures: [
      'Außensprechstunden des Pflegestützpunktes in {ort}',
      'Förderung von Kurzzeitpflegeplätzen',
      'Pflegekonferenz mit allen Trägern',
      'Unterstützung pflegender Angehöriger durch Gesprächskreise',
    ],
    decisions: [
      {
        title: 'Örtliche Pflegeplanung {jahr}',
        clause: 'die örtliche Pflegeplanung {jahr} zu beschließen und die Handlungsempfehlungen zur Grundlage der weiteren Arbeit zu machen',
        council: true,
      },
      {
        title: 'Förderprogramm Kurzzeitpflege',
        clause: 'ein Förderprogramm zur Schaffung zusätzlicher Kurzzeitpflegeplätze mit einem Volumen von {betrag} aufzulegen',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Tätigkeitsbericht des Pflegestützpunktes {vorjahr}',
        points: [
          'Es fanden {anzahl} Beratungen statt.',
          'Die Außensprechstunde in {ort} wird gut angenommen.',
          'Häufigstes Thema war die Suche nach einem Kurzzeitpflegeplatz.',
        ],
      },
    ],
    motions: [
      {
        title: 'Gemeindeschwestern plus im Kreis erproben',
        requests: ['Die Verwaltung entwickelt ein Modellprojekt für präventive Hausbesuche bei älteren Menschen in zwei Gemeinden.'],
        reasons: ['Präventive Hausbesuche helfen älteren Menschen, möglichst lange selbstständig zu Hause zu leben.'],
      },
    ],
    questions: [
      {
        subject: 'zu Kurzzeitpflegeplätzen im Kreisgebiet',
        questions: ['Wie viele Kurzzeitpflegeplätze gibt es im Kreisgebiet?', 'Wie viele Anfragen konnten im vergangenen Jahr nicht bedient werden?'],
        answers: [
          'Im Kreisgebiet gibt es derzeit 38 eingestreute und 12 solitäre Kurzzeitpflegeplätze.',
          'Nach Angaben der Einrichtungen konnten etwa {anzahl} Anfragen nicht bedient werden.',
        ],
      },
    ],
    annexes: ['Pflegeplanung – Datenteil', 'Stellungnahme des Seniorenbeirates'],
    briefings: ['Bericht aus der Pflegekonferenz', 'Vorstellung des Pflegestützpunktes'],
  },
  {
    key: 'gesundheit',
    committee: 'SGA',
    unit: 'FD 53',
    context: [
      'In mehreren Gemeinden des Kreises ist die hausärztliche Versorgung gefährdet. In {ort} werden zwei Praxen in den nächsten Jahren altersbedingt schließen, ohne dass eine Nachfolge gefunden ist.',
      'Das Gesundheitsamt nimmt neben dem Infektionsschutz zahlreiche Aufgaben wahr: Schuleingangsuntersuchungen, Trinkwasserüberwachung und den sozialpsychiatrischen Dienst. Die Zahl der Schuleingangsuntersuchungen lag zuletzt bei {anzahl}.',
      'Der Kreis beteiligt sich an einem Stipendienprogramm für Medizinstudierende, die sich verpflichten, nach der Facharztausbildung im ländlichen Raum tätig zu werden.',
    ],
    measures: [
      'Landarztstipendium mit monatlich 500 €',
      'Unterstützung bei der Gründung eines medizinischen Versorgungszentrums',
      'Famulaturen in Praxen des Kreises',
      'Ausbau des sozialpsychiatrischen Dienstes',
    ],
    decisions: [
      {
        title: 'Landarztstipendium des Kreises Nordheide',
        clause: 'ab dem Wintersemester {jahr}/{folgejahr} jährlich bis zu fünf Landarztstipendien zu vergeben',
        council: true,
      },
      {
        title: 'Beteiligung an der Gründung eines medizinischen Versorgungszentrums in {ort}',
        clause: 'einer Beteiligung des Kreises an der Gründung eines kommunalen medizinischen Versorgungszentrums in {ort} grundsätzlich zuzustimmen',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Ergebnisse der Schuleingangsuntersuchungen {vorjahr}',
        points: [
          'Untersucht wurden {anzahl} Kinder.',
          'Bei {prozent} Prozent wurde ein Förderbedarf in der Sprachentwicklung festgestellt.',
          'Die Impfquoten liegen über dem Landesdurchschnitt.',
        ],
      },
    ],
    motions: [
      {
        title: 'Defibrillatoren in allen Gebäuden des Kreises',
        requests: ['In allen öffentlich zugänglichen Gebäuden des Kreises werden automatisierte externe Defibrillatoren bereitgestellt.'],
        reasons: ['Beim plötzlichen Herzstillstand zählt jede Minute.'],
      },
    ],
    questions: [
      {
        subject: 'zur hausärztlichen Versorgung in {ort}',
        questions: ['Wie viele Hausarztsitze sind in {ort} derzeit unbesetzt?', 'Welche Unterstützung bietet der Kreis bei der Praxisnachfolge?'],
        answers: [
          'Nach Auskunft der Kassenärztlichen Vereinigung sind im Planungsbereich zwei Sitze unbesetzt.',
          'Der Kreis bietet Beratung durch die Wirtschaftsförderung sowie das Landarztstipendium an.',
        ],
      },
    ],
    annexes: ['Richtlinie Landarztstipendium', 'Versorgungsanalyse'],
    briefings: ['Bericht des Gesundheitsamtes zur Infektionslage'],
  },
  {
    key: 'teilhabe',
    committee: 'SGA',
    unit: 'FD 50',
    advisory: 'BMB',
    context: [
      'Nach der UN-Behindertenrechtskonvention haben Menschen mit Behinderung das Recht auf volle und gleichberechtigte Teilhabe. Der Kreis hat sich mit dem Teilhabeplan verpflichtet, Barrieren in seinen Gebäuden, Angeboten und Informationen abzubauen.',
      'Von den {anzahl} Bushaltestellen im Kreisgebiet sind erst etwa {prozent} Prozent barrierefrei ausgebaut. Die Gemeinden als Baulastträger erhalten für den Umbau Fördermittel des Landes und des Kreises.',
      'Der Beirat für Menschen mit Behinderung hat angeregt, Bescheide und Informationen des Kreises auch in Leichter Sprache anzubieten.',
    ],
    measures: [
      'barrierefreier Umbau von Haltestellen',
      'Informationen in Leichter Sprache',
      'induktive Höranlage im Großen Sitzungssaal',
      'Beratungsangebot der ergänzenden unabhängigen Teilhabeberatung',
    ],
    decisions: [
      { title: 'Teilhabeplan des Kreises Nordheide – Fortschreibung {jahr}', clause: 'der Fortschreibung des Teilhabeplans zuzustimmen', council: true },
      {
        title: 'Förderung des barrierefreien Ausbaus von Bushaltestellen',
        clause: 'den Gemeinden für den barrierefreien Ausbau von Bushaltestellen im Jahr {folgejahr} Zuschüsse von insgesamt {betrag} zu gewähren',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Umsetzungsstand des Teilhabeplans {jahr}',
        points: [
          'Von 42 Maßnahmen sind 17 abgeschlossen.',
          'Im Kreishaus wurde eine induktive Höranlage eingebaut.',
          'Die Internetseite des Kreises wurde auf Barrierefreiheit geprüft.',
        ],
      },
    ],
    motions: [
      {
        title: 'Leichte Sprache in der Kreisverwaltung',
        requests: ['Die wichtigsten Informationen und Formulare des Kreises werden bis Ende {folgejahr} auch in Leichter Sprache angeboten.'],
        reasons: ['Viele Menschen haben Schwierigkeiten, Verwaltungstexte zu verstehen.'],
      },
    ],
    questions: [
      {
        subject: 'zur Barrierefreiheit der Bushaltestellen',
        questions: ['Wie viele Haltestellen sind barrierefrei ausgebaut?', 'Bis wann soll der Ausbau abgeschlossen sein?'],
        answers: [
          'Derzeit sind {anzahl} Haltestellen vollständig barrierefrei.',
          'Nach der Planung der Gemeinden wird der Ausbau der stark genutzten Haltestellen bis 2030 abgeschlossen.',
        ],
      },
    ],
    annexes: ['Teilhabeplan', 'Stellungnahme des Beirates für Menschen mit Behinderung'],
    briefings: ['Bericht der ergänzenden unabhängigen Teilhabeberatung'],
  },
];
