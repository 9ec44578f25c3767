// A card on a job's pipeline board: what a recruiter needs to decide at a glance, and the flags the data has today.
import type { Stage } from '@/lib/stages';
import type { Tables } from '@/lib/database.types';

export type BoardCard = Pick<Tables<'applications'>, 'id' | 'full_name' | 'score' | 'parse_status' | 'created_at' | 'knockout_kept_at'> & {
  stage: Stage;
  knocked_out: boolean;
};

export type CardFlag = { label: string; tone: 'danger' | 'warning' | 'info'; hint: string };

/** The flags a card shows, most serious first. */
export function cardFlags(card: Pick<BoardCard, 'knocked_out' | 'knockout_kept_at' | 'parse_status'>): CardFlag[] {
  const flags: CardFlag[] = [];
  if (card.knocked_out && !card.knockout_kept_at)
    flags.push({ label: 'Knocked out', tone: 'danger', hint: 'An answer meets a knockout rule of the job.' });
  if (card.parse_status === 'failed')
    flags.push({ label: 'Needs a manual look', tone: 'warning', hint: 'The resume could not be scored; read it yourself.' });
  if (card.parse_status === 'pending') flags.push({ label: 'Scoring…', tone: 'info', hint: 'The resume is being scored.' });
  return flags;
}

/** "3 d", "5 h": how long ago the candidate applied, short enough for a card. */
export function ageLabel(createdAt: string, now: number): { short: string; long: string } {
  const minutes = Math.max(0, Math.floor((now - Date.parse(createdAt)) / 60_000));
  const [n, unit, word] =
    minutes < 60 ? [minutes, 'min', 'minute'] : minutes < 1440 ? [Math.floor(minutes / 60), 'h', 'hour'] : [Math.floor(minutes / 1440), 'd', 'day'];
  return { short: `${n} ${unit}`, long: `applied ${n} ${word}${n === 1 ? '' : 's'} ago` };
}
