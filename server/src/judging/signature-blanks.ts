/**
 * Blanks that a finished report keeps: the line where a sign-off is signed ("Signature: ____", a
 * "Signature" or "Initials" column of a sign-off table). A printed form is signed by hand, so its
 * blank is the form's, not a template's. Read for template-leftover.
 */
import type { Span } from '../parse/types';

// The words that name where a person signs.
const SIGN_WORDS = /\b(?:signatures?|signed|sign(?:[- ]?off|ed\s+off)?|initials)\b/i;
// A table's delimiter row: "|---|:---:|".
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|/;

/** True when the blank at `offset` of line `index` is where someone signs. */
export function signatureBlank(text: string, lines: readonly Span[], index: number, offset: number): boolean {
  const line = text.slice(lines[index]!.start, lines[index]!.end);
  const before = line.slice(0, offset);
  // "Signature: ____", "| Signed | ____ |": the label in the same cell or just before it.
  if (SIGN_WORDS.test(before.split('|').slice(-2).join('|'))) return true;
  if (!TABLE_ROW.test(line)) return false;
  const column = cells(before).length - 1;
  for (let above = index - 1; above > 0; above--) {
    const row = text.slice(lines[above]!.start, lines[above]!.end);
    if (!TABLE_ROW.test(row) && !DELIMITER_ROW.test(row)) return false;
    if (DELIMITER_ROW.test(row)) {
      const header = cells(text.slice(lines[above - 1]!.start, lines[above - 1]!.end));
      return SIGN_WORDS.test(header[column] ?? '');
    }
  }
  return false;
}

// A row's cells, without the leading pipe: "| a | b" is ["a", "b"].
function cells(row: string): string[] {
  return row.replace(/^[ \t]*\|/, '').split('|');
}
