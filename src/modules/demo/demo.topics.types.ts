/**
 * @module demo/topics.types
 * The shape of the topic catalogue that Vorlagen, Anträge and Anfragen are written from. Text
 * templates may contain slots in braces ({ort}, {schule_gen}, {strasse}, {jahr}, {folgejahr},
 * {betrag}, {anzahl}, {prozent}, {monat}) that demo/texts fills per paper, so a title and its
 * body speak of the same place, school and sum.
 */

export interface DecisionTemplate {
  title: string;
  /** Infinitive clause: „Der Kreistag beschließt, {clause}.“ */
  clause: string;
  /** Needs the Kreistag (Satzungen, Pläne, large sums), otherwise the Ausschuss decides. */
  council: boolean;
}

export interface ReportTemplate {
  title: string;
  /** Findings listed in the Sachverhalt. */
  points: string[];
}

export interface MotionTemplate {
  title: string;
  /** What the Kreistag is asked to resolve, one item each. */
  requests: string[];
  reasons: string[];
}

export interface QuestionTemplate {
  /** Continues „Anfrage der SPD-Fraktion …“, e.g. „zur Schülerbeförderung im ländlichen Raum“. */
  subject: string;
  questions: string[];
  /** One answer per question, in the same order. */
  answers: string[];
}

export interface Topic {
  key: string;
  /** Fachausschuss that advises or decides. */
  committee: string;
  /** Verwaltung unit with the Federführung. */
  unit: string;
  /** Beirat heard on this topic, if any. */
  advisory?: string;
  /** Goes through the Finanzausschuss before the Kreistag. */
  financial?: boolean;
  /** Sentences on climate relevance when it is not „keine“. */
  climate?: string[];
  context: string[];
  measures: string[];
  decisions: DecisionTemplate[];
  reports: ReportTemplate[];
  motions: MotionTemplate[];
  questions: QuestionTemplate[];
  /** Names of Anlagen that papers on this topic carry. */
  annexes: string[];
  /** Items a meeting hears without a Vorlage (oral reports), to round off short agendas. */
  briefings: string[];
}
