/** @module ui/components — small pieces shared by the views of several modules. */
import type { Child } from 'hono/jsx';
import { formatDate, isoDate } from '../lib/format.ts';

export function DateText(props: { value: string | Date | null; empty?: string }) {
  if (props.value === null) return <span class="empty">{props.empty ?? 'ohne Datum'}</span>;
  return <time datetime={isoDate(props.value)}>{formatDate(props.value)}</time>;
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
  return props.public ? (
    <span class="badge badge-public">öffentlich</span>
  ) : (
    <span class="badge badge-nonpublic">nichtöffentlich</span>
  );
}
