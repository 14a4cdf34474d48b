/**
 * @module meetings/views/AgendaItemPageView
 * One Tagesordnungspunkt: what was decided, how the vote went, and the whole Beratungsverlauf of
 * its paper across committees, so a reader follows a paper from Ausschuss to Kreistag.
 */
import { formatDate, formatTime } from '../../../lib/format.ts';
import { DateText, VisibilityBadge } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { ConsultationView } from '../../papers/index.ts';
import { Beratungsfolge } from '../../papers/index.ts';
import type { AgendaItemPage } from '../agenda-item.queries.ts';
import { voteText } from '../../papers/index.ts';

export function AgendaItemPageView(props: { item: AgendaItemPage; steps: ConsultationView[]; bodyName: string; now: Date }) {
  const { item } = props;
  const label = `TOP ${item.number ?? ''}`.trim();
  const gremium = item.organizations.map((o) => o.name).join(', ');
  const votes = voteText({ unanimous: item.unanimous, yes: item.yes, no: item.no, abstention: item.abstention });
  const when = item.meetingStart ? ` am ${formatDate(item.meetingStart)}` : '';
  return (
    <Layout
      title={`${label}: ${item.name}`}
      description={`${label} der Sitzung ${item.meetingName}${when}: ${item.result ? `Ergebnis ${item.result}` : 'noch ohne Ergebnis'}.`}
      bodyName={props.bodyName}
      section="sitzungen"
      breadcrumbs={[
        { label: 'Start', href: '/' },
        { label: 'Sitzungen', href: '/sitzungen' },
        { label: item.meetingName, href: `/sitzungen/${item.meetingId}` },
        { label },
      ]}
    >
      <h1>
        <span class="paper-kicker">{label}</span>
        {item.name}
      </h1>
      {item.public ? null : (
        <p>
          <VisibilityBadge public={false} /> Dieser Tagesordnungspunkt wird nichtöffentlich beraten; nur Berechtigte sehen ihn.
        </p>
      )}
      <dl class="meta">
        <dt>Sitzung</dt>
        <dd>
          <a href={`/sitzungen/${item.meetingId}`}>{item.meetingName}</a>
        </dd>
        <dt>Gremium</dt>
        <dd>
          {item.organizations.length
            ? item.organizations.map((o, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/gremien/${o.id}`}>{o.name}</a>
                </>
              ))
            : gremium || <span class="empty">keine Angabe</span>}
        </dd>
        <dt>Termin</dt>
        <dd>
          {item.meetingStart ? (
            <>
              <DateText value={item.meetingStart} />, {formatTime(item.meetingStart)} Uhr
            </>
          ) : (
            <span class="empty">noch offen</span>
          )}
          {item.meetingCancelled ? ' (abgesagt)' : ''}
        </dd>
        <dt>Vorlage</dt>
        <dd>
          {item.paper ? (
            <a href={`/vorlagen/${item.paper.slug}`}>
              {item.paper.paperType} {item.paper.reference}: {item.paper.name}
            </a>
          ) : (
            <span class="empty">keine</span>
          )}
        </dd>
      </dl>
      <h2>Beschluss</h2>
      {item.result ? (
        <>
          <p>
            Ergebnis: <strong>{item.result}</strong>
          </p>
          {votes ? <p>Abstimmung: {votes}</p> : null}
          {item.resolutionText ? <blockquote class="resolution">{item.resolutionText}</blockquote> : null}
        </>
      ) : (
        <p class="empty">
          {item.meetingCancelled
            ? 'Die Sitzung wurde abgesagt.'
            : item.meetingStart && item.meetingStart > props.now
              ? 'Die Sitzung hat noch nicht stattgefunden.'
              : 'Noch kein Ergebnis eingetragen.'}
        </p>
      )}
      {item.paper ? (
        <>
          <h2>Beratungsverlauf der Vorlage</h2>
          <Beratungsfolge consultations={props.steps} now={props.now} current={item.id} />
        </>
      ) : null}
    </Layout>
  );
}
