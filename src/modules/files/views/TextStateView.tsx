/** @module files/views/TextStateView — `/verwaltung/texterkennung`: how far text extraction is, and what failed. */
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { Message, PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { TextStateSummary } from '../text-jobs.ts';

const stateLabels: Record<string, string> = { pending: 'wartet', done: 'gelesen', failed: 'gescheitert', none: 'ohne Text (z. B. Bild)' };

export function TextStateView(props: { bodyName: string; summary: TextStateSummary; notice?: string | undefined }) {
  const { counts, problems } = props.summary;
  return (
    <Layout
      title="Texterkennung der Dateien"
      description="Stand der Textextraktion und Texterkennung (OCR) aller Dateien."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, { label: 'Texterkennung' }]}
    >
      <h1>Texterkennung der Dateien</h1>
      <p>
        Gremia liest den Text jeder Datei im Hintergrund (PDF, DOCX, ODT, HTML, Text; eingescannte PDFs per Texterkennung), damit die Suche ihn findet.
        Vorübergehende Fehler werden mehrmals wiederholt.
      </p>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      <ul class="text-state-counts">
        {(['done', 'pending', 'failed', 'none'] as const).map((state) => (
          <li>
            {stateLabels[state]}: <strong>{counts[state].toLocaleString('de-DE')}</strong>
          </li>
        ))}
      </ul>
      {counts.failed > 0 ? (
        <PostForm action="/verwaltung/texterkennung/wiederholen" aria-label="Alle gescheiterten Dateien erneut lesen">
          <button type="submit">Alle gescheiterten erneut versuchen</button>
        </PostForm>
      ) : null}
      {problems.length === 0 ? (
        <p>Keine Datei wartet oder ist gescheitert.</p>
      ) : (
        <RecordTable
          caption="Wartende und gescheiterte Dateien"
          rows={problems}
          columns={[
            { label: 'Datei', rowHeader: true, cell: (p) => <a href={`/dateien/${p.id}/${encodeURIComponent(p.fileName)}`}>{p.name}</a> },
            { label: 'Zustand', cell: (p) => stateLabels[p.state] ?? p.state },
            { label: 'Versuche', numeric: true, cell: (p) => p.attempts },
            { label: 'Grund', cell: (p) => p.error ?? '–' },
          ]}
        />
      )}
    </Layout>
  );
}
