/**
 * @module auth/views/AuthViews
 * Login, second factor, password reset and the own account page. Plain forms that work without
 * script; every error says what to do and keeps what was typed (except passwords).
 */
import { raw } from 'hono/html';
import { Field, Message, PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { roleLabels, type Account } from '../accounts.ts';
import { MIN_PASSWORD_LENGTH } from '../passwords.ts';
import type { TotpSetup } from '../totp.ts';

interface Base {
  bodyName: string;
}

export function LoginView(props: Base & { email?: string; next?: string; error?: string; notice?: string }) {
  return (
    <Layout
      title="Anmelden"
      description={`Anmeldung für Mitglieder der Gremien und die Verwaltung von ${props.bodyName}.`}
      bodyName={props.bodyName}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Anmelden' }]}
    >
      <h1>Anmelden</h1>
      <p>Für Mitglieder der Gremien und Beschäftigte der Verwaltung. Alle öffentlichen Inhalte sind ohne Anmeldung zugänglich.</p>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <PostForm action="/anmelden" class="stack-form" aria-label="Anmelden">
        {props.next ? <input type="hidden" name="weiter" value={props.next} /> : null}
        <Field id="email" name="email" type="email" label="E-Mail-Adresse" value={props.email} autocomplete="username" required maxlength={200} />
        <Field id="passwort" name="passwort" type="password" label="Passwort" autocomplete="current-password" required maxlength={200} />
        <p>
          <button type="submit">Anmelden</button>
        </p>
      </PostForm>
      <p>
        <a href="/passwort-vergessen">Passwort vergessen?</a>
      </p>
    </Layout>
  );
}

export function SecondFactorView(props: Base & { error?: string; next?: string }) {
  return (
    <Layout
      title="Bestätigungscode"
      description="Zweiter Schritt der Anmeldung: der Code aus Ihrer Authenticator-App."
      bodyName={props.bodyName}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Anmelden', href: '/anmelden' }, { label: 'Bestätigungscode' }]}
    >
      <h1>Bestätigungscode</h1>
      <p>Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</p>
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <PostForm
        action={props.next ? `/anmelden/code?weiter=${encodeURIComponent(props.next)}` : '/anmelden/code'}
        class="stack-form"
        aria-label="Bestätigungscode"
      >
        <Field id="code" name="code" label="Code" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]{6}" maxlength={6} required />
        <p>
          <button type="submit">Bestätigen</button>
        </p>
      </PostForm>
      <PostForm action="/abmelden">
        <button type="submit" class="link-button">
          Abbrechen
        </button>
      </PostForm>
    </Layout>
  );
}

