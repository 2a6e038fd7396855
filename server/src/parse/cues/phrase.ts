/**
 * A cue's phrase, compiled from its notation (see match.ts) into terms, and matched on the words
 * of a text.
 */
import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular';
import type { Words } from './words';

/** One term of a phrase. */
export interface Term {
  stems: Set<string> | undefined;
  words: Set<string> | undefined;
  pattern: RegExp | undefined;
  optional: boolean;
  /** Up to this many words of any kind (a gap), or -1 for a quoted name; 0 for a word term. */
  gap: number;
}

const QUOTED_NAME = -1;
const MAX_QUOTED = 8;

// Irregular forms by any of their words.
const IRREGULAR_FORMS = new Map<string, readonly string[]>();
for (const group of IRREGULAR) for (const word of group) IRREGULAR_FORMS.set(word, group);

/** Reads one phrase (see the notation in match.ts). Throws on a phrase that cannot be read: cue data is checked when it loads. */
export function compilePhrase(source: string): Term[] {
  const terms = source
    .trim()
    .split(/\s+/)
    .map((part): Term => {
      if (/^~\d+$/.test(part)) return { stems: undefined, words: undefined, pattern: undefined, optional: true, gap: Number(part.slice(1)) };
      if (part === '~"') return { stems: undefined, words: undefined, pattern: undefined, optional: true, gap: QUOTED_NAME };
      const optional = part.endsWith('?') && !part.endsWith('/?') ? true : part.endsWith('/?');
      const body = optional ? part.slice(0, -1) : part;
      if (body.startsWith('/')) {
        const close = body.lastIndexOf('/');
        if (close <= 0) throw new Error(`cue "${source}": unclosed pattern ${part}`);
        return { stems: undefined, words: undefined, pattern: new RegExp(body.slice(1, close), body.slice(close + 1)), optional, gap: 0 };
      }
      const stemSet = new Set<string>();
      const wordSet = new Set<string>();
      for (const alternative of body.split('|')) {
        if (!alternative) throw new Error(`cue "${source}": empty alternative in ${part}`);
        if (alternative.startsWith('=')) {
          wordSet.add(alternative.slice(1).toLowerCase());
          continue;
        }
        const lower = alternative.toLowerCase();
        stemSet.add(stemmer(lower));
        for (const form of IRREGULAR_FORMS.get(lower) ?? []) wordSet.add(form);
      }
      return { stems: stemSet.size ? stemSet : undefined, words: wordSet.size ? wordSet : undefined, pattern: undefined, optional, gap: 0 };
    });
  const first = terms[0];
  if (!first || first.optional || first.gap !== 0) throw new Error(`cue "${source}": a phrase starts with a word that must be there`);
  return terms;
}

/** True when `term` takes the word at `index`: by its stem, its spelling or a pattern. */
export function accepts(term: Term, words: Words, index: number): boolean {
  return (term.stems !== undefined && term.stems.has(words.stem(index))) || (term.words !== undefined && term.words.has(words.lower(index))) || (term.pattern !== undefined && term.pattern.test(words.original(index)));
}

/**
 * The index of the last word of `terms` matched from word `at` (the words before `limit` only), or
 * -1. Gaps are as short as they can be; an optional word is taken when it is there.
 */
export function matchPhrase(terms: readonly Term[], words: Words, at: number, limit = words.length): number {
  return matchFrom(terms, 0, words, at, at, limit);
}

function matchFrom(terms: readonly Term[], index: number, words: Words, at: number, first: number, limit: number): number {
  if (index === terms.length) return at - 1;
  const term = terms[index]!;
  if (term.gap === QUOTED_NAME) {
    // No quoted name, or words from a quote mark to the next one.
    const without = matchFrom(terms, index + 1, words, at, first, limit);
    if (without >= 0 || at >= limit || !words.quote(at) || !words.joined(at)) return without;
    for (let end = at + 1; end < limit && end - at <= MAX_QUOTED; end++) {
      if (!words.joined(end)) return -1;
      if (words.quote(end)) return matchFrom(terms, index + 1, words, end, first, limit);
    }
    return -1;
  }
  if (term.gap > 0) {
    for (let skip = 0; skip <= term.gap; skip++) {
      if (skip > 0 && (at + skip - 1 >= limit || !words.joined(at + skip - 1))) return -1;
      const found = matchFrom(terms, index + 1, words, at + skip, first, limit);
      if (found >= 0) return found;
    }
    return -1;
  }
  if (at < limit && (at === first || words.joined(at)) && accepts(term, words, at)) {
    const found = matchFrom(terms, index + 1, words, at + 1, first, limit);
    if (found >= 0) return found;
  }
  return term.optional ? matchFrom(terms, index + 1, words, at, first, limit) : -1;
}
