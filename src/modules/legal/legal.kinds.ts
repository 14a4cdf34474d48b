/**
 * @module legal/kinds — the five legally required pages: their permalinks, titles and what the law
 * asks of each. The paths are stable: other sites and printed material link them.
 */
import { legalPageKinds, type LegalPageKind } from './legal.tables.ts';

export { legalPageKinds, type LegalPageKind };

export interface LegalPageInfo {
  kind: LegalPageKind;
  path: `/${string}`;
  title: string;
  /** The footer's shorter label. */
  label: string;
  description: string;
  /** One line for the administration: why the page exists. */
  basis: string;
}

export const legalPages: Record<LegalPageKind, LegalPageInfo> = {
  impressum: {
    kind: 'impressum',
    path: '/impressum',
    title: 'Impressum',
    label: 'Impressum',
    description: 'Wer diese Website herausgibt und für ihren Inhalt verantwortlich ist.',
    basis: 'Anbieterkennzeichnung nach § 5 DDG und § 18 MStV.',
  },
  datenschutz: {
    kind: 'datenschutz',
    path: '/datenschutz',
    title: 'Datenschutzerklärung',
    label: 'Datenschutz',
    description: 'Welche personenbezogenen Daten diese Website verarbeitet, wozu, und welche Rechte Sie haben.',
    basis: 'Informationspflichten nach Art. 13 und 14 DSGVO.',
  },
  barrierefreiheit: {
    kind: 'barrierefreiheit',
    path: '/barrierefreiheit',
    title: 'Erklärung zur Barrierefreiheit',
    label: 'Barrierefreiheit',
    description: 'Wie barrierefrei diese Website ist, wie Sie Barrieren melden und an wen Sie sich wenden können.',
    basis: 'Erklärung zur Barrierefreiheit nach § 7 BITV 2.0 mit Feedback-Mechanismus und Schlichtungsverfahren.',
  },
  'leichte-sprache': {
    kind: 'leichte-sprache',
    path: '/leichte-sprache',
    title: 'Leichte Sprache',
    label: 'Leichte Sprache',
    description: 'Informationen zu dieser Website in Leichter Sprache.',
    basis: 'Erläuterungen in Leichter Sprache nach § 4 BITV 2.0.',
  },
  gebaerdensprache: {
    kind: 'gebaerdensprache',
    path: '/gebaerdensprache',
    title: 'Deutsche Gebärdensprache',
    label: 'Gebärdensprache',
    description: 'Informationen zu dieser Website in Deutscher Gebärdensprache (Video).',
    basis: 'Erläuterungen in Deutscher Gebärdensprache nach § 4 BITV 2.0.',
  },
};

export const FEEDBACK_PATH = '/barrierefreiheit/rueckmeldung';
