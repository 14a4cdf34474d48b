/**
 * @module members/views/NotePageView
 * The page of one private note: the note on a file (`/notizen/datei/<id>`), and for both papers
 * and files the answer to a save that could not be stored – too long, or changed in the
 * meantime. The text the person sent is always back in the field; on a conflict the stored text
 * stands next to it, so nothing is lost.
 */
import { formatBytes, formatDate, formatMimeType, formatTime } from '../../../lib/format.ts';
import { Message } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { NOTE_MAX_LENGTH, type StoredNote } from '../members.notes.ts';
import { NoteForm } from './MemberControls.tsx';

export type NoteTargetView =
  | { kind: 'paper'; id: number; reference: string; slug: string; name: string }
  | { kind: 'file'; id: number; name: string; fileName: string; mimeType: string; size: number };

export interface NotePageViewProps {
  bodyName: string;
  target: NoteTargetView;
  text: string;
  version: number;
  back: string;
  /** Why the page is shown beyond the plain form. */
  problem?: { kind: 'conflict'; stored: StoredNote | undefined } | { kind: 'tooLong'; length: number };
  notice?: 'gespeichert' | 'geloescht';
}

export function noteActionOf(target: { kind: 'paper' | 'file'; id: number }): string {
  return target.kind === 'paper' ? `/notizen/vorlage/${target.id}` : `/notizen/datei/${target.id}`;
}

export function NotePageView(props: NotePageViewProps) {
  const { target, problem } = props;
  const label = target.kind === 'paper' ? `${target.reference}: ${target.name}` : target.name;
  return (
    <Layout
      title={`Meine Notiz zu ${label}`}
      description={`Ihre private Notiz zu ${label}. Nur Sie sehen sie.`}
      bodyName={props.bodyName}
      section="mein-bereich"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Mein Bereich', href: '/mein-bereich' }, { label: 'Notiz' }]}
    >
      <h1>Meine Notiz zu „{label}“</h1>
      {target.kind === 'paper' ? (
        <p>
          Vorlage: <a href={`/vorlagen/${target.slug}`}>{label}</a>
        </p>
      ) : (
        <p>
          Datei: <a href={`/dateien/${target.id}/${encodeURIComponent(target.fileName)}`}>{target.name}</a>{' '}
          <span class="attachment-meta">
            ({formatMimeType(target.mimeType)}, {formatBytes(target.size)})
          </span>
        </p>
      )}
      {props.notice === 'gespeichert' ? <Message kind="success">Die Notiz ist gespeichert.</Message> : null}
      {props.notice === 'geloescht' ? <Message kind="success">Die Notiz ist gelöscht.</Message> : null}
      {problem?.kind === 'tooLong' ? (
        <Message kind="error">
          Die Notiz ist zu lang: {problem.length.toLocaleString('de-DE')} Zeichen. Erlaubt sind höchstens {NOTE_MAX_LENGTH.toLocaleString('de-DE')} Zeichen.
          Bitte kürzen Sie den Text – er steht unverändert im Formular – und speichern Sie erneut.
        </Message>
      ) : null}
      {problem?.kind === 'conflict' ? (
        <>
          <Message kind="error">
            Die Notiz wurde inzwischen an anderer Stelle geändert, etwa in einem anderen Fenster. Ihr Text wurde nicht gespeichert, steht aber unverändert im
            Formular. Übernehmen Sie daraus und aus dem gespeicherten Stand, was bleiben soll, und speichern Sie erneut.
          </Message>
          <section class="conflict" aria-labelledby="stand-heading">
            <h2 id="stand-heading">Inzwischen gespeicherter Stand</h2>
            {problem.stored ? (
              <>
                <p>
                  Gespeichert am {formatDate(problem.stored.modified)} um {formatTime(problem.stored.modified)} Uhr.
                </p>
                <p class="field">
                  <label for="gespeicherter-text">Gespeicherter Text (nur zum Lesen)</label>
                  <textarea id="gespeicherter-text" rows={8} readonly>
                    {`\n${problem.stored.text}`}
                  </textarea>
                </p>
              </>
            ) : (
              <p>Die Notiz wurde inzwischen gelöscht.</p>
            )}
          </section>
        </>
      ) : null}
      <h2>{problem ? 'Ihr Text' : 'Meine Notiz (nur für Sie sichtbar)'}</h2>
      <NoteForm action={noteActionOf(target)} text={props.text} version={props.version} back={props.back} invalid={problem?.kind === 'tooLong'} />
    </Layout>
  );
}
