// The keyboard move of a card: Space or Enter picks it up, the arrow keys choose a column, Space or Enter drops it
// there, Escape puts it back. Pure, so the rules are unit-tested apart from the DOM.
import type { Stage } from '@/lib/stages';

export type KeyMove = { id: string; from: Stage; over: Stage };
export type KeyAction = { kind: 'pick' } | { kind: 'over'; stage: Stage } | { kind: 'drop'; stage: Stage } | { kind: 'cancel' } | { kind: 'none' };

export function keyAction(key: string, columns: readonly Stage[], card: { id: string; stage: Stage }, move: KeyMove | null): KeyAction {
  const holding = move?.id === card.id;
  if (!holding) return key === ' ' || key === 'Enter' ? { kind: 'pick' } : { kind: 'none' };
  const at = columns.indexOf(move.over);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return at < columns.length - 1 ? { kind: 'over', stage: columns[at + 1] } : { kind: 'none' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return at > 0 ? { kind: 'over', stage: columns[at - 1] } : { kind: 'none' };
    case 'Home':
      return { kind: 'over', stage: columns[0] };
    case 'End':
      return { kind: 'over', stage: columns[columns.length - 1] };
    case ' ':
    case 'Enter':
      return move.over === move.from ? { kind: 'cancel' } : { kind: 'drop', stage: move.over };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return { kind: 'none' };
  }
}
