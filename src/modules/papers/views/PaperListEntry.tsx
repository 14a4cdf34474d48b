/** @module papers/views/PaperListEntry — one paper in any list of papers: title, state, reference, type, date. */
import { DateText } from '../../../ui/components.tsx';
import type { PaperState } from '../paper-state.ts';
import type { PaperRef } from '../papers.queries.ts';
import { PaperStateBadge } from './PaperStateBadge.tsx';

/** `detail` follows the date, e.g. the Federführung or the roles in a Beratungsfolge. */
export function PaperListEntry(props: { paper: PaperRef & { date: string | null; state?: PaperState | null }; detail?: string | undefined }) {
  const p = props.paper;
  return (
    <li data-paper-id={p.id}>
      <a class="paper-title" href={`/vorlagen/${p.slug}`}>
        {p.name}
      </a>
      <div class="paper-meta">
        <PaperStateBadge state={p.state} />
        {p.state ? ' ' : ''}
        {p.reference} · {p.paperType} · <DateText value={p.date} />
        {props.detail ? ` · ${props.detail}` : ''}
      </div>
    </li>
  );
}
