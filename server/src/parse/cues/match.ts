/**
 * The cue matcher: prose read as words, each word by its stem (Porter), so that one cue covers
 * "report, reports, reported, reporting". A cue is a short phrase of terms, written as data:
 *
 * - `report`: any word with the stem of "report"; irregular forms join it (see irregular.ts: `go`
 *   also matches "went", `be` matches "was");
 * - `alert|alarm`: alternatives;
 * - `=failed`: this spelling only, where the stem would over-match ("failing tests" is no failure);
 * - `/^5(?:\d\d|xx)s?$/i`: a pattern tested on the word as written (numbers, handles, names);
 * - `the?`: an optional term (`a|an|the?` is one optional term with three alternatives);
 * - `~3`: up to three words of any kind; `~"`: a quoted name ('Alert "disk-full" fires').
 *
 * The words of a phrase run on: a comma, a full stop, a colon, a blank line or a new list item
 * between two words ends it (brackets, quotes, hyphens, emphasis and a wrapped line do not). A cue may also name the word that must
 * not come right before it (`notBefore`, one term) and the phrases that must not come right after
 * it (`notAfter`). The text is read into words once ({@link tokenize}); every cue is then looked up
 * from the word it starts with, so a text costs one pass, not one per cue.
 */
import { accepts, compilePhrase, matchPhrase, type Term } from './phrase';
import type { Words } from './words';

// The words and phrases the matcher reads, for the files that use the matcher.
export { stemOf, tokenize, Words } from './words';
export { compilePhrase, matchPhrase } from './phrase';

/** What a cue is made of (the data files add their own fields: a phase, a keyword, a note). */
export interface CueSpec {
  /** Phrases, any of which shows the cue. */
  readonly phrases: readonly string[];
  /** One term: the cue does not count right after such a word, auxiliaries aside ("system calls in" is no "called in"; "latency is going down" is no outage). */
  readonly notBefore?: string;
  /** Phrases: the cue does not count right before one ("paged the network team" is escalation, not "paged"). */
  readonly notAfter?: readonly string[];
}

/** A cue found in a text: the words from `first` to `last` (indices into its words). */
export interface CueMatch<C> {
  cue: C;
  first: number;
  last: number;
}

interface Compiled<C> {
  cue: C;
  order: number;
  terms: Term[];
  notBefore: Term | undefined;
  notAfter: Term[][];
}

/** A vocabulary of cues, compiled once, matched on the words of any number of texts. */
export class CueMatcher<C extends CueSpec> {
  private readonly byStem = new Map<string, Compiled<C>[]>();
  private readonly byWord = new Map<string, Compiled<C>[]>();
  // Phrases that start with a pattern: tried at every word.
  private readonly anywhere: Compiled<C>[] = [];

  constructor(cues: readonly C[]) {
    let order = 0;
    for (const cue of cues) {
      const notBefore = cue.notBefore === undefined ? undefined : compilePhrase(cue.notBefore)[0];
      const notAfter = (cue.notAfter ?? []).map(compilePhrase);
      for (const phrase of cue.phrases) {
        const compiled: Compiled<C> = { cue, order: order++, terms: compilePhrase(phrase), notBefore, notAfter };
        const first = compiled.terms[0]!;
        for (const stem of first.stems ?? []) push(this.byStem, stem, compiled);
        for (const word of first.words ?? []) push(this.byWord, word, compiled);
        if (first.pattern) this.anywhere.push(compiled);
      }
    }
  }

  /**
   * Every match that starts in words [from, to) and ends before word `limit`, in the order of the
   * words they start at (and at one word, in the order of the cues); `visit` returns true to stop.
   */
  scan(words: Words, visit: (match: CueMatch<C>) => boolean | void, from = 0, to = words.length, limit = to): void {
    // The cues a word can start, worked out once per distinct spelling.
    const bySpelling: Array<readonly Compiled<C>[] | null | undefined> = new Array(words.spellingCount);
    for (let at = from; at < to; at++) {
      const spelling = words.spelling(at);
      let candidates = bySpelling[spelling];
      if (candidates === undefined) candidates = bySpelling[spelling] = this.candidates(words, at) ?? null;
      if (candidates === null) continue;
      for (const compiled of candidates) {
        const last = matchPhrase(compiled.terms, words, at, limit);
        if (last < 0 || !this.standsAlone(compiled, words, at, last, limit)) continue;
        if (visit({ cue: compiled.cue, first: at, last })) return;
      }
    }
  }

  /** True when any cue starts in words [from, to) and ends before word `limit`. */
  test(words: Words, from = 0, to = words.length, limit = to): boolean {
    let found = false;
    this.scan(words, () => (found = true), from, to, limit);
    return found;
  }

  private candidates(words: Words, at: number): readonly Compiled<C>[] | undefined {
    const byStem = this.byStem.get(words.stem(at));
    const byWord = this.byWord.get(words.lower(at));
    let anywhere: Compiled<C>[] | undefined;
    for (const compiled of this.anywhere) if (accepts(compiled.terms[0]!, words, at)) (anywhere ??= []).push(compiled);
    if (!byWord && !anywhere) return byStem;
    if (!byStem && !anywhere) return byWord;
    if (!byStem && !byWord) return anywhere;
    return [...new Set([...(byStem ?? []), ...(byWord ?? []), ...(anywhere ?? [])])].sort((a, b) => a.order - b.order);
  }

  private standsAlone(compiled: Compiled<C>, words: Words, first: number, last: number, to: number): boolean {
    if (compiled.notBefore) {
      // The word before, looking past auxiliaries: "the error rate is going down" is about the rate.
      let before = first - 1;
      while (before > 0 && words.joined(before + 1) && AUXILIARIES.has(words.lower(before))) before--;
      if (before >= 0 && words.joined(before + 1) && accepts(compiled.notBefore, words, before)) return false;
    }
    if (last + 1 < to && words.joined(last + 1)) {
      for (const terms of compiled.notAfter) if (matchPhrase(terms, words, last + 1, to) >= 0) return false;
    }
    return true;
  }
}

// Words a notBefore looks past.
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'still', 'also', 'now', 'then', 'slowly', 'gradually', 'finally', 'quickly']);

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
