/** timeline-entry-length: a timeline entry says what happened in a sentence or two. */
import { gluedStarts } from '../parse/glued-entries';
import type { Rule } from './types';

// Words that end with a dot without ending the sentence (compared in lower case, without the dot).
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'approx', 'appx', 'vs', 'cf', 'al', 'ca', 'incl', 'esp', 'resp', 'viz', 'ref', 'fig', 'vol', 'ver', 'v',
  'inc', 'ltd', 'corp', 'dept', 'min', 'mins', 'sec', 'secs', 'hr', 'hrs', 'max', 'avg', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Titles and "No." are abbreviations only as written ("Ms. Diaz", not "300 ms.").
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Jr', 'Sr', 'St', 'No', 'Nos', 'Co']);

// Not prose: inline code, link targets, URLs, e-mail addresses (each looked for only when its sign is there).
const NOT_PROSE: ReadonlyArray<readonly [string, RegExp]> = [
  ['`', /(`+)[^`]*?\1/g],
  ['](', /\]\([^)]*\)/g],
  ['://', /\bhttps?:\/\/\S+/gi],
  ['www.', /\bwww\.\S+/gi],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // A quotation (a chat message, an error text) is what someone said, however many sentences it has.
  ['"', /"[^"\n]{12,}"/g],
  ['“', /“[^”\n]{12,}”/g],
];

// A run of sentence-ending marks, then optional closing quotes, brackets or emphasis, then a space or the end.
const TERMINATOR = /[.!?]+(?=["'”’)\]*_]*(?:\s|$))/g;

// A sentence of fewer than three words is a fragment ("Oh.", "No luck."): it does not make an entry long.
const WORD = String.raw`[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`;
const THREE_WORDS = new RegExp(String.raw`${WORD}[^\p{L}\p{N}]+${WORD}[^\p{L}\p{N}]+[\p{L}\p{N}]`, 'u');

export const timelineEntryLength: Rule = {
  id: 'timeline-entry-length',
  description: 'A timeline entry says what happened in a sentence or two; the detail belongs in Root Cause or Resolution.',
  // Off by default: on reports nobody here wrote, a reviewer judged none of its findings worth saying
  // (jokes and fragments inflate the count; a long entry is style, not a defect).
  severity: 'off',
  tags: ['timeline', 'style'],
  fixable: false,
  options: {
    maxSentences: { type: 'number', default: 2, minimum: 1, maximum: 20, description: 'The most sentences a timeline entry may have.' },
  },
  check({ doc, options, report }) {
    const max = options.maxSentences as number;
    for (const entry of doc.timeline.entries) {
      if (!mayHaveMoreSentences(entry.description, max)) continue;
      // Entries run onto this line are timeline-glued-entries' to report: count this entry's own words.
      const glued = gluedStarts(doc, entry)[0];
      const description = glued ? doc.text.slice((entry.rangeEnd ?? entry.timestamp).end, glued.gap.start) : entry.description;
      const count = countSentences(description);
      if (count <= max) continue;
      const limit = max === 1 ? 'one sentence' : `${max} sentences`;
      report({ message: `This entry has ${count} sentences: keep a timeline entry to ${limit} (the time and what happened), and move the detail to Root Cause or Resolution.`, span: entry.line });
    }
  },
};

/**
 * The sentences in `text` of at least three words. Abbreviations (e.g., approx., Dr.), initialisms
 * (U.S., a.m.), decimals, versions and addresses (1.5, v1.2.3, 10.0.0.1), URLs, code and ellipses do
 * not end a sentence; neither does a full stop followed by a lower-case word.
 */
export function countSentences(text: string): number {
  let prose = text;
  for (const [sign, pattern] of NOT_PROSE) if (prose.includes(sign)) prose = prose.replace(pattern, (match) => ' '.repeat(match.length));
  let count = 0;
  let start = 0;
  for (const match of prose.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (!endsSentence(prose, match.index, match[0])) continue;
    if (THREE_WORDS.test(prose.slice(start, end))) count++;
    start = end;
  }
  if (THREE_WORDS.test(prose.slice(start))) count++;
  return count;
}

// Cheap: a text with no more than `max - 1` marks followed by a space cannot have more than `max` sentences.
function mayHaveMoreSentences(text: string, max: number): boolean {
  let marks = 0;
  for (let index = text.search(/[.!?]/); index >= 0 && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 46 || code === 33 || code === 63) && /[\s"'”’)\]*_]/.test(text[index + 1] ?? ' ') && ++marks >= max) return true;
  }
  return false;
}

function endsSentence(text: string, at: number, marks: string): boolean {
  if (/^\.{2,}$/.test(marks)) return false; // an ellipsis
  const next = /\S/.exec(text.slice(at + marks.length, at + marks.length + 40));
  if (next && /\p{Ll}/u.test(next[0])) return false; // "approx. five", "etc. and"
  if (marks !== '.') return true;
  const word = /[^\s(["'“‘]*$/.exec(text.slice(Math.max(0, at - 40), at))![0];
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || TITLES.has(word)) return false;
  if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return false; // U.S., a.m., e.g. written without the last dot
  return !/^\p{Lu}$/u.test(word); // an initial: "John F. Kennedy"
}
