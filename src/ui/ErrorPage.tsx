/** @module ui/ErrorPage — German error pages that say what happened and where to go next. */
import { Layout } from './Layout.tsx';

export interface ErrorPageProps {
  bodyName: string;
  status: 400 | 403 | 404 | 410 | 413 | 414 | 429 | 500;
  message?: string | undefined;
  /** A 404 for a reader who is not logged in: the login, with the way back to this address. */
  loginHref?: string | undefined;
}

export function ErrorPage(props: ErrorPageProps) {
  const titles = {
    400: 'Ungültige Anfrage',
    403: 'Formular nicht angenommen',
    404: 'Seite nicht gefunden',
    410: 'Nicht mehr vorhanden',
    413: 'Anfrage zu groß',
    414: 'Adresse zu lang',
    429: 'Zu viele Anfragen',
    500: 'Interner Fehler',
  } as const;
  const texts = {
    400: 'Die Anfrage enthält ungültige Angaben.',
    403: 'Das Formular wurde aus Sicherheitsgründen nicht verarbeitet; es wurde nichts geändert.',
    413: 'Die gesendeten Daten überschreiten die erlaubte Größe; es wurde nichts gespeichert.',
    414: 'Die Adresse ist länger, als eine Seite dieser Website sie haben kann.',
    429: 'Von Ihrer Adresse kamen in kurzer Zeit zu viele Anfragen.',
    404: 'Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder die Adresse falsch geschrieben.',
    410: 'Das Dokument unter dieser Adresse wurde gelöscht und ist nicht mehr abrufbar.',
    500: 'Bei der Bearbeitung ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  } as const;
  return (
    <Layout title={titles[props.status]} description={texts[props.status]} bodyName={props.bodyName} breadcrumbs={[]}>
      <h1>{titles[props.status]}</h1>
      <p>{texts[props.status]}</p>
      {props.message ? <p>{props.message}</p> : null}
      {props.loginHref ? (
        // the same words on every 404: they never tell whether something hidden is here
        <p class="login-offer">
          Manche Unterlagen sind nur für Mitglieder der Gremien sichtbar. Falls Sie Mitglied sind, <a href={props.loginHref}>melden Sie sich an</a>; danach
          kommen Sie hierher zurück.
        </p>
      ) : null}
      <p>
        Weiter zur <a href="/">Startseite</a> oder zur <a href="/vorlagen">Liste der Vorlagen</a>.
      </p>
    </Layout>
  );
}
