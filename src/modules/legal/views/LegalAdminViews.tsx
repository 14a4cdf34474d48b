/**
 * @module legal/views/LegalAdminViews — `/verwaltung/rechtliches`: the five pages with their
 * state, and one page's edit form. After a conflict the stored text stands above the form,
 * which keeps what was typed, so both versions can be compared before saving again.
 */
import { Message, PostForm } from '../../../ui/forms.tsx';
import { Layout, type Crumb } from '../../../ui/Layout.tsx';
import { legalPageKinds, legalPages, type LegalPageInfo } from '../legal.kinds.ts';
import type { LegalFormValues } from '../legal.params.ts';
import type { LegalText } from '../legal.repo.ts';

export const ADMIN_PATH = '/verwaltung/rechtliches';

const crumbs = (...rest: Crumb[]): Crumb[] => [{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, ...rest];
const when = (d: Date) => d.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
const openGaps = (html: string) => (html.match(/\[Bitte ergänzen:/g) ?? []).length;

export function LegalOverviewView(props: { bodyName: string; texts: LegalText[]; feedbackAddress: string | undefined }) {
  return (
    <Layout
      title="Rechtliche Seiten"
      description="Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache und Gebärdensprache bearbeiten."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={crumbs({ label: 'Rechtliche Seiten' })}
    >
      <h1>Rechtliche Seiten</h1>
      <p>Diese Seiten verlinkt die Fußzeile jeder Seite. Solange Sie einen Text nicht gespeichert haben, zeigt die Website den Standardtext.</p>
      {props.feedbackAddress ? null : (
        <Message kind="error">
          Für Rückmeldungen zur Barrierefreiheit ist keine Adresse hinterlegt: Das Formular kann nichts senden. Tragen Sie sie bei der{' '}
          <a href={`${ADMIN_PATH}/barrierefreiheit`}>Erklärung zur Barrierefreiheit</a> ein.
        </Message>
      )}
      <ul class="admin-links">
        {legalPageKinds.map((kind) => {
          const page = legalPages[kind];
          const text = props.texts.find((t) => t.kind === kind);
          const gaps = text ? openGaps(text.html) : 0;
          return (
            <li>
              <a href={`${ADMIN_PATH}/${kind}`}>{page.title}</a>
              <span class="admin-link-hint">
                {`${page.basis} ${text?.modified ? `Gespeichert am ${when(text.modified)}.` : 'Standardtext, noch nicht gespeichert.'}`}
                {gaps > 0 ? ` Noch ${gaps} Stelle(n) „Bitte ergänzen“.` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

export interface LegalEditProps {
  bodyName: string;
  page: LegalPageInfo;
  values: LegalFormValues;
  version: number;
  notice?: string;
  problems?: string[];
  /** Someone saved in between: the text as stored now. */
  conflict?: LegalText;
}

export function LegalEditView(props: LegalEditProps) {
  const { page, values, problems = [] } = props;
  return (
    <Layout
      title={`${page.title} bearbeiten`}
      description={`Den Text der Seite ${page.title} bearbeiten.`}
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={crumbs({ label: 'Rechtliche Seiten', href: ADMIN_PATH }, { label: page.title })}
    >
      <h1>{`${page.title} bearbeiten`}</h1>
      <p>
        {page.basis} Die Seite steht unter <a href={page.path}>{page.path}</a>.{' '}
        {props.version === 0 ? 'Noch ist der Standardtext zu sehen; er steht im Formular. ' : ''}
        Ersetzen Sie jede Stelle „[Bitte ergänzen: …]“ durch Ihre Angaben.
      </p>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {problems.length > 0 ? (
        <Message kind="error">
          <p>Nicht gespeichert. Ihr Text steht unverändert im Formular.</p>
          <ul>
            {problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </Message>
      ) : null}
      {props.conflict ? <StoredVersion text={props.conflict} /> : null}
      {props.conflict ? <h2>Ihre Fassung</h2> : null}
      <PostForm action={`${ADMIN_PATH}/${page.kind}`} class="legal-form" aria-label={`${page.title} bearbeiten`}>
        <input type="hidden" name="version" value={String(props.version)} />
        <p class="field">
          <label for="text">Text (HTML)</label>
          <textarea id="text" name="text" rows={24} aria-describedby="text-hinweis">
            {`\n${values.html}`}
          </textarea>
          <span class="field-hint" id="text-hinweis">
            Erlaubt sind Absätze (p), Überschriften (h2 bis h6), Listen, Tabellen, Hervorhebungen und Links (http, https, mailto). Alles andere, etwa Skripte,
            Stile und Ereignis-Attribute, wird beim Speichern entfernt.
          </span>
        </p>
        {page.kind === 'gebaerdensprache' ? (
          <p class="field">
            <label for="video">Adresse des Videos in Deutscher Gebärdensprache</label>
            <input id="video" name="video" type="url" value={values.videoUrl} maxlength={500} aria-describedby="video-hinweis" />
            <span class="field-hint" id="video-hinweis">
              Ein Link, zum Beispiel auf die Video-Seite Ihres Internetauftritts. Leer lassen, solange es kein Video gibt.
            </span>
          </p>
        ) : null}
        {page.kind === 'barrierefreiheit' ? (
          <p class="field">
            <label for="rueckmeldeadresse">E-Mail-Adresse für Rückmeldungen</label>
            <input
              id="rueckmeldeadresse"
              name="rueckmeldeadresse"
              type="email"
              value={values.feedbackEmail}
              maxlength={200}
              aria-describedby="rueckmeldeadresse-hinweis"
            />
            <span class="field-hint" id="rueckmeldeadresse-hinweis">
              Hierhin sendet das Formular für Rückmeldungen. Leer: die Kontaktadresse der Körperschaft.
            </span>
          </p>
        ) : null}
        <p>
          <button type="submit" class="button">
            Speichern
          </button>
        </p>
      </PostForm>
    </Layout>
  );
}

function StoredVersion(props: { text: LegalText }) {
  const { text } = props;
  return (
    <section class="conflict" aria-labelledby="stand-heading">
      <h2 id="stand-heading">Inzwischen gespeicherter Stand</h2>
      <p>{text.modified ? `Gespeichert am ${when(text.modified)} (Bearbeitungsstand ${text.version}).` : `Bearbeitungsstand ${text.version}.`}</p>
      <p class="field">
        <label for="gespeicherter-text">Gespeicherter Text (nur zum Lesen)</label>
        <textarea id="gespeicherter-text" rows={12} readonly>
          {`\n${text.html}`}
        </textarea>
      </p>
      {text.videoUrl ? <p>{`Gespeicherte Video-Adresse: ${text.videoUrl}`}</p> : null}
      {text.feedbackEmail ? <p>{`Gespeicherte Adresse für Rückmeldungen: ${text.feedbackEmail}`}</p> : null}
    </section>
  );
}
