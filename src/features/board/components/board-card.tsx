// One applicant on the board: the name opens the applicant, the card drags with a mouse or finger, and the Move
// button picks it up from the keyboard.
import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { cardClass } from '@/components/ui/card';
import { ScoreCell } from '@/features/applicants';
import { ageLabel, cardFlags, type BoardCard } from '../types.ts';

export const INSTRUCTIONS_ID = 'board-move-instructions';

type Props = {
  card: BoardCard;
  href: string;
  now: number;
  movable: boolean;
  picked: boolean;
  onKeyMove: (event: React.KeyboardEvent<HTMLButtonElement>, card: BoardCard) => void;
  onBlurMove: (card: BoardCard) => void;
};

export const BoardCardView = memo(function BoardCardView({ card, href, now, movable, picked, onKeyMove, onBlurMove }: Props) {
  const { setNodeRef, listeners, attributes, isDragging, transform } = useDraggable({ id: card.id, disabled: !movable });
  const age = ageLabel(card.created_at, now);
  const flags = cardFlags(card);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      {...(movable ? listeners : {})}
      // The keyboard uses the Move button; the card itself is not a second tab stop.
      {...{ 'aria-roledescription': attributes['aria-roledescription'] }}
      data-card-id={card.id}
      className={`${cardClass} relative p-3 ${movable ? 'cursor-grab touch-manipulation' : ''} ${isDragging ? 'z-10 cursor-grabbing opacity-80 shadow-lg ring-2 ring-indigo-400' : ''} ${picked ? 'ring-2 ring-indigo-600' : ''}`}
    >
      <div className="flex items-start justify-between gap-2">
        <Link
          to={href}
          className="min-w-0 font-medium break-words text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {card.full_name}
        </Link>
        {movable && (
          <button
            type="button"
            aria-label={`Move ${card.full_name}`}
            aria-describedby={INSTRUCTIONS_ID}
            aria-pressed={picked}
            onKeyDown={(e) => onKeyMove(e, card)}
            onBlur={() => onBlurMove(card)}
            className="shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 aria-pressed:bg-indigo-600 aria-pressed:text-white"
          >
            Move
          </button>
        )}
      </div>
      <div className="mt-2 flex items-center justify-between gap-2 text-sm">
        <ScoreCell score={card.score} status={card.parse_status === 'failed' || card.parse_status === 'pending' ? card.parse_status : 'done'} />
        <span className="text-xs text-slate-500" title={age.long}>
          <span aria-hidden="true">{age.short}</span>
          <span className="sr-only">{age.long}</span>
        </span>
      </div>
      {flags.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1">
          {flags.map((f) => (
            <Badge key={f.label} tone={f.tone} title={f.hint}>
              {f.label}
            </Badge>
          ))}
        </div>
      )}
    </li>
  );
});
