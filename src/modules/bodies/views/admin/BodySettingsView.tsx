/**
 * @module bodies/views/admin/BodySettingsView — `/verwaltung/einstellungen`: the body's names,
 * contact, Ladungsfrist and the Aktenzeichen format per Vorlagenart with an example the server
 * computes (no script: „Vorschau zeigen“ renders it without saving).
 */
import type { FieldProblems } from '../../../../http/master-form.ts';
import type { HistoryEntry } from '../../../audit/index.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { ConflictPanel, ErrorSummary, HistoryList, InputField, TextAreaField } from '../../../../ui/master-data.tsx';
import { referencePlaceholders } from '../../reference-format.ts';

export const SETTINGS_PATH = '/verwaltung/einstellungen';

export interface SettingsFormValues {
  name: string;
  kurzname: string;
  website: string;
  'kontakt-name': string;
  'kontakt-email': string;
  'kontakt-telefon': string;
  'kontakt-anschrift': string;
  ladungsfrist: string;
  formats: { paperType: string; format: string; example?: string | undefined }[];
}

export interface BodySettingsProps {
  bodyName: string;
  values: SettingsFormValues;
  version: number;
  legalNoticeDays: number;
  problems?: FieldProblems | undefined;
  conflict?: { message: string; rows: { label: string; mine: string; stored: string }[] } | undefined;
  notice?: string | undefined;
  history: HistoryEntry[];
}

export function BodySettingsView(props: BodySettingsProps) {
  const problems = props.problems ?? {};
  const v = props.values;
  const days = Number(v.ladungsfrist);
  return (
    <Layout
      title="Körperschaft"
      description="Name, Kontakt, Ladungsfrist und Aktenzeichen der Körperschaft."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={SETTINGS_PATH}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, { label: 'Körperschaft' }]}
    >
      <h1>Körperschaft</h1>
      {props.notice ? <Message kind={props.notice.startsWith('Vorschau') ? 'info' : 'success'}>{props.notice}</Message> : null}
      {props.conflict ? <ConflictPanel message={props.conflict.message} rows={props.conflict.rows} /> : null}
      <ErrorSummary problems={problems} />
      <PostForm action={SETTINGS_PATH} class="master-form" aria-label="Einstellungen der Körperschaft">
        <input type="hidden" name="version" value={String(props.version)} />
        <fieldset>
          <legend>Name</legend>
          <InputField
            name="name"
            label="Name"
            required
            value={v.name}
            maxlength={200}
            error={problems.name}
            hint="So steht er im Kopf jeder Seite, in OParl und in den rechtlichen Texten."
          />
          <InputField name="kurzname" label="Kurzname" value={v.kurzname} maxlength={50} error={problems.kurzname} hint="Zum Beispiel „Kreis LH“." />
          <InputField
            name="website"
            label="Website"
            type="url"
            value={v.website}
            maxlength={300}
            error={problems.website}
            hint="Die Startseite der Verwaltung, mit https://."
          />
        </fieldset>
        <fieldset>
          <legend>Kontakt</legend>
          <InputField name="kontakt-name" label="Name (Stelle oder Person)" value={v['kontakt-name']} maxlength={200} error={problems['kontakt-name']} />
          <InputField
            name="kontakt-email"
            label="E-Mail-Adresse"
            type="email"
            value={v['kontakt-email']}
            maxlength={200}
            error={problems['kontakt-email']}
            autocomplete="off"
          />
          <InputField name="kontakt-telefon" label="Telefon" type="tel" value={v['kontakt-telefon']} maxlength={40} error={problems['kontakt-telefon']} />
          <TextAreaField
            name="kontakt-anschrift"
            label="Anschrift"
            rows={3}
            value={v['kontakt-anschrift']}
            maxlength={500}
            error={problems['kontakt-anschrift']}
            hint="Eine Zeile je Zeile der Anschrift."
          />
        </fieldset>
        <fieldset>
          <legend>Ladungsfrist</legend>
          <InputField
            name="ladungsfrist"
            label="Ladungsfrist in Tagen"
            type="number"
            inputmode="numeric"
            required
            value={v.ladungsfrist}
            error={problems.ladungsfrist}
            hint={`So viele Tage vor der Sitzung muss die Einladung bei den Mitgliedern sein (1 bis 60). Gesetzlich gilt mindestens eine Woche, also ${props.legalNoticeDays} Tage (in Schleswig-Holstein § 34 Gemeindeordnung, § 29 Kreisordnung; andere Länder ähnlich); Ihre Geschäftsordnung kann eine längere Frist bestimmen. Kürzen dürfen Sie nur im Einzelfall, bei Dringlichkeit.`}
          />
          {Number.isInteger(days) && days >= 1 && days < props.legalNoticeDays ? (
            <p class="warning">
              Weniger als eine Woche: Das ist nur richtig, wenn Ihr Landesrecht oder Ihre Geschäftsordnung eine kürzere regelmäßige Frist vorsieht.
            </p>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>Aktenzeichen je Vorlagenart</legend>
          <p class="field-hint">
            Das Format, nach dem eine Vorlage bei der Freigabe ihre Nummer bekommt. Platzhalter:{' '}
            {referencePlaceholders.map((p, i) => (
              <>
                {i > 0 ? '; ' : ''}
                <code>{p.token}</code> {p.meaning}
              </>
            ))}
            . Die laufende Nummer ist Pflicht; höchstens 60 Zeichen. Leer lassen, wenn die Vorlagenart keine Nummer bekommt.
          </p>
          {v.formats.map((f, i) => (
            <div class="reference-format">
              <input type="hidden" name={`art-${i}`} value={f.paperType} />
              <InputField
                name={`format-${i}`}
                label={f.paperType}
                value={f.format}
                maxlength={60}
                error={problems[`format-${i}`]}
                hint={f.example ? `Beispiel: ${f.example}` : 'Zum Beispiel VO/{jahr}/{nummer:3}.'}
              />
            </div>
          ))}
        </fieldset>
        <p class="form-actions">
          <button type="submit" name="aktion" value="speichern">
            Speichern
          </button>{' '}
          <button type="submit" name="aktion" value="vorschau" class="secondary">
            Vorschau zeigen, ohne zu speichern
          </button>
        </p>
      </PostForm>
      <p>
        Die Texte von Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit bearbeiten Sie unter{' '}
        <a href="/verwaltung/rechtliches">Rechtliche Seiten</a>, das Logo im Kopf jeder Seite unter <a href="/verwaltung/einstellungen/logo">Logo</a>.
      </p>
      <HistoryList entries={props.history} />
    </Layout>
  );
}
