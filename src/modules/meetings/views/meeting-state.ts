/**
 * @module meetings/views/meeting-state
 * The state a reader sees. A session whose day is over is no longer „eingeladen“ or „geplant“,
 * whatever the stored state says (an import or the demo data set it before the day and nobody
 * changed it since): it shows as „durchgeführt“. Cancelled stays „abgesagt“.
 */
import { berlinDate } from '../../../lib/format.ts';

export interface MeetingStateFacts {
  state: string;
  cancelled: boolean;
  start: Date | null;
}

export function shownMeetingState(meeting: MeetingStateFacts, now: Date): string {
  if (meeting.cancelled || meeting.state === 'abgesagt') return 'abgesagt';
  const before = meeting.state === 'geplant' || meeting.state === 'eingeladen';
  if (before && meeting.start && berlinDate(meeting.start) < berlinDate(now)) return 'durchgeführt';
  return meeting.state;
}
