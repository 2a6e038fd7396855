/** Sentences in the summary's prose: where one ends, and the one around an offset. */
import { leadingMarkupLength } from '../lines';
import type { Span } from '../types';

// A mark that ends a sentence: not the dots of "a.m.", "approx." or "e.g.".
export const SENTENCE_END = /(?<!\b(?:[aApP]\.[mM]|approx|e\.g|i\.e|etc|vs))[.!?;](?=\s|$)/g;

/** The sentence of `line` around `offset`. */
export function sentenceAround(text: string, line: Span, offset: number): Span {
  const before = text.slice(line.start, offset);
  const ends = [...before.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  const start = last ? line.start + last.index + 1 + /^\s*/.exec(before.slice(last.index + 1))![0].length : line.start + leadingMarkupLength(before);
  SENTENCE_END.lastIndex = 0;
  const after = SENTENCE_END.exec(text.slice(offset, line.end));
  return { start, end: after ? offset + after.index + 1 : line.end };
}
