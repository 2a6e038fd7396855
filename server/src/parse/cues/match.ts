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
 * The words of a phrase run on: a comma, a full stop, a colon or a line break between two words
 * ends it (brackets, quotes, hyphens and emphasis do not). A cue may also name the word that must
 * not come right before it (`notBefore`, one term) and the phrases that must not come right after
 * it (`notAfter`). The text is read into words once ({@link tokenize}); every cue is then looked up
 * from the word it starts with, so a text costs one pass, not one per cue.
 */
import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular';

/** A word of the text, with UTF-16 offsets into it. */
export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case, with ’ read as '. */
  lower: string;
  stem: string;
  /** Nothing but spaces, quotes, hyphens, brackets or emphasis between the word before and this one: a phrase runs on. */
  joined: boolean;
  /** A clause starts here: punctuation, a bracket or a line break before it (or the text's start). */
  clause: boolean;
  /** A quote mark right before this word (one opens or closes a quoted name). */
  quote: boolean;
}

// Words: a URL (read as a break, never as words), an issue number, an @handle, or letters and digits with inner
// apostrophes ("didn't") and inner dots or pluses before a digit ("v1.12.13", "hotfix.6": a version, one word).
const WORD = /https?:\/\/[^\s<>()[\]]+|#\d+\b|@[\p{L}\p{N}_-]*[\p{L}\p{N}]|[\p{L}\p{N}]+(?:(?:['’]|[.+](?=\p{N}))[\p{L}\p{N}]+)*/gu;

// Stems already computed, shared by every text; cleared when full, so it never grows past this.
const STEM_CACHE_LIMIT = 20_000;
const stems = new Map<string, string>();

/** The stem of a lower-case word, remembered. "Sam's" is read as "Sam". */
export function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    const word = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    stem = /^[#@]/.test(word) ? word : stemmer(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(lower, stem);
  }
  return stem;
}

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let broken = true; // a URL or the text's start before the next word
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (word.startsWith('http') && /^https?:\/\//.test(word)) {
      broken = true;
      previousEnd = start + word.length;
      continue;
    }
    const separator = separatorKind(text, previousEnd, start);
    const lower = word.toLowerCase().replace(/’/g, "'");
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower,
      stem: stemOf(lower),
      joined: !broken && separator !== HARD,
      clause: broken || separator !== SOFT,
      quote: hasQuote(text, previousEnd, start),
    });
    previousEnd = start + word.length;
    broken = false;
  }
  return tokens;
}

const SOFT = 0;
const BRACKET = 1;
const HARD = 2;

// What lies between two words: spaces and the like (soft), a bracket, or punctuation that ends a phrase.
function separatorKind(text: string, from: number, to: number): number {
  let kind = SOFT;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    switch (code) {
      case 0x2e: // .
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
      case 0x21: // !
      case 0x3f: // ?
      case 0x7c: // |
      case 0x0a: // \n
      case 0x0d: // \r
      case 0x2026: // …
      case 0x2013: // –
      case 0x2014: // —
        return HARD;
      case 0x2d: // - between spaces is a dash; inside a word ("on-call") it is not
        if (isSpace(text, index - 1) || isSpace(text, index + 1)) return HARD;
        break;
      case 0x28: // (
      case 0x29: // )
      case 0x5b: // [
      case 0x5d: // ]
      case 0x7b: // {
      case 0x7d: // }
        kind = BRACKET;
        break;
      default:
    }
  }
  return kind;
}

function isSpace(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || char === ' ' || char === '\t' || char === '\u00a0';
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (char === '"' || char === '“' || char === '”' || char === '`' || char === "'" || char === '‘' || char === '’') return true;
  }
  return false;
}

/** One term of a phrase. */
interface Term {
  stems: Set<string> | undefined;
  words: Set<string> | undefined;
  pattern: RegExp | undefined;
  optional: boolean;
  /** Up to this many words of any kind (a gap), or -1 for a quoted name; 0 for a word term. */
  gap: number;
}

const QUOTED = -1;
const MAX_QUOTED = 8;

// Irregular forms by any of their words.
const IRREGULAR_FORMS = new Map<string, readonly string[]>();
for (const group of IRREGULAR) for (const word of group) IRREGULAR_FORMS.set(word, group);

