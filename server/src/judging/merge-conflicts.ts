/**
 * A merge conflict left in a report: Git's markers ("<<<<<<< HEAD", "=======", ">>>>>>> branch")
 * around two versions of the same lines. Both versions render, one after the other, with the
 * markers as text.
 */
import { lineSpans, startsInside } from '../parse/lines';
import type { PostmortemDoc, Span } from '../parse/types';

/** One conflict: the line that opens it, and the lines from its opening marker to its closing one. */
export interface MergeConflict {
  opening: Span;
  firstLine: number;
  lastLine: number;
}

const OPENS = /^<{7}(?:[ \t].*)?$/;
const DIVIDES = /^={7}[ \t]*$/;
const CLOSES = /^>{7}(?:[ \t].*)?$/;

/** Every conflict whose three markers stand on lines of their own, outside code; lines are 1-based. */
export function mergeConflicts(doc: PostmortemDoc): MergeConflict[] {
  if (!doc.text.includes('<<<<<<<')) return [];
  const lines = lineSpans(doc.text);
  const found: MergeConflict[] = [];
  let open: { index: number; divided: boolean } | undefined;
  lines.forEach((line, index) => {
    if (startsInside(doc.opaque, doc.text, line)) return;
    const text = doc.text.slice(line.start, line.end);
    if (OPENS.test(text)) open = { index, divided: false };
    else if (open && DIVIDES.test(text)) open.divided = true;
    else if (open?.divided && CLOSES.test(text)) {
      found.push({ opening: lines[open.index]!, firstLine: open.index + 1, lastLine: index + 1 });
      open = undefined;
    }
  });
  return found;
}
