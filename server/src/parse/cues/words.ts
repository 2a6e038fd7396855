/**
 * The words of a text as the cue matcher reads them (see match.ts): their offsets, where a phrase
 * runs on and where a clause starts, and each word's stem, read once per distinct spelling.
 */
import { stemmer } from 'stemmer';


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
