/**
 * @module legal/feedback — the feedback mechanism of § 7 BITV 2.0: a reader's report of a
 * barrier goes by e-mail to the body. The reader's address, when given, becomes the Reply-To, so
 * the body answers the reader directly; nothing of it is stored in the database.
 */
import type { Mailer } from '../../infra/mailer.ts';

export interface Feedback {
  message: string;
  /** Where the barrier is (an address or a description), optional. */
  page: string;
  name: string;
  email: string;
}

export function feedbackMail(feedback: Feedback, site: { bodyName: string; siteUrl: string; to: string; sentAt: Date }) {
  const lines = [
    `Über das Formular für Rückmeldungen zur Barrierefreiheit auf ${site.siteUrl} kam diese Nachricht:`,
    '',
    feedback.message,
    '',
    `Betroffene Seite oder Inhalt: ${feedback.page || 'nicht angegeben'}`,
    `Name: ${feedback.name || 'nicht angegeben'}`,
    `E-Mail-Adresse: ${feedback.email || 'nicht angegeben (keine Antwort möglich)'}`,
    `Gesendet: ${site.sentAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}`,
    '',
    'Nach § 7 BITV 2.0 ist die Rückmeldung zu beantworten. Bleibt sie ohne zufriedenstellende Antwort, kann sich die Person an die Schlichtungsstelle wenden, die die Erklärung zur Barrierefreiheit nennt.',
  ];
  return {
    to: site.to,
    subject: `Rückmeldung zur Barrierefreiheit – ${site.bodyName}`,
    text: `${lines.join('\n')}\n`,
    ...(feedback.email ? { replyTo: feedback.email } : {}),
  };
}

export async function sendFeedback(mailer: Mailer, feedback: Feedback, site: { bodyName: string; siteUrl: string; to: string; sentAt: Date }): Promise<void> {
  await mailer.send(feedbackMail(feedback, site));
}
