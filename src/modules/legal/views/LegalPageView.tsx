/**
 * @module legal/views/LegalPageView — one of the legally required pages: its h1 and the body's
 * sanitised text. The accessibility statement always ends with the way to the feedback form, and
 * the Gebärdensprache page with the video link, whatever the edited text says.
 */
import { raw } from 'hono/html';
import { Layout } from '../../../ui/Layout.tsx';
import { FEEDBACK_PATH, type LegalPageInfo } from '../legal.kinds.ts';
import type { LegalText } from '../legal.repo.ts';

export function LegalPageView(props: { bodyName: string; page: LegalPageInfo; text: LegalText; canonical: string }) {
  const { page, text } = props;
  return (
    <Layout
      title={page.title}
      description={page.description}
      bodyName={props.bodyName}
      canonical={props.canonical}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: page.title }]}
    >
      <article class="legal-page">
        <h1>{page.title}</h1>
        {page.kind === 'gebaerdensprache' ? <SignLanguageVideo url={text.videoUrl} /> : null}
        <div class="legal-text">{raw(text.html)}</div>
        {page.kind === 'barrierefreiheit' ? (
          <aside class="legal-feedback" aria-labelledby="rueckmeldung-heading">
            <h2 id="rueckmeldung-heading">Barriere melden</h2>
            <p>
              <a href={FEEDBACK_PATH}>Rückmeldung zur Barrierefreiheit senden</a> – Ihre Nachricht geht direkt an {props.bodyName}.
            </p>
          </aside>
        ) : null}
        {text.modified ? (
          <p class="legal-stand">{`Stand: ${text.modified.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' })}`}</p>
        ) : null}
      </article>
    </Layout>
  );
}

function SignLanguageVideo(props: { url: string | null }) {
  if (!props.url)
    return (
      <p class="message message-info">
        Das Video in Deutscher Gebärdensprache wird vorbereitet. Bis dahin helfen Ihnen die Texte in <a href="/leichte-sprache">Leichter Sprache</a>, und Sie
        können uns über das <a href={FEEDBACK_PATH}>Formular</a> schreiben.
      </p>
    );
  return (
    <p class="legal-video">
      <a href={props.url}>Video in Deutscher Gebärdensprache ansehen</a> <span class="attachment-meta">(öffnet die Video-Seite)</span>
    </p>
  );
}
