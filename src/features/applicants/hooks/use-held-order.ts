// Rows keep the order the recruiter is reading them in while a background refetch brings new scores; they re-sort on request.
import { useState } from 'react';

type Row = { id: string };

/** The new rows in the order of `shown` (rows no longer there drop out, rows new to the page come last). */
export function heldOrder<T extends Row>(shown: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const kept = shown.flatMap((id) => byId.get(id) ?? []);
  const known = new Set(shown);
  return [...kept, ...rows.filter((r) => !known.has(r.id))];
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * `rows` as the server sorted them, held in the order first shown for the same `key` while `hold` is on (a list
 * sorted by score: rescoring changes the order under the reader). `reordered` says the server's order differs now.
 */
export function useHeldOrder<T extends Row>(rows: readonly T[] | undefined, key: string, hold: boolean) {
  const [shown, setShown] = useState<{ key: string; ids: readonly string[] } | null>(null);
  const held = rows && hold && shown?.key === key ? heldOrder(shown.ids, rows) : rows;
  const ids = held?.map((r) => r.id);
  if (ids && (shown?.key !== key || !sameIds(shown.ids, ids))) setShown({ key, ids });
  const reordered =
    !!rows &&
    !!held &&
    !sameIds(
      held.map((r) => r.id),
      rows.map((r) => r.id),
    );
  const resort = () => rows && setShown({ key, ids: rows.map((r) => r.id) });
  return { rows: held, reordered, resort };
}
