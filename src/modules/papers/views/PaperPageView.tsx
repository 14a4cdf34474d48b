/**
 * @module papers/views/PaperPageView
 * The public paper page: everything an ALLRIS paper page shows, rendered on the server –
 * Beratungsfolge and Anlagen included – with every section collapsible without script.
 */
import { raw } from 'hono/html';
import { formatBytes, formatDate, formatMimeType, formatTime } from '../../../lib/format.ts';
import { DateText, Section, VisibilityBadge } from '../../../ui/components.tsx';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { labelRichTables } from '../../../ui/rich-tables.ts';
import { Layout } from '../../../ui/Layout.tsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { derivePaperState, stateStepOf } from '../paper-state.ts';
import type { ConsultationView, PaperPage, PaperRef } from '../papers.queries.ts';
import { PaperStateBadge } from './PaperStateBadge.tsx';
import { voteText } from './votes.ts';

export interface PaperPageViewProps {
  paper: PaperPage;
  bodyName: string;
  canonicalUrl: string;
  now: Date;
  /** The follow slot below the head (the subscription button for a logged-in reader). */
  follow?: JSX.Element[] | undefined;
  /** The note slot at the end (a logged-in reader's private note). */
  note?: JSX.Element[] | undefined;
}

export function PaperPageView({ paper, bodyName, canonicalUrl, now, follow, note }: PaperPageViewProps) {
  const description = `${paper.paperType} ${paper.reference}${paper.date ? ` vom ${formatDate(paper.date)}` : ''}: ${paper.name}`;
  return (
    <Layout
      title={`${paper.reference}: ${paper.name}`}
      description={description}
      bodyName={bodyName}
      section="vorlagen"
      canonical={canonicalUrl}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Vorlagen', href: '/vorlagen' }, { label: paper.reference }]}
    >
      <article class="paper">
        <h1>
          <span class="paper-kicker">
            {paper.paperType} <VisibilityBadge public={paper.public} /> – {paper.reference}
          </span>
          {paper.name}
        </h1>
        <dl class="meta">
          <dt>Vorlagennummer</dt>
          <dd>{paper.reference}</dd>
          <dt>Art</dt>
          <dd>{paper.paperType}</dd>
          <dt>Datum</dt>
          <dd>
            <DateText value={paper.date} />
          </dd>
          <dt>Federführung</dt>
          <dd>
            {paper.underDirectionOf.length ? (
              paper.underDirectionOf.map((o, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/gremien/${o.id}`}>{o.name}</a>
                </>
              ))
            ) : (
              <span class="empty">keine Angabe</span>
            )}
          </dd>
          {paper.originators.length > 0 ? (
            <>
              <dt>Einreicher</dt>
              <dd>
                {paper.originators.map((o, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={o.kind === 'person' ? `/personen/${o.id}` : `/gremien/${o.id}`}>{o.name}</a>
                  </>
                ))}
              </dd>
            </>
          ) : null}
          <dt>Status</dt>
          <dd>{paperStatus(paper.consultations, now)}</dd>
        </dl>
        {follow ?? null}

        <Section id="beratungsfolge" title="Beratungsfolge">
          <Beratungsfolge consultations={paper.consultations} now={now} />
          <Decision consultations={paper.consultations} />
        </Section>

        {paper.sections.map((s) => (
          <Section id={`abschnitt-${s.id}`} title={s.heading}>
            {s.bodyHtml.trim() ? raw(labelRichTables(s.bodyHtml)) : <p class="empty">kein Text</p>}
          </Section>
        ))}

        <Section id="anlagen" title="Anlagen">
          {paper.files.length === 0 ? (
            <p class="empty">Keine Anlagen</p>
          ) : (
            <ul class="attachments">
              {paper.files.map((f) => (
                <li>
                  <a href={`/dateien/${f.id}/${encodeURIComponent(f.fileName)}`}>{f.name}</a>{' '}
                  <span class="attachment-meta">
                    ({f.role === 'main' ? 'Vorlagendokument, ' : ''}
                    {formatMimeType(f.mimeType)}, {formatBytes(f.size)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        {paper.superordinated.length + paper.subordinated.length + paper.related.length > 0 ? (
          <Section id="bezuege" title="Bezüge">
            <RelatedList title="Übergeordnete Vorlage" papers={paper.superordinated} />
            <RelatedList title="Untergeordnete Vorlagen" papers={paper.subordinated} />
            <RelatedList title="Verwandte Vorlagen" papers={paper.related} />
          </Section>
        ) : null}

        {note ?? null}
      </article>
    </Layout>
  );
}

function RelatedList(props: { title: string; papers: PaperRef[] }) {
  if (props.papers.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul>
        {props.papers.map((p) => (
          <li>
            <a href={`/vorlagen/${p.slug}`}>
              {p.reference}: {p.name}
            </a>{' '}
            ({p.paperType})
          </li>
        ))}
      </ul>
    </>
  );
}

/** The Beratungsfolge as a table; `current` marks the step a page is about. */
export function Beratungsfolge(props: { consultations: ConsultationView[]; now: Date; current?: number }) {
  if (props.consultations.length === 0) return <p class="empty">Für diese Vorlage ist keine Beratung vorgesehen.</p>;
  const isCurrent = (c: ConsultationView) => Boolean(c.agendaItem?.visible && c.agendaItem.id === props.current);
  return (
    <RecordTable
      caption="Beratungsfolge: Gremien, die diese Vorlage beraten, in ihrer Reihenfolge"
      hiddenCaption
      rows={props.consultations}
      rowClass={(c) => (isCurrent(c) ? 'current' : undefined)}
      columns={[
        {
          label: 'Datum',
          numeric: true,
          cell: (c) =>
            c.meeting?.start ? (
              <>
                <DateText value={c.meeting.start} /> <span class="attachment-meta">{formatTime(c.meeting.start)} Uhr</span>
              </>
            ) : (
              <span class="empty">noch offen</span>
            ),
        },
        {
          label: 'Gremium',
          cell: (c) => (c.organization ? <a href={`/gremien/${c.organization.id}`}>{c.organization.name}</a> : <span class="empty">unbekannt</span>),
        },
        { label: 'Rolle', cell: (c) => c.role },
        { label: 'Status', cell: (c) => consultationStatus(c, props.now) },
        {
          label: 'Sitzung',
          cell: (c) =>
            c.meeting ? (
              <a href={meetingHref(c)} aria-current={isCurrent(c) ? 'page' : undefined}>
                {c.agendaItem?.visible && c.agendaItem.number ? `TOP ${c.agendaItem.number}` : c.meeting.name}
              </a>
            ) : (
              <span class="empty">–</span>
            ),
        },
      ]}
    />
  );
}

function meetingHref(c: ConsultationView): string {
  return c.agendaItem?.visible ? `/tagesordnungspunkte/${c.agendaItem.id}` : `/sitzungen/${c.meeting?.id ?? ''}`;
}

/** What a reader wants to know of one step: decided how, or when it comes. */
export function consultationStatus(c: ConsultationView, now: Date): string {
  if (!c.meeting) return 'noch nicht terminiert';
  if (c.meeting.cancelled || c.meeting.state === 'abgesagt') return 'Sitzung abgesagt';
  if (c.agendaItem && !c.agendaItem.visible) return 'nichtöffentlich beraten';
  if (c.agendaItem?.visible && c.agendaItem.result) return c.agendaItem.result;
  if (c.meeting.start && c.meeting.start > now) return 'geplant';
  return 'beraten, Ergebnis noch nicht eingetragen';
}

/** The paper's state (papers/paper-state) and, while it is in Beratung, the next date. */
function paperStatus(consultations: ConsultationView[], now: Date) {
  const state = derivePaperState(consultations.map(stateStepOf));
  if (!state) return consultations.length === 0 ? 'ohne Beratung' : <span class="empty">nicht bekannt</span>;
  const next = consultations.find((c) => c.meeting?.start && c.meeting.start > now && !c.meeting.cancelled);
  return (
    <>
      <PaperStateBadge state={state} />
      {state === 'in Beratung' && next?.meeting?.start ? ` – nächste Beratung am ${formatDate(next.meeting.start)}` : ''}
    </>
  );
}

/**
 * The decision next to the Beratungsfolge: the result of the last step with one, its vote and
 * its resolution text, as far as the viewer may see the agenda item (hidden ones carry none).
 */
function Decision(props: { consultations: ConsultationView[] }) {
  const decided = props.consultations.filter((c) => c.agendaItem?.visible && c.agendaItem.result && !c.meeting?.cancelled);
  const last = decided[decided.length - 1];
  if (!last?.agendaItem?.visible) return null;
  const item = last.agendaItem;
  const votes = voteText(item.votes);
  return (
    <div class="decision">
      <h3>{last.authoritative ? 'Beschluss' : 'Letztes Ergebnis'}</h3>
      <p>
        <strong>{item.result}</strong>
        {last.organization ? ` – ${last.organization.name}` : ''}
        {last.meeting?.start ? (
          <>
            {', '}
            <DateText value={last.meeting.start} />
          </>
        ) : null}{' '}
        (<a href={`/tagesordnungspunkte/${item.id}`}>{item.number ? `TOP ${item.number}` : 'Tagesordnungspunkt'}</a>)
      </p>
      {votes ? <p>Abstimmung: {votes}</p> : null}
      {item.resolutionText ? <blockquote class="resolution">{item.resolutionText}</blockquote> : null}
    </div>
  );
}
