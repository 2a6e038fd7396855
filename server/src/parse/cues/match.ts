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
import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular';


/** A word as written, read once (lower case, stem) and shared by every text it appears in. */
interface Spelling {
  /** As written. */
  text: string;
  /** Lower case, with ’ read as '. */
  lower: string;
  stem: string;
  // Its index in the spelling table of the Words last read with it (see Words).
  owner: Words | undefined;
  slot: number;
}

// Spellings already read; cleared when full, so it never grows past this.
const SPELLING_CACHE_LIMIT = 20_000;
const spellings = new Map<string, Spelling>();

function spellingOf(word: string): Spelling {
  let spelling = spellings.get(word);
  if (spelling === undefined) {
    let lower = word.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    spelling = { text: word, lower, stem: stemOf(lower), owner: undefined, slot: 0 };
    if (spellings.size >= SPELLING_CACHE_LIMIT) spellings.clear();
    spellings.set(word, spelling);
  }
  return spelling;
}

/** The stem of a lower-case word. "Sam's" is read as "Sam"; handles and issue numbers are their own stems. */
export function stemOf(lower: string): string {
  const word = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  return word.startsWith('#') || word.startsWith('@') ? word : stemmer(word);
}

// What each word knows about the text before it, as bits.
const JOINED = 1; // nothing but spaces, quotes, hyphens, brackets or emphasis since the word before: a phrase runs on
const CLAUSE = 2; // a clause starts here: punctuation, a bracket or a line break before it (or the text's start)
const QUOTED = 4; // a quote mark right before this word (one opens or closes a quoted name)
const HYPHENED = 8; // a hyphen and nothing else since the word before: one compound ("no-op", "on-call")

/**
 * The words of a text, with UTF-16 offsets into it: read each word by its index. Kept in typed
 * arrays (a 1 MB timeline has 100,000 words), each word as an index into a table of the distinct
 * spellings the text uses.
 */
export class Words {
  private starts: Int32Array;
  private ends: Int32Array;
  private slots: Int32Array;
  private flags: Uint8Array;
  private readonly table: Spelling[] = [];
  readonly length: number = 0;

  constructor(readonly text: string) {
    let capacity = (text.length >> 2) + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    let count = 0;
    let previousEnd = 0;
    let broken = true; // a URL or the text's start before the next word
    // Words: letters and digits with inner apostrophes ("didn't") and inner dots or pluses before a digit
    // ("v1.12.13", "hotfix.6": a version, one word); an issue number ("#4312"); an @handle. A URL is no words, and a break.
    const length = text.length;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      const start = index;
      let end: number;
      if (isLetter(code)) {
        if (code === 0x68 /* h */ && (text.startsWith('http://', index) || text.startsWith('https://', index))) {
          end = index;
          while (end < length && !endsUrl(text.charCodeAt(end))) end++;
          broken = true;
          previousEnd = index = end;
          continue;
        }
        end = index + 1;
        for (;;) {
          while (end < length && isLetter(text.charCodeAt(end))) end++;
          const next = text.charCodeAt(end);
          if ((next === 0x27 || next === 0x2019) && isLetter(text.charCodeAt(end + 1))) end += 2;
          else if ((next === 0x2e || next === 0x2b) && isDigit(text.charCodeAt(end + 1))) end += 2;
          else break;
        }
      } else if (code === 0x23 /* # */ && isDigit(text.charCodeAt(index + 1))) {
        end = index + 2;
        while (end < length && isDigit(text.charCodeAt(end))) end++;
        if (isLetter(text.charCodeAt(end))) {
          index++; // "#12ab" is no issue number: read "12ab" as a word
          continue;
        }
      } else if (code === 0x40 /* @ */ && isLetter(text.charCodeAt(index + 1))) {
        end = index + 2;
        while (end < length && isHandle(text.charCodeAt(end))) end++;
        while (!isLetter(text.charCodeAt(end - 1))) end--;
      } else {
        index++;
        continue;
      }
      const word = text.slice(start, end);
      index = end;
      if (count === capacity) {
        capacity *= 2;
        this.starts = grow(this.starts, capacity);
        this.ends = grow(this.ends, capacity);
        this.slots = grow(this.slots, capacity);
        this.flags = grow(this.flags, capacity);
      }
      const spelling = spellingOf(word);
      if (spelling.owner !== this) {
        spelling.owner = this;
        spelling.slot = this.table.length;
        this.table.push(spelling);
      }
      const separator = separatorOf(text, previousEnd, start);
      this.starts[count] = start;
      this.ends[count] = end;
      this.slots[count] = spelling.slot;
      this.flags[count] =
        (!broken && (separator & HARD) === 0 ? JOINED : 0) |
        (broken || (separator & (HARD | BRACKET)) !== 0 ? CLAUSE : 0) |
        (separator & QUOTE ? QUOTED : 0) |
        (!broken && start - previousEnd === 1 && text.charCodeAt(previousEnd) === 0x2d ? HYPHENED : 0);
      count++;
      previousEnd = end;
      broken = false;
    }
    this.length = count;
    for (const spelling of this.table) spelling.owner = undefined;
  }

  start(index: number): number {
    return this.starts[index]!;
  }
  end(index: number): number {
    return this.ends[index]!;
  }
  /** Which of the text's distinct spellings the word is (0 to `spellingCount` - 1). */
  spelling(index: number): number {
    return this.slots[index]!;
  }
  get spellingCount(): number {
    return this.table.length;
  }
  /** The word as written. */
  original(index: number): string {
    return this.table[this.slots[index]!]!.text;
  }
  lower(index: number): string {
    return this.table[this.slots[index]!]!.lower;
  }
  stem(index: number): string {
    return this.table[this.slots[index]!]!.stem;
  }
  /** A phrase runs on from the word before into this one. */
  joined(index: number): boolean {
    return (this.flags[index]! & JOINED) !== 0;
  }
  /** A clause starts at this word. */
  clause(index: number): boolean {
    return (this.flags[index]! & CLAUSE) !== 0;
  }
  /** Joined to the word before by a hyphen alone: one compound word ("no-op"). */
  hyphened(index: number): boolean {
    return index < this.length && (this.flags[index]! & HYPHENED) !== 0;
  }
  /** A quote mark right before this word. */
  quote(index: number): boolean {
    return (this.flags[index]! & QUOTED) !== 0;
  }
  /** The index of the first word that ends after `offset`, or `length`. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** A letter or a digit: ASCII, Latin, Greek, Cyrillic and the other alphabets, CJK; not punctuation, symbols or emoji. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return (
    (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7) ||
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    (code >= 0x2c00 && code <= 0x2dff) ||
    (code >= 0x3040 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfe70 && code <= 0xfefe) ||
    (code >= 0xff10 && code <= 0xffdc)
  );
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHandle(code: number): boolean {
  return isLetter(code) || code === 0x5f /* _ */ || code === 0x2d /* - */;
}

