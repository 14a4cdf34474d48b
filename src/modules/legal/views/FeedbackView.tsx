/**
 * @module legal/views/FeedbackView — `/barrierefreiheit/rueckmeldung`: the form that sends a
 * report of a barrier to the body (§ 7 BITV 2.0), and the page that confirms it was sent. A
 * refused form comes back with every field as typed.
 */
import { Message, PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { FEEDBACK_PATH } from '../legal.kinds.ts';
import type { Feedback } from '../legal.feedback.ts';
import { FEEDBACK_MAX } from '../legal.params.ts';

const crumbs = (last: string) => [{ label: 'Start', href: '/' }, { label: 'Erklärung zur Barrierefreiheit', href: '/barrierefreiheit' }, { label: last }];

export function FeedbackView(props: { bodyName: string; values: Feedback; problems?: string[]; error?: string; available: boolean }) {
  const { values, problems = [] } = props;
  const wrong = (field: string) => problems.some((p) => p.startsWith(field));
  return (
    <Layout
      title="Rückmeldung zur Barrierefreiheit"
      description={`Melden Sie eine Barriere auf dieser Website an ${props.bodyName}.`}
      bodyName={props.bodyName}
      breadcrumbs={crumbs('Rückmeldung')}
    >
      <h1>Rückmeldung zur Barrierefreiheit</h1>
      <p>
        Ist Ihnen auf dieser Website eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Schreiben Sie es uns. Ihre Nachricht geht per
        E-Mail an {props.bodyName}. Wenn Sie Ihre E-Mail-Adresse angeben, bekommen Sie eine Antwort. Was mit Ihren Angaben geschieht, steht im{' '}
        <a href="/datenschutz">Datenschutz</a>.
      </p>
      {problems.length > 0 ? (
        <Message kind="error">
          <p>Die Rückmeldung ist noch nicht gesendet. Bitte prüfen Sie Ihre Angaben; Ihr Text steht unverändert im Formular.</p>
          <ul>
            {problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </Message>
      ) : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      {props.available ? (
        <PostForm action={FEEDBACK_PATH} class="stack-form feedback-form" aria-label="Rückmeldung zur Barrierefreiheit">
          <p class="field">
            <label for="nachricht">Ihre Nachricht (Pflichtfeld)</label>
            <textarea
              id="nachricht"
              name="nachricht"
              rows={8}
              required
              maxlength={FEEDBACK_MAX}
              aria-invalid={wrong('Nachricht') ? 'true' : undefined}
              aria-describedby="nachricht-hinweis"
            >
              {values.message}
            </textarea>
            <span class="field-hint" id="nachricht-hinweis">
              {`Was funktioniert nicht, und was brauchen Sie? Höchstens ${FEEDBACK_MAX.toLocaleString('de-DE')} Zeichen.`}
            </span>
          </p>
          <p class="field">
            <label for="seite">Seite oder Inhalt (freiwillig)</label>
            <input
              id="seite"
              name="seite"
              type="text"
              value={values.page}
              maxlength={500}
              aria-invalid={wrong('Seite') ? 'true' : undefined}
              aria-describedby="seite-hinweis"
            />
            <span class="field-hint" id="seite-hinweis">
              Zum Beispiel die Adresse der Seite oder der Name des Dokuments.
            </span>
          </p>
          <p class="field">
            <label for="name">Ihr Name (freiwillig)</label>
            <input
              id="name"
              name="name"
              type="text"
              value={values.name}
              autocomplete="name"
              maxlength={200}
              aria-invalid={wrong('Name') ? 'true' : undefined}
            />
          </p>
          <p class="field">
            <label for="email">Ihre E-Mail-Adresse (freiwillig, für eine Antwort)</label>
            <input
              id="email"
              name="email"
              type="email"
              value={values.email}
              autocomplete="email"
              maxlength={200}
              aria-invalid={wrong('E-Mail') ? 'true' : undefined}
            />
          </p>
          <p>
            <button type="submit">Rückmeldung senden</button>
          </p>
        </PostForm>
      ) : (
        <Message kind="info">
          Für diese Website ist noch keine Adresse für Rückmeldungen hinterlegt. Bitte wenden Sie sich an die Kontaktangaben im{' '}
          <a href="/impressum">Impressum</a>.
        </Message>
      )}
      <p>
        Wenn Sie keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle wenden, die die{' '}
        <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a> nennt.
      </p>
    </Layout>
  );
}

export function FeedbackSentView(props: { bodyName: string }) {
  return (
    <Layout
      title="Rückmeldung gesendet"
      description="Ihre Rückmeldung zur Barrierefreiheit ist gesendet."
      bodyName={props.bodyName}
      breadcrumbs={crumbs('Rückmeldung gesendet')}
    >
      <h1>Rückmeldung gesendet</h1>
      <Message kind="success">{`Vielen Dank. Ihre Rückmeldung ist an ${props.bodyName} gesendet.`}</Message>
      <p>
        Wenn Sie Ihre E-Mail-Adresse angegeben haben, bekommen Sie eine Antwort per E-Mail. Bleibt sie aus oder hilft sie Ihnen nicht weiter, nennt die{' '}
        <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a> die Schlichtungsstelle, an die Sie sich kostenlos wenden können.
      </p>
      <p>
        Zurück zur <a href="/">Startseite</a>.
      </p>
    </Layout>
  );
}
