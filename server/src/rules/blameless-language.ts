/**
 * blameless-language: the report describes conditions and decisions, not people's failings. A
 * postmortem that blames someone teaches the team to hide the next mistake.
 */
import { ADVERBS, BLAME_CUES, LIST_OPENERS, REJECTED_BEFORE, type BlameAdvice, type BlameCue } from '../parse/cues/blame';
import { CueMatcher, tokenize, type Words } from '../parse/cues/match';
import { negatedAt } from '../parse/cues/negation';
import type { Span } from '../parse/types';
import { blank } from '../parse/prose';
import type { Fix, Rule } from './types';

// Capitalised words that open sentences and are nobody's name.
const NOT_NAMES = new Set(
  'the this that these those it its we our they their he she his her i my you your a an and but or so then after before when while during once at on in by for from with without nobody everyone everybody someone somebody nothing everything which what who also finally eventually initially later soon here there today yesterday'.split(' '),
);
// Two or more comma-separated items right before, within one sentence: the phrase ends a list.
const LISTED_BEFORE = /(?:[^,.;:!?\n]{1,40},\s*){2,}(?:(?:and|or)\s+)?$/;
// Two or more items right after: the phrase opens a list ("human error, bad configs and bugs").
const LISTED_AFTER = /^(?:\s*,\s*[^,.;:!?\n]{1,40}){1,}?,?\s+(?:and|or)\s+[^,.;:!?\n]{1,40}/;

const ADVICE: Record<BlameAdvice, string> = {
  conditions: 'describe the conditions instead of the person: "a manual step with no safeguard".',
  allowed: 'say what allowed it instead of whose fault it was: "the deploy pipeline allowed an unreviewed change".',
  judgement: 'judging people hides what made the slip easy: describe the missing safeguard, e.g. "the script had no confirmation step".',
  gap: 'name the gap, not the person: say which step or check was missing, e.g. "the release checklist had no step for the migration".',
  hindsight: 'that is hindsight: say what was not known at the time and why, e.g. "the runbook did not mention the limit".',
  change: 'name the change, not the person: e.g. "caused by the change in PR #123".',
};

const blames = new CueMatcher(BLAME_CUES);
const subjects = new Map(BLAME_CUES.filter((cue) => cue.subject).map((cue) => [cue, new CueMatcher([{ phrases: cue.subject! }])]));
const order = new Map(BLAME_CUES.map((cue, index) => [cue, index]));
const rejections = new CueMatcher(REJECTED_BEFORE);
const listOpeners = new CueMatcher(LIST_OPENERS);
const adverbs = new CueMatcher(ADVERBS);

export const blamelessLanguage: Rule = {
  id: 'blameless-language',
  description: 'The report describes conditions and decisions, not people\'s failings: no "human error", "X\'s fault", "careless" or "forgot to" about a person.',
  severity: 'hint',
  tags: ['content', 'culture'],
  fixable: true,
  check({ doc, views, report }) {
    // A quoted word is mentioned, not used: 'we stopped writing "human error"'.
    const prose = views.prose().replace(/"[^"\n]*"|“[^”\n]*”/g, blank);
    const words = tokenize(prose);
    let lowerCaseWords: Set<string> | undefined;
    // A capitalised word is a name when it opens no sentences and the report never writes it in lower case ("Deploys broke…", "Nginx").
    const isName = (name: string) => {
      lowerCaseWords ??= new Set(prose.match(/\b[a-z][a-z]+\b/g));
      return isNameWord(name, lowerCaseWords);
    };
    // Every blaming phrase in one pass over the words; where two overlap ("Sam's carelessness"), the first listed wins.
    const found: Array<{ span: Span; cue: BlameCue }> = [];
    blames.scan(words, ({ cue, first, last }) => {
      let start = first;
      if (cue.subject) {
        start = subjectBefore(words, first, subjects.get(cue)!);
        if (start < 0) return;
      }
      if (cue.named === 'subject' && !isName(words.original(start))) return;
      if (cue.named === 'blame' && !isName(words.original(first).replace(/['’]s$/, ''))) return;
      if (negatedAt(words, start, last) || endsRightBefore(rejections, words, start, 2)) return;
      if (cue.unlessListed && listed(prose, words, start, last)) return;
      found.push({ span: { start: words.start(start), end: words.end(last) }, cue });
    });
    found.sort((a, b) => a.span.start - b.span.start || order.get(a.cue)! - order.get(b.cue)!);
    let last: Span | undefined;
    for (const { span, cue } of found) {
      if (last && span.start < last.end) continue;
      last = span;
      const phrase = doc.text.slice(span.start, span.end);
      report({ message: `"${phrase}" blames a person; ${ADVICE[cue.advice]}`, span, fix: humanErrorFix(doc.text, span) });
    }
  },
};

/** The first word of a subject that ends right before word `first` (one adverb may come between), or -1. */
function subjectBefore(words: Words, first: number, subject: CueMatcher<{ phrases: readonly string[] }>): number {
  if (first === 0 || !words.joined(first)) return -1;
  let end = first - 1;
  if (adverbs.test(words, end, end + 1) && end > 0 && words.joined(end)) end--;
  let start = -1;
  subject.scan(words, (match) => match.last === end && (start = match.first) >= 0, Math.max(0, end - 4), end + 1, end + 1);
  return start;
}

/** True when a phrase of `matcher` ends at most `reach` words before word `first`, in its clause. */
function endsRightBefore(matcher: CueMatcher<{ phrases: readonly string[] }>, words: Words, first: number, reach: number): boolean {
  if (first === 0 || !words.joined(first)) return false;
  let found = false;
  matcher.scan(words, (match) => (found = match.last >= first - reach), Math.max(0, first - reach - 3), first);
  return found;
}

/** True when the phrase in words [first, last] is one kind of failure in a list ("bugs, heat, wear, human error"; "such as human error"). */
function listed(prose: string, words: Words, first: number, last: number): boolean {
  const start = words.start(first);
  const end = words.end(last);
  return LISTED_BEFORE.test(prose.slice(Math.max(0, start - 200), start)) || LISTED_AFTER.test(prose.slice(end, end + 200)) || endsRightBefore(listOpeners, words, first, 1);
}

function isNameWord(word: string, lowerCaseWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return !NOT_NAMES.has(lower) && !lowerCaseWords.has(lower);
}

/**
 * "human error" → "a manual step without a safeguard", offered (never applied) where the swap reads
 * right: after "by", "to", "was", a comma or the start of a sentence; after "a" or "the" without the
 * article. Not for plurals, or after an adjective ("a simple human error").
 */
function humanErrorFix(text: string, span: Span): (() => Fix | undefined) | undefined {
  const phrase = text.slice(span.start, span.end);
  if (!/^(?:human|operator)\s+error$/i.test(phrase)) return undefined;
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  let newText: string;
  if (/\b(?:a|the)\s+$/i.test(before)) newText = 'manual step without a safeguard';
  else if (/(?:^|[.!?:,;(\n*>|-]|\b(?:by|to|of|from|as|with|was|is|were|be|been|being))\s*$/i.test(before)) newText = /^[A-Z]/.test(phrase) ? 'A manual step without a safeguard' : 'a manual step without a safeguard';
  else return undefined;
  return () => ({ title: `Replace with "${newText}"`, edits: [{ span, newText }], suggestion: true });
}