// Where a URL ends: a space, or a bracket around it.
function endsUrl(code: number): boolean {
  return code <= 0x20 || code === 0x3c || code === 0x3e || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d;
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const grown = new (array.constructor as new (length: number) => T)(capacity);
  grown.set(array);
  return grown;
}

/** The words of `text`, in order. */
export function tokenize(text: string): Words {
  return new Words(text);
}

// What lies between two words, as bits: a bracket, punctuation that ends a phrase, a quote mark (else spaces and the like).
const BRACKET = 1;
const HARD = 2;
const QUOTE = 4;

function separatorOf(text: string, from: number, to: number): number {
  let kind = 0;
  for (let index = from; index < to; index++) {
    switch (text.charCodeAt(index)) {
      case 0x20: // space
        break;
      case 0x2e: // .
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
      case 0x21: // !
      case 0x3f: // ?
      case 0x7c: // |
      case 0x2026: // …
      case 0x2013: // –
      case 0x2014: // —
        kind |= HARD;
        break;
      case 0x0a: // \n: a wrapped line runs on; a blank line or a new list item, quote, heading or table row does not
        if (startsBlock(text, index + 1, to)) kind |= HARD;
        break;
      case 0x2d: // - between spaces is a dash; inside a word ("on-call") it is not
        if (isSpace(text.charCodeAt(index - 1)) || isSpace(text.charCodeAt(index + 1))) kind |= HARD;
        break;
      case 0x28: // (
      case 0x29: // )
      case 0x5b: // [
      case 0x5d: // ]
      case 0x7b: // {
      case 0x7d: // }
        kind |= BRACKET;
        break;
      case 0x22: // "
      case 0x27: // '
      case 0x60: // `
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0x201c: // “
      case 0x201d: // ”
        kind |= QUOTE;
        break;
      default:
    }
  }
  return kind;
}

// After a line break, before the next word: a blank line, or a list marker, quote, heading or table row.
function startsBlock(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09 || code === 0x0d) continue;
    return code === 0x0a || code === 0x2d || code === 0x2a || code === 0x2b || code === 0x3e || code === 0x23 || code === 0x7c;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || Number.isNaN(code);
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

const QUOTED_NAME = -1;
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

function accepts(term: Term, words: Words, index: number): boolean {
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
