/**
 * @module search/views/SynonymsView
 * `/verwaltung/synonyme`: the body's synonym list in one text field, a group per line. After a
 * refused save the text stays as typed; after a conflict the stored list stands above it.
 */
import { Message, PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { SYNONYM_LIMITS } from '../search.synonyms.ts';

export interface SynonymsViewProps {
  bodyName: string;
  /** The text in the field: as stored, or as typed when the save was refused. */
  text: string;
  version: number;
  /** The body keeps its own list (else the defaults apply). */
  own: boolean;
  notice?: string | undefined;
  problems?: string[] | undefined;
  /** Someone else saved in between: their list, shown above the form. */
  conflict?: { text: string; own: boolean } | undefined;
}

export function SynonymsView(props: SynonymsViewProps) {
  const problems = props.problems ?? [];
  return (
    <Layout
      title="Synonyme der Suche"
      description="Welche Wörter die Suche als gleichbedeutend behandelt."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, { label: 'Synonyme der Suche' }]}
    >
      <h1>Synonyme der Suche</h1>
      <p>
        Wer ein Wort einer Gruppe sucht, findet auch die anderen: „Müll“ findet „Abfall“, „Kita“ findet „Kindertagesstätte“. Änderungen gelten ab der nächsten
        Suche.
      </p>
      <p>{props.own ? 'Diese Körperschaft nutzt eine eigene Liste.' : 'Diese Körperschaft nutzt die Standardliste von Gremia.'}</p>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {problems.length > 0 ? (
        <Message kind="error">
          <p>Die Liste ist nicht gespeichert:</p>
          <ul id="synonyme-fehler">
            {problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </Message>
      ) : null}
      {props.conflict ? (
        <section class="conflict" aria-labelledby="stand-heading">
          <h2 id="stand-heading">Inzwischen gespeicherter Stand</h2>
          <p>{props.conflict.own ? 'Eine eigene Liste:' : 'Die Standardliste:'}</p>
          <p class="field">
            <label for="gespeicherte-synonyme">Gespeicherte Liste (nur zum Lesen)</label>
            <textarea id="gespeicherte-synonyme" rows={10} readonly>
              {`\n${props.conflict.text}`}
            </textarea>
          </p>
        </section>
      ) : null}
      <PostForm action="/verwaltung/synonyme" class="stack-form" aria-label="Synonymliste bearbeiten">
        <input type="hidden" name="version" value={String(props.version)} />
        <p class="field">
          <label for="synonyme">{props.conflict ? 'Ihre Fassung' : 'Synonymgruppen, eine je Zeile'}</label>
          {/* the line break after the tag is dropped by the parser, so the text's own first line survives */}
          <textarea
            id="synonyme"
            name="synonyme"
            rows={20}
            aria-describedby={problems.length > 0 ? 'synonyme-hinweis synonyme-fehler' : 'synonyme-hinweis'}
            aria-invalid={problems.length > 0 ? 'true' : undefined}
          >
            {`\n${props.text}`}
          </textarea>
          <span class="field-hint" id="synonyme-hinweis">
            Wörter einer Gruppe durch Kommas trennen, z. B. „Müll, Abfall, Abfälle“. Mindestens zwei Wörter je Zeile, höchstens {SYNONYM_LIMITS.words} Wörter zu
            je {SYNONYM_LIMITS.wordChars} Zeichen, höchstens {SYNONYM_LIMITS.groups} Zeilen. Groß- und Kleinschreibung und Umlaute spielen keine Rolle.
          </span>
        </p>
        <p class="form-actions">
          <button type="submit" name="aktion" value="speichern">
            Speichern
          </button>{' '}
          <button type="submit" name="aktion" value="standard">
            Standardliste wiederherstellen
          </button>
        </p>
      </PostForm>
    </Layout>
  );
}
