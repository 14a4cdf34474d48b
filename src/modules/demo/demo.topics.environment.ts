/**
 * @module demo/topics.environment
 * More topics of Bauen, Umwelt und Mobilität and the Stabsstellen: Abfallwirtschaft, Naturschutz, Bauaufsicht and Rettungsdienst.
 */
import type { Topic } from './demo.topics.types.ts';

export const environmentTopics: Topic[] = [
  {
    key: 'abfall',
    committee: 'BUA',
    unit: 'FD 70',
    climate: ['Die getrennte Erfassung von Bioabfällen ermöglicht ihre Vergärung; das gewonnene Biogas ersetzt fossiles Erdgas.'],
    context: [
      'Der Kreis ist öffentlich-rechtlicher Entsorgungsträger. Die Abfallgebühren müssen kostendeckend kalkuliert werden; Überschüsse und Fehlbeträge werden in den folgenden Kalkulationszeitraum übertragen.',
      'Die Kosten für Sammlung und Verwertung sind im laufenden Jahr vor allem wegen höherer Personal- und Kraftstoffkosten gestiegen. Gleichzeitig sind die Erlöse für Altpapier gesunken.',
      'Der Wertstoffhof in {ort} ist stark ausgelastet; an Samstagen kommt es regelmäßig zu Rückstaus auf die Kreisstraße.',
    ],
    measures: [
      'Erweiterung des Wertstoffhofs {ort}',
      'Einführung der Biotonne im gesamten Kreisgebiet',
      'Sperrmüll auf Abruf mit Online-Terminvergabe',
      'Kampagne gegen illegale Müllablagerungen',
    ],
    decisions: [
      {
        title: 'Abfallgebührensatzung – Gebührenkalkulation {folgejahr}',
        clause: 'die Satzung zur Änderung der Abfallgebührensatzung in der Fassung der Anlage zu beschließen',
        council: true,
      },
      {
        title: 'Erweiterung des Wertstoffhofs {ort}',
        clause: 'der Erweiterung des Wertstoffhofs {ort} mit Gesamtkosten von {betrag} zuzustimmen',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Abfallbilanz des Kreises Nordheide {vorjahr}',
        points: ['Die Restabfallmenge je Einwohnerin und Einwohner sank auf 148 Kilogramm.', 'Die Biotonne wird von {prozent} Prozent der Haushalte genutzt.'],
      },
    ],
    motions: [
      {
        title: 'Tauschregale und Reparaturcafés auf Wertstoffhöfen',
        requests: ['Auf den Wertstoffhöfen des Kreises werden Tauschregale eingerichtet.', 'Reparaturcafés erhalten die Möglichkeit, sich dort vorzustellen.'],
        reasons: ['Was noch brauchbar ist, gehört nicht in den Container.'],
      },
    ],
    questions: [
      {
        subject: 'zu illegalen Müllablagerungen',
        questions: ['Wie viele illegale Ablagerungen wurden im letzten Jahr gemeldet?', 'Welche Kosten sind dem Kreis entstanden?'],
        answers: ['Es wurden {anzahl} Ablagerungen gemeldet.', 'Für Beseitigung und Entsorgung entstanden Kosten von rund 86.000 €.'],
      },
    ],
    annexes: ['Gebührenkalkulation', 'Satzung (Entwurf)'],
    briefings: ['Bericht zur Einführung der Biotonne'],
  },
  {
    key: 'natur',
    committee: 'BUA',
    unit: 'FD 70',
    climate: ['Die Unterschutzstellung sichert Moorflächen, die große Mengen Kohlenstoff speichern.'],
    context: [
      'Das Moorgebiet zwischen {ort} und {ort2} ist Lebensraum zahlreicher gefährdeter Arten, darunter Kranich und Moorfrosch. Die bestehende Schutzgebietsverordnung stammt aus dem Jahr 1978 und entspricht nicht mehr den rechtlichen Anforderungen.',
      'Im Beteiligungsverfahren sind {anzahl} Stellungnahmen eingegangen, überwiegend von Landwirtinnen und Landwirten sowie Naturschutzverbänden. Die Abwägung ist in der Anlage dokumentiert.',
      'Die Ausbreitung des Jakobskreuzkrauts auf Weiden und an Straßenrändern bereitet Tierhaltern Sorge. Der Kreis stimmt sein Vorgehen mit der Landwirtschaftskammer ab.',
    ],
    measures: [
      'Wiedervernässung von Moorflächen',
      'Pflege der Straßenbegleitgrün-Flächen nach ökologischen Gesichtspunkten',
      'Kompensationsflächenkataster',
      'Förderung von Blühstreifen',
    ],
    decisions: [
      {
        title: 'Verordnung über das Landschaftsschutzgebiet „Moorniederung {ort}“',
        clause: 'die Verordnung über das Landschaftsschutzgebiet „Moorniederung {ort}“ in der Fassung der Anlage zu erlassen',
        council: true,
      },
      {
        title: 'Ökologische Pflege des Straßenbegleitgrüns an Kreisstraßen',
        clause: 'das Pflegekonzept für das Straßenbegleitgrün an Kreisstraßen anzuwenden',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Bericht der unteren Naturschutzbehörde {vorjahr}',
        points: ['Es wurden {anzahl} naturschutzrechtliche Genehmigungen erteilt.', 'Die Wiedervernässung im Bereich {ort} hat begonnen.'],
      },
    ],
    motions: [
      {
        title: 'Blühstreifen an Kreisstraßen',
        requests: ['Geeignete Randstreifen an Kreisstraßen werden mit regionalem Saatgut als Blühstreifen angelegt.'],
        reasons: ['Blühstreifen bieten Insekten Nahrung und vernetzen Lebensräume.'],
      },
    ],
    questions: [
      {
        subject: 'zum Jakobskreuzkraut im Kreisgebiet',
        questions: ['Wie hat sich die Verbreitung des Jakobskreuzkrauts entwickelt?', 'Welche Maßnahmen ergreift der Kreis an seinen Straßen?'],
        answers: ['Die Bestände haben nach Beobachtung der Straßenmeisterei zugenommen.', 'Befallene Flächen werden vor der Samenreife gemäht.'],
      },
    ],
    annexes: ['Verordnungsentwurf mit Karte (Erläuterung)', 'Abwägungstabelle'],
    briefings: ['Bericht zur Kranichrast im Herbst'],
  },
  {
    key: 'bau',
    committee: 'BUA',
    unit: 'FD 63',
    context: [
      'Die Bauaufsicht des Kreises hat im vergangenen Jahr {anzahl} Bauanträge bearbeitet. Die durchschnittliche Bearbeitungsdauer ist durch die Einführung des digitalen Bauantrags gesunken.',
      'Mit dem digitalen Bauantrag können Unterlagen vollständig elektronisch eingereicht werden. Die beteiligten Stellen erhalten die Unterlagen gleichzeitig und können parallel Stellung nehmen.',
      'Der Kreis ist für die Gemeinde {ort} untere Bauaufsichtsbehörde; Anfragen zu Vorhaben im Außenbereich nehmen zu.',
    ],
    measures: ['digitaler Bauantrag', 'Sprechtage in {ort}', 'Leitfaden für Bauen im Außenbereich', 'Checkliste für vollständige Bauanträge'],
    decisions: [
      {
        title: 'Gebührenordnung für Leistungen der Bauaufsicht',
        clause: 'der Anpassung der Verwaltungskostensatzung für Leistungen der Bauaufsicht zuzustimmen',
        council: true,
      },
    ],
    reports: [
      {
        title: 'Tätigkeitsbericht der Bauaufsicht {vorjahr}',
        points: [
          'Eingegangen sind {anzahl} Bauanträge.',
          '{prozent} Prozent der Anträge wurden digital gestellt.',
          'Die mittlere Bearbeitungsdauer lag bei sieben Wochen.',
        ],
      },
    ],
    motions: [
      {
        title: 'Bauberatung vor Ort in den Gemeinden',
        requests: ['Die Bauaufsicht bietet monatliche Sprechtage in den Gemeinden an.'],
        reasons: ['Eine frühe Beratung vermeidet unvollständige Anträge und lange Verfahren.'],
      },
    ],
    questions: [
      {
        subject: 'zur Bearbeitungsdauer von Bauanträgen',
        questions: ['Wie lange dauert die Bearbeitung eines Bauantrags im Durchschnitt?', 'Wie viele Stellen sind in der Bauaufsicht unbesetzt?'],
        answers: [
          'Die durchschnittliche Bearbeitungsdauer liegt bei sieben Wochen ab Vollständigkeit.',
          'Derzeit sind zwei Stellen unbesetzt; die Ausschreibungen laufen.',
        ],
      },
    ],
    annexes: ['Satzungsentwurf', 'Statistik Bauanträge'],
    briefings: ['Vorstellung des digitalen Bauantrags'],
  },
  {
    key: 'rettung',
    committee: 'HA',
    unit: 'FD 32',
    context: [
      'Der Kreis ist Träger des Rettungsdienstes. Nach dem Bedarfsplan soll ein Rettungswagen jeden Einsatzort an einer Straße in 95 Prozent der Fälle innerhalb von 15 Minuten erreichen. In den Randlagen um {ort} wird diese Frist bislang nicht eingehalten.',
      'Die Rettungswache in {ort2} entspricht nicht mehr den Anforderungen an Hygiene und Arbeitsschutz. Ein Neubau auf einem kreiseigenen Grundstück ist geplant.',
      'Der Katastrophenschutz wurde nach den Erfahrungen der letzten Hochwasser neu aufgestellt. Dazu gehören zusätzliche Notstromaggregate und ein Sirenennetz für alle Gemeinden.',
    ],
    measures: [
      'zusätzlicher Rettungswagen am Standort {ort}',
      'Neubau der Rettungswache {ort2}',
      'Ausbau des Sirenennetzes',
      'Ersthelfer-App für registrierte Helferinnen und Helfer',
    ],
    decisions: [
      {
        title: 'Fortschreibung des Bedarfsplans Rettungsdienst',
        clause: 'die Fortschreibung des Bedarfsplans Rettungsdienst in der Fassung der Anlage zu beschließen',
        council: true,
      },
      { title: 'Neubau der Rettungswache {ort}', clause: 'dem Neubau der Rettungswache {ort} mit Gesamtkosten von {betrag} zuzustimmen', council: true },
      {
        title: 'Beschaffung von Sirenen für den Bevölkerungsschutz',
        clause: 'der Beschaffung von {anzahl} Sirenen für den Bevölkerungsschutz zuzustimmen',
        council: false,
      },
    ],
    reports: [
      {
        title: 'Einsatzstatistik des Rettungsdienstes {vorjahr}',
        points: ['Der Rettungsdienst rückte {anzahl} Mal aus.', 'Die Hilfsfrist wurde in {prozent} Prozent der Fälle eingehalten.'],
      },
    ],
    motions: [
      {
        title: 'Ersthelfer-App im Kreis einführen',
        requests: ['Der Kreis führt eine App ein, mit der registrierte Ersthelferinnen und Ersthelfer zu Notfällen in ihrer Nähe alarmiert werden.'],
        reasons: ['In ländlichen Räumen können Ersthelfer die Zeit bis zum Eintreffen des Rettungsdienstes überbrücken.'],
      },
    ],
    questions: [
      {
        subject: 'zur Einhaltung der Hilfsfrist im Rettungsdienst',
        questions: ['In wie vielen Fällen wurde die Hilfsfrist im vergangenen Jahr überschritten?', 'Welche Gebiete sind besonders betroffen?'],
        answers: ['Die Hilfsfrist wurde in {anzahl} Fällen überschritten.', 'Betroffen sind vor allem die Randlagen um {ort}.'],
      },
    ],
    annexes: ['Bedarfsplan Rettungsdienst', 'Lageplan-Erläuterung', 'Kostenaufstellung'],
    briefings: ['Bericht zur Übung des Katastrophenschutzes'],
  },
];
