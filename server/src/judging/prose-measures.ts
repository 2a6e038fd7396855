/**
 * Corrective measures written as prose, judged by what they say: a sentence that names a task ahead
 * ("SRE team to add encoded URLs to the post-deploy sanity test") is a measure someone can do and
 * close, though it is not a list; one that only wishes ("we could", "make sure", "it is important
 * to review code") or tells work already done is not. The cues are data in parse/cues/measures.ts.
 */
import { AHEAD_CUES, DONE_CUES, TASK_CUES, WISH_CUES } from '../parse/cues/measures';
import { CueMatcher, tokenize } from '../parse/cues/match';
import type { PostmortemDoc, Span } from '../parse/types';

const tasks = new CueMatcher(TASK_CUES);
const wishes = new CueMatcher(WISH_CUES);
const done = new CueMatcher(DONE_CUES);
const ahead = new CueMatcher(AHEAD_CUES);

/** The sentences of the prose in a span that each name a concrete task ahead. */
export function tasksInProse(doc: PostmortemDoc, span: Span): string[] {
  return sentences(doc.text.slice(span.start, span.end)).filter(namesTaskAhead);
}

/** True when a sentence names an act on a thing that can be done, neither as a wish nor as work already done. */
export function namesTaskAhead(sentence: string): boolean {
  const words = tokenize(sentence);
  if (!tasks.test(words) || wishes.test(words)) return false;
  return !done.test(words) || ahead.test(words);
}

// The text without markup, cut into sentences (a blank line or a list item ends one too).
function sentences(text: string): string[] {
  const plain = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/^[ \t]*(?:```|~~~)[\s\S]*?^[ \t]*(?:```|~~~)[ \t]*$/gm, ' ')
    .replace(/<[^>\n]*>|&[#\w]+;/g, ' ')
    .replace(/[*_`#>]+/g, ' ');
  return plain
    .split(/\n[ \t]*\n|\n[ \t]*(?:[-+•]|\d{1,3}[.)])[ \t]|(?<=[.!?])\s+(?=[\p{Lu}\d"'(])/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence !== '');
}
