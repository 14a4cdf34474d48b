/** @module ui/components — small pieces shared by the views of several modules. */
import type { Child } from 'hono/jsx';
import { formatDate, formatTime, formatWeekday, isoDate } from '../lib/format.ts';
import type { AlternateLink } from './Layout.tsx';

export function DateText(props: { value: string | Date | null; empty?: string }) {
  if (props.value === null) return <span class="empty">{props.empty ?? 'ohne Datum'}</span>;
  return <time datetime={isoDate(props.value)}>{formatDate(props.value)}</time>;
}

/** When a session starts: „Dienstag, 03.06.2025, 17:00 Uhr“, or that it has no date yet. */
export function SessionTime(props: { start: Date | null }) {
  if (!props.start) return <>Termin offen</>;
  return (
    <>
      {formatWeekday(props.start)}, <DateText value={props.start} />, {formatTime(props.start)} Uhr
    </>
  );
}

/** A collapsible section that is open by default and collapses without script. */
export function Section(props: { id: string; title: string; children?: Child }) {
  return (
    <details class="section" open id={props.id}>
      <summary>
        <h2>{props.title}</h2>
      </summary>
      <div class="section-body">{props.children}</div>
    </details>
  );
}

export function VisibilityBadge(props: { public: boolean }) {
  return props.public ? <span class="badge badge-public">öffentlich</span> : <span class="badge badge-nonpublic">nichtöffentlich</span>;
}

const ICAL = 'text/calendar';

/** What a feed or calendar link does, in plain words. */
function actionOf(link: AlternateLink): string {
  if (link.type !== ICAL) return 'Als Feed abonnieren';
  return link.subscribe ? 'Im Kalender abonnieren' : 'In den Kalender übernehmen';
}

/** Visible links to the feeds and calendars a page also announces in its head. */
export function FeedLinks(props: { links: AlternateLink[] }) {
  if (props.links.length === 0) return null;
  return (
    <aside class="feed-links" aria-label="Abonnieren">
      <h2>Abonnieren</h2>
      <ul>
        {props.links.map((l) => (
          <li>
            <a href={l.subscribe ?? l.href} type={l.type}>
              {actionOf(l)}: {l.title}
            </a>{' '}
            {l.subscribe ? (
              <>
                (<a href={l.href}>Kalenderdatei herunterladen</a>, iCal)
              </>
            ) : (
              <span class="attachment-meta">({l.type === ICAL ? 'iCal' : 'Atom'})</span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * The calendar subscription near the top of a sessions or Gremium page: a `webcal://` link that
 * opens the reader's calendar app, the plain download beside it, and one sentence on how it works.
 */
export function CalendarSubscription(props: { links: AlternateLink[] }) {
  const calendars = props.links.filter((l) => l.type === ICAL && l.subscribe);
  if (calendars.length === 0) return null;
  return (
    <div class="calendar-subscription">
      {calendars.map((l) => (
        <p>
          <a class="subscribe-link" href={l.subscribe} type={ICAL}>
            Im Kalender abonnieren
          </a>{' '}
          ({l.title}) · <a href={l.href}>Kalenderdatei herunterladen</a>
        </p>
      ))}
      <p class="subscribe-help">
        Ein Abonnement trägt die Sitzungen in Ihren Kalender ein und hält sie von selbst aktuell; öffnet sich kein Kalenderprogramm, kopieren Sie den Link und
        fügen Sie ihn dort unter „Kalender abonnieren“ oder „Kalender per URL hinzufügen“ ein.
      </p>
    </div>
  );
}

/**
 * A wide table that scrolls sideways on a phone. The region is focusable and named, so that
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll(props: { label: string; children?: Child }) {
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}