export function ForgotPasswordView(props: Base & { sent?: boolean; email?: string; error?: string }) {
  return (
    <Layout
      title="Passwort vergessen"
      description="Einen Link zum Festlegen eines neuen Passworts per E-Mail anfordern."
      bodyName={props.bodyName}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Anmelden', href: '/anmelden' }, { label: 'Passwort vergessen' }]}
    >
      <h1>Passwort vergessen</h1>
      {props.sent ? (
        <Message kind="success">
          Wenn zu dieser Adresse ein Konto gehört, ist eine E-Mail mit einem Link unterwegs. Der Link gilt eine Stunde und nur einmal.
        </Message>
      ) : (
        <>
          <p>Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.</p>
          {props.error ? <Message kind="error">{props.error}</Message> : null}
          <PostForm action="/passwort-vergessen" class="stack-form" aria-label="Passwort zurücksetzen">
            <Field id="email" name="email" type="email" label="E-Mail-Adresse" value={props.email} autocomplete="email" required maxlength={200} />
            <p>
              <button type="submit">Link anfordern</button>
            </p>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

function NewPasswordFields() {
  return (
    <>
      <Field
        id="passwort"
        name="passwort"
        type="password"
        label="Neues Passwort"
        autocomplete="new-password"
        required
        maxlength={200}
        hint={`Mindestens ${MIN_PASSWORD_LENGTH} Zeichen.`}
      />
      <Field id="passwort2" name="passwort2" type="password" label="Neues Passwort wiederholen" autocomplete="new-password" required maxlength={200} />
    </>
  );
}

export function ResetPasswordView(props: Base & { token: string | undefined; email?: string; error?: string }) {
  return (
    <Layout
      title="Neues Passwort"
      description="Ein neues Passwort festlegen."
      bodyName={props.bodyName}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Neues Passwort' }]}
    >
      <h1>Neues Passwort festlegen</h1>
      {props.token === undefined ? (
        <>
          <Message kind="error">Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.</Message>
          <p>
            <a href="/passwort-vergessen">Einen neuen Link anfordern</a>
          </p>
        </>
      ) : (
        <>
          {props.email ? <p>Für das Konto {props.email}.</p> : null}
          {props.error ? <Message kind="error">{props.error}</Message> : null}
          <PostForm action="/passwort-neu" class="stack-form" aria-label="Neues Passwort">
            <input type="hidden" name="token" value={props.token} />
            <NewPasswordFields />
            <p>
              <button type="submit">Passwort speichern</button>
            </p>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

export interface AccountPageProps extends Base {
  account: Account;
  gremien: { id: number; name: string }[];
  units: { id: number; name: string }[];
  notice?: string;
  error?: string;
}

export function AccountView(props: AccountPageProps) {
  const { account } = props;
  return (
    <Layout
      title="Mein Konto"
      description="Anmeldedaten, Rollen und zweiter Faktor."
      bodyName={props.bodyName}
      section="konto"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Mein Konto' }]}
    >
      <h1>Mein Konto</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <dl class="meta">
        <dt>Name</dt>
        <dd>{account.displayName}</dd>
        <dt>E-Mail-Adresse</dt>
        <dd>{account.email}</dd>
        <dt>Rollen</dt>
        <dd>{account.roles.length ? account.roles.map((r) => roleLabels[r.role]).join(', ') : 'keine'}</dd>
        <dt>Nichtöffentliche Inhalte dieser Gremien</dt>
        <dd>{props.gremien.length ? props.gremien.map((g) => g.name).join(', ') : 'keine'}</dd>
        {props.units.length ? (
          <>
            <dt>Vorlagen dieser Organisationseinheiten</dt>
            <dd>{props.units.map((u) => u.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h2>Passwort ändern</h2>
      <PostForm action="/konto/passwort" class="stack-form" aria-label="Passwort ändern">
        <Field id="bisher" name="bisher" type="password" label="Bisheriges Passwort" autocomplete="current-password" required maxlength={200} />
        <NewPasswordFields />
        <p>
          <button type="submit">Passwort ändern</button>
        </p>
      </PostForm>
      <h2>Zweiter Faktor</h2>
      {account.totpEnabled ? (
        <>
          <p>Die Anmeldung verlangt einen Code aus Ihrer Authenticator-App.</p>
          <PostForm action="/konto/zweiter-faktor/entfernen" class="stack-form" aria-label="Zweiten Faktor entfernen">
            <Field
              id="passwort-2fa"
              name="passwort"
              type="password"
              label="Passwort zur Bestätigung"
              autocomplete="current-password"
              required
              maxlength={200}
            />
            <p>
              <button type="submit">Zweiten Faktor entfernen</button>
            </p>
          </PostForm>
        </>
      ) : (
        <p>
          Nicht eingerichtet. <a href="/konto/zweiter-faktor">Zweiten Faktor einrichten</a>
        </p>
      )}
    </Layout>
  );
}

export function TotpSetupView(props: Base & { setup: TotpSetup; error?: string }) {
  return (
    <Layout
      title="Zweiten Faktor einrichten"
      description="Eine Authenticator-App mit dem Konto verbinden."
      bodyName={props.bodyName}
      section="konto"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Mein Konto', href: '/konto' }, { label: 'Zweiter Faktor' }]}
    >
      <h1>Zweiten Faktor einrichten</h1>
      <ol>
        <li>Scannen Sie den QR-Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel von Hand ein.</li>
        <li>Geben Sie den Code ein, den die App dann anzeigt.</li>
      </ol>
      <figure class="qr-code">
        {/* SVG made by the qrcode library from the otpauth URI; it holds no user text */}
        {raw(props.setup.qrSvg.replace('<svg ', '<svg role="img" aria-label="QR-Code für die Authenticator-App" '))}
        <figcaption>
          Schlüssel: <code class="totp-secret">{props.setup.secret}</code>
        </figcaption>
      </figure>
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <PostForm action="/konto/zweiter-faktor" class="stack-form" aria-label="Code bestätigen">
        <Field id="code" name="code" label="Code aus der App" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]{6}" maxlength={6} required />
        <p>
          <button type="submit">Einrichten</button>
        </p>
      </PostForm>
    </Layout>
  );
}
