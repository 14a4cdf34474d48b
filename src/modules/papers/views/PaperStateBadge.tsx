/** @module papers/views/PaperStateBadge — where a paper stands, as a word in a frame (text, not colour alone). */
import type { PaperState } from '../paper-state.ts';

const classes: Record<PaperState, string> = {
  'in Beratung': 'state-open',
  beschlossen: 'state-decided',
  abgelehnt: 'state-rejected',
  vertagt: 'state-open',
  zurückgezogen: 'state-closed',
  erledigt: 'state-closed',
};

export function PaperStateBadge(props: { state: PaperState | null | undefined }) {
  if (!props.state) return null;
  return (
    <span class={`badge paper-state ${classes[props.state]}`}>
      <span class="visually-hidden">Stand: </span>
      {props.state}
    </span>
  );
}
