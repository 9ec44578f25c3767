// Required text must hold something a person can see. String.trim() already drops non-breaking and ideographic
// spaces, but not zero-width spaces, joiners, bidi marks, the BOM or Hangul fillers, so a "name" of U+200B alone
// would pass a trimmed min-length check. The database's public.has_visible_text() refuses exactly the same set
// (tests/app/db/visible-text.test.ts compares the two on every code point).

/** Unicode White_Space, Default_Ignorable_Code_Point, controls and the blank braille pattern: nothing to see. */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\u2800]*$/u;

/** True when `text` has at least one visible character. */
export const hasVisibleText = (text: string): boolean => !INVISIBLE_ONLY.test(text);
