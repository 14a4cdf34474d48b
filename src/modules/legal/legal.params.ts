/**
 * @module legal/params — the feedback form and the administration's edit form as sent: the values
 * as typed (shown again when refused, so nothing is lost) and what they ask for, or German
 * sentences on what is wrong.
 */
import { field, type FormBody } from '../../http/forms.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import type { Feedback } from './legal.feedback.ts';
import type { LegalTextInput } from './legal.repo.ts';

export const FEEDBACK_MAX = 5000;
const LEGAL_TEXT_MAX = 100_000;

const optionalEmail = (label: string) =>
  z.union([
    z.literal(''),
    z
      .email({ error: `${label}: Bitte geben Sie eine gültige E-Mail-Adresse an (zum Beispiel name@beispiel.de) oder lassen Sie das Feld leer.` })
      .max(200, `${label}: höchstens 200 Zeichen.`),
  ]);

const feedbackSchema = z.object({
  message: z
    .string()
    .min(1, 'Nachricht: Bitte beschreiben Sie die Barriere oder Ihr Anliegen.')
    .max(FEEDBACK_MAX, `Nachricht: höchstens ${FEEDBACK_MAX.toLocaleString('de-DE')} Zeichen. Bitte kürzen Sie den Text.`),
  page: z.string().max(500, 'Seite oder Inhalt: höchstens 500 Zeichen.'),
  name: z.string().max(200, 'Name: höchstens 200 Zeichen.'),
  email: optionalEmail('E-Mail-Adresse'),
});

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => i.message);
}

export function readFeedbackForm(form: FormBody): { values: Feedback; input: Result<Feedback, string[]> } {
  const values: Feedback = { message: field(form, 'nachricht'), page: field(form, 'seite'), name: field(form, 'name'), email: field(form, 'email') };
  const parsed = feedbackSchema.safeParse(values);
  return { values, input: parsed.success ? ok(parsed.data) : err(problemsOf(parsed.error)) };
}

/** The edit form as typed. */
export interface LegalFormValues {
  html: string;
  videoUrl: string;
  feedbackEmail: string;
}

const legalSchema = z.object({
  html: z
    .string()
    .min(1, 'Text: Der Text darf nicht leer sein.')
    .max(LEGAL_TEXT_MAX, `Text: höchstens ${LEGAL_TEXT_MAX.toLocaleString('de-DE')} Zeichen.`),
  videoUrl: z.union([
    z.literal(''),
    z
      .string()
      .max(500, 'Video: höchstens 500 Zeichen.')
      .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'Video: Bitte geben Sie eine vollständige Adresse an, die mit https:// beginnt.'),
  ]),
  feedbackEmail: optionalEmail('Adresse für Rückmeldungen'),
});

export function readLegalForm(form: FormBody): { values: LegalFormValues; input: Result<LegalTextInput, string[]> } {
  const values: LegalFormValues = { html: field(form, 'text'), videoUrl: field(form, 'video'), feedbackEmail: field(form, 'rueckmeldeadresse') };
  const parsed = legalSchema.safeParse(values);
  if (!parsed.success) return { values, input: err(problemsOf(parsed.error)) };
  const { html, videoUrl, feedbackEmail } = parsed.data;
  return { values, input: ok({ html, videoUrl: videoUrl || null, feedbackEmail: feedbackEmail || null }) };
}
