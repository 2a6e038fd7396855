/** Applying fixes: the one function the CLI, the server and the tests share. */
import type { Fix, TextEdit } from '../rules/types';

/** The result of applying fixes: the new text and which fixes were applied or skipped. */
export interface FixResult {
  text: string;
  applied: Fix[];
  skipped: Fix[];
}

/**
 * Applies `fixes` to `text`. Each fix is all or nothing: a fix whose edits overlap an edit already
 * accepted is skipped (the caller re-lints and tries again, as ESLint does). Insertions at the same
 * point keep the order they were given in. Only the named spans change.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const accepted: Array<{ edit: TextEdit; order: number }> = []; // sorted by start, then order
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let order = 0;
  for (const fix of fixes) {
    const valid = fix.edits.every((edit) => edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= text.length);
    if (!valid || selfOverlapping(fix.edits) || fix.edits.some((edit) => conflicts(accepted, edit))) {
      skipped.push(fix);
      continue;
    }
    for (const edit of fix.edits) accepted.splice(insertionPoint(accepted, sortKey(edit) + 0.25), 0, { edit, order: order++ });
    applied.push(fix);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const { edit } of accepted) {
    parts.push(text.slice(cursor, edit.span.start), edit.newText);
    cursor = edit.span.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}

// Edits are ordered by start; at one offset, insertions come before the replacement that starts
// there (else the replaced text would be written twice), and equal keys keep the order given.
function sortKey(edit: TextEdit): number {
  return edit.span.start + (edit.span.start === edit.span.end ? 0 : 0.5);
}

// The index of the first accepted edit whose sort key is at or after `key`.
function insertionPoint(accepted: ReadonlyArray<{ edit: TextEdit }>, key: number): number {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortKey(accepted[middle]!.edit) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Accepted edits never overlap, so only those near `edit` can: walk out from its insertion point.
function conflicts(accepted: ReadonlyArray<{ edit: TextEdit }>, edit: TextEdit): boolean {
  const at = insertionPoint(accepted, edit.span.start); // the first edit starting at or after ours
  for (let index = at; index < accepted.length && accepted[index]!.edit.span.start <= edit.span.end; index++) {
    if (overlaps(edit, accepted[index]!.edit)) return true;
  }
  for (let index = at - 1; index >= 0; index--) {
    const other = accepted[index]!.edit;
    if (overlaps(edit, other)) return true;
    if (other.span.end <= edit.span.start && other.span.start < other.span.end) break; // nothing earlier can reach
  }
  return false;
}

// Two replacements overlap when they share a character; an insertion conflicts only with a
// replacement that strictly contains its point. Two insertions at one point do not conflict.
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.span.start === a.span.end;
  const bEmpty = b.span.start === b.span.end;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return a.span.start > b.span.start && a.span.start < b.span.end;
  if (bEmpty) return b.span.start > a.span.start && b.span.start < a.span.end;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

function selfOverlapping(edits: readonly TextEdit[]): boolean {
  return edits.some((edit, index) => edits.slice(index + 1).some((other) => overlaps(edit, other)));
}