/** Reads one phrase (see the file comment). Throws on a phrase that cannot be read: cue data is checked when it loads. */
export function compilePhrase(source: string): Term[] {
  const terms = source
    .trim()
    .split(/\s+/)
    .map((part): Term => {
      if (/^~\d+$/.test(part)) return { stems: undefined, words: undefined, pattern: undefined, optional: true, gap: Number(part.slice(1)) };
      if (part === '~"') return { stems: undefined, words: undefined, pattern: undefined, optional: true, gap: QUOTED };
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

function accepts(term: Term, token: Token): boolean {
  return (term.stems !== undefined && term.stems.has(token.stem)) || (term.words !== undefined && term.words.has(token.lower)) || (term.pattern !== undefined && term.pattern.test(token.text));
}

/**
 * The index of the last word of `terms` matched from word `at` (the words before `limit` only), or
 * -1. Gaps are as short as they can be; an optional word is taken when it is there.
 */
export function matchPhrase(terms: readonly Term[], tokens: readonly Token[], at: number, limit = tokens.length): number {
  return matchFrom(terms, 0, tokens, at, at, limit);
}

function matchFrom(terms: readonly Term[], index: number, tokens: readonly Token[], at: number, first: number, limit: number): number {
  if (index === terms.length) return at - 1;
  const term = terms[index]!;
  if (term.gap === QUOTED) {
    // No quoted name, or words from a quote mark to the next one.
    const without = matchFrom(terms, index + 1, tokens, at, first, limit);
    if (without >= 0 || at >= limit || !tokens[at]!.quote || !tokens[at]!.joined) return without;
    for (let end = at + 1; end < limit && end - at <= MAX_QUOTED; end++) {
      if (!tokens[end]!.joined) return -1;
      if (tokens[end]!.quote) return matchFrom(terms, index + 1, tokens, end, first, limit);
    }
    return -1;
  }
  if (term.gap > 0) {
    for (let skip = 0; skip <= term.gap; skip++) {
      if (skip > 0 && (at + skip - 1 >= limit || !tokens[at + skip - 1]!.joined)) return -1;
      const found = matchFrom(terms, index + 1, tokens, at + skip, first, limit);
      if (found >= 0) return found;
    }
    return -1;
  }
  if (at < limit && (at === first || tokens[at]!.joined) && accepts(term, tokens[at]!)) {
    const found = matchFrom(terms, index + 1, tokens, at + 1, first, limit);
    if (found >= 0) return found;
  }
  return term.optional ? matchFrom(terms, index + 1, tokens, at, first, limit) : -1;
}

/** What a cue is made of (the data files add their own fields: a phase, a keyword, a note). */
export interface CueSpec {
  /** Phrases, any of which shows the cue. */
  readonly phrases: readonly string[];
  /** One term: the cue does not count right after such a word, auxiliaries aside ("system calls in" is no "called in"; "latency is going down" is no outage). */
  readonly notBefore?: string;
  /** Phrases: the cue does not count right before one ("paged the network team" is escalation, not "paged"). */
  readonly notAfter?: readonly string[];
}

/** A cue found in a text: the words from `first` to `last` (indices into the tokens). */
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
  scan(tokens: readonly Token[], visit: (match: CueMatch<C>) => boolean | void, from = 0, to = tokens.length, limit = to): void {
    for (let at = from; at < to; at++) {
      const token = tokens[at]!;
      const candidates = this.candidates(token);
      if (!candidates) continue;
      for (const compiled of candidates) {
        const last = matchPhrase(compiled.terms, tokens, at, limit);
        if (last < 0 || !this.standsAlone(compiled, tokens, at, last, limit)) continue;
        if (visit({ cue: compiled.cue, first: at, last })) return;
      }
    }
  }

  /** True when any cue starts in words [from, to) and ends before word `limit`. */
  test(tokens: readonly Token[], from = 0, to = tokens.length, limit = to): boolean {
    let found = false;
    this.scan(tokens, () => (found = true), from, to, limit);
    return found;
  }

  private candidates(token: Token): readonly Compiled<C>[] | undefined {
    const byStem = this.byStem.get(token.stem);
    const byWord = this.byWord.get(token.lower);
    let anywhere: Compiled<C>[] | undefined;
    for (const compiled of this.anywhere) if (accepts(compiled.terms[0]!, token)) (anywhere ??= []).push(compiled);
    if (!byWord && !anywhere) return byStem;
    if (!byStem && !anywhere) return byWord;
    if (!byStem && !byWord) return anywhere;
    return [...new Set([...(byStem ?? []), ...(byWord ?? []), ...(anywhere ?? [])])].sort((a, b) => a.order - b.order);
  }

  private standsAlone(compiled: Compiled<C>, tokens: readonly Token[], first: number, last: number, to: number): boolean {
    if (compiled.notBefore) {
      // The word before, looking past auxiliaries: "the error rate is going down" is about the rate.
      let before = first - 1;
      while (before > 0 && tokens[before + 1]!.joined && AUXILIARIES.has(tokens[before]!.lower)) before--;
      if (before >= 0 && tokens[before + 1]!.joined && accepts(compiled.notBefore, tokens[before]!)) return false;
    }
    if (last + 1 < to && tokens[last + 1]!.joined) {
      for (const terms of compiled.notAfter) if (matchPhrase(terms, tokens, last + 1, to) >= 0) return false;
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
