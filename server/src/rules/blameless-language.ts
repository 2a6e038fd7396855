/**
 * blameless-language: the report describes conditions and decisions, not people's failings. A
 * postmortem that blames someone teaches the team to hide the next mistake.
 */
import { isNegated } from '../parse/phases';
import type { Span } from '../parse/types';
import { blank } from '../parse/prose';
import type { Fix, Rule } from './types';

// Who a blaming sentence is about: a role, a pronoun, an @handle (read without regard to case).
const PERSON = String.raw`(?:\b(?:(?:the|an?|our|one|this|that)\s+)?(?:(?:new|junior|senior|on-?call)\s+)?(?:engineer|developer|dev|operator|admin|administrator|sysadmin|intern|contractor|employee|hire|programmer|coder|dba|sre|on-?call|teammate|colleague)s?|\bhe|\bshe|\bsomeone|\bsomebody|(?<![\w@])@[\w-]+)`;
// A person's name, read with case: "Sam", "Dr. Lee", "Sam Carter". See isName.
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?`;
// Capitalised words that open sentences and are nobody's name.
const NOT_NAMES = new Set(
  'the this that these those it its we our they their he she his her i my you your a an and but or so then after before when while during once at on in by for from with without nobody everyone everybody someone somebody nothing everything which what who also finally eventually initially later soon here there today yesterday'.split(' '),
);
// How far back the subject of a blaming phrase is looked for.
const SUBJECT_WINDOW = 60;
// Two or more comma-separated items right before, within one sentence: the phrase ends a list.
const LISTED_BEFORE = /(?:[^,.;:!?\n]{1,40},\s*){2,}(?:(?:and|or)\s+)?$/;
// What a misdemeanour is called when the words around it deny or reject it: "rather than human error", "avoid blaming".
const REJECTED_BEFORE = /\b(?:rather\s+than|instead\s+of|avoid(?:ing)?|not\s+about|blam(?:e|ing|ed)(?:\s+(?:it|this))?(?:\s+on)?)\s+(?:[\w'’-]+\s+)?$/i;

/**
 * A blaming phrase: the words that carry the blame (found in one pass over the text), and who it
 * is about, read in the words just before them. The finding spans both.
 */
interface Blame {
  pattern: RegExp;
  /** Must match the text right before `pattern`'s match (it ends with `$`). */
  subject?: RegExp;
  /** The subject is a name (its group 1), checked with isName. */
  named?: boolean;
  /** Not blame when it is one item of a list of kinds of failure ("bugs, traffic spikes, hardware failures, human error"). */
  unlessListed?: boolean;
  advice: string;
}

const CONDITIONS = 'describe the conditions instead of the person: "a manual step with no safeguard".';
const ALLOWED = 'say what allowed it instead of whose fault it was: "the deploy pipeline allowed an unreviewed change".';
const JUDGEMENT = 'judging people hides what made the slip easy: describe the missing safeguard, e.g. "the script had no confirmation step".';
const GAP = 'name the gap, not the person: say which step or check was missing, e.g. "the release checklist had no step for the migration".';
const HINDSIGHT = 'that is hindsight: say what was not known at the time and why, e.g. "the runbook did not mention the limit".';
const CHANGE = 'name the change, not the person: e.g. "caused by the change in PR #123".';

const ADVERBS = String.raw`(?:(?:simply|just|also|then|again|had|has|really)\s+)?`;
const person = (rest: string) => new RegExp(String.raw`${PERSON}${rest}$`, 'i');
const named = (before: string, rest: string) => new RegExp(String.raw`${before}\b(${NAME})${rest}$`);

const BLAMES: readonly Blame[] = [
  // "human error", "operator error", "user mistakes"
  { pattern: /\b(?:human|operator|user)\s+(?:error|mistake)s?\b/gi, unlessListed: true, advice: CONDITIONS },
  // "his fault", "the intern's fault", "Sam's fault"; "the engineer was to blame", "Sam is at fault"
  { pattern: /\bfault\b/gi, subject: new RegExp(String.raw`(?:\b(?:his|her|their|my|your)|${PERSON}['’]s)\s+$`, 'i'), advice: ALLOWED },
  { pattern: /['’]s\s+fault\b/g, subject: named('', ''), named: true, advice: ALLOWED },
  { pattern: /\b(?:at\s+fault|to\s+blame)\b/gi, subject: person(String.raw`\s+(?:was|is)\s+`), advice: ALLOWED },
  { pattern: /\b(?:at\s+fault|to\s+blame)\b/g, subject: named('', String.raw`\s+(?:was|is)\s+`), named: true, advice: ALLOWED },
  // "careless", "stupid", "incompetent", "lazy", "negligence", "sloppy", "reckless", "hungover"
  { pattern: /\b(?:hung-?over|careless(?:ly|ness)?|stupid(?:ity|ly)?|incompeten(?:t|ce|tly)|lazy|lazily|laziness|negligen(?:t|ce|tly)|sloppy|sloppily|sloppiness|reckless(?:ly|ness)?|idiot(?:ic|s)?)\b/gi, advice: JUDGEMENT },
  // "bad engineers", "a useless admin"
  { pattern: /\b(?:bad|terrible|useless|lousy|incapable)\s+(?:engineers?|developers?|operators?|admins?|sysadmins?|interns?|programmers?|coders?|sres?|teammates?|colleagues?)\b/gi, advice: JUDGEMENT },
  // "should have known (better)"
  { pattern: /\bshould(?:\s+have|['’]ve)\s+known(?:\s+better)?\b/gi, advice: HINDSIGHT },
  // "the engineer failed to", "someone forgot to", "Sam neglected to" (not "the server failed to start", nor "Nginx failed to")
  { pattern: /\b(?:failed|forgot|neglected|didn['’]t\s+bother|did\s+not\s+bother)\s+to\b/gi, subject: person(String.raw`\s+${ADVERBS}`), advice: GAP },
  { pattern: /\b(?:forgot|neglected|didn['’]t\s+bother|did\s+not\s+bother)\s+to\b/gi, subject: named('', String.raw`\s+${ADVERBS}`), named: true, advice: GAP },
  // "someone screwed up", "Sam messed up", "dropped the ball"
  { pattern: /\b(?:screwed|messed)\s+up\b/gi, subject: person(String.raw`\s+${ADVERBS}`), advice: JUDGEMENT },
  { pattern: /\b(?:screwed|messed)\s+up\b/gi, subject: named('', String.raw`\s+${ADVERBS}`), named: true, advice: JUDGEMENT },
  { pattern: /\bdropped\s+the\s+ball\b/gi, advice: JUDGEMENT },
  // "Sam broke prod", "caused by Sam's change", "Sam's mistake"
  { pattern: /\b(?:broke|breaks)\s+(?:prod|production|the\s+build|master|main|staging|everything)\b/g, subject: named('', String.raw`\s+`), named: true, advice: CHANGE },
  { pattern: /['’]s\s+(?:change|commit|PR|pull\s+request|push|deploy(?:ment)?|mistake|typo|script|edit)\b/g, subject: named(String.raw`\b[Cc]aused\s+by\s+`, ''), named: true, advice: CHANGE },
  { pattern: /['’]s\s+(?:mistake|blunder|screw-?up|carelessness|negligence)\b/g, subject: named('', ''), named: true, advice: CHANGE },
];

export const blamelessLanguage: Rule = {
  id: 'blameless-language',
  description: 'The report describes conditions and decisions, not people\'s failings: no "human error", "X\'s fault", "careless" or "forgot to" about a person.',
  severity: 'hint',
  tags: ['content', 'culture'],
  fixable: true,
  check({ doc, views, report }) {
    // A quoted word is mentioned, not used: 'we stopped writing "human error"'.
    const prose = views.prose().replace(/"[^"\n]*"|“[^”\n]*”/g, blank);
    let lowerCaseWords: Set<string> | undefined;
    // A capitalised word is a name when it opens no sentences and the report never writes it in lower case ("Deploys broke…", "Nginx").
    const isName = (name: string) => {
      lowerCaseWords ??= new Set(prose.match(/\b[a-z][a-z]+\b/g));
      return isNameWord(name.split(' ')[0]!, lowerCaseWords);
    };
    // Every blaming phrase in one pass per pattern; where two overlap ("Sam's carelessness"), the first listed wins.
    const found: Array<{ span: Span; blame: Blame; order: number }> = [];
    BLAMES.forEach((blame, order) => {
      for (const match of prose.matchAll(blame.pattern)) {
        let start = match.index;
        const end = start + match[0].length;
        if (blame.subject) {
          const before = prose.slice(Math.max(0, start - SUBJECT_WINDOW), start);
          const subject = blame.subject.exec(before);
          if (!subject || (blame.named && !isName(subject[1]!))) continue;
          start -= before.length - subject.index;
        }
        if (isNegated(prose, start, end) || REJECTED_BEFORE.test(prose.slice(Math.max(0, start - 40), start))) continue;
        if (blame.unlessListed && LISTED_BEFORE.test(prose.slice(Math.max(0, start - 200), start))) continue;
        found.push({ span: { start, end }, blame, order });
      }
    });
    found.sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    let last: Span | undefined;
    for (const { span, blame } of found) {
      if (last && span.start < last.end) continue;
      last = span;
      const phrase = doc.text.slice(span.start, span.end);
      report({ message: `"${phrase}" blames a person; ${blame.advice}`, span, fix: humanErrorFix(doc.text, span) });
    }
  },
};

function isNameWord(word: string, lowerCaseWords: ReadonlySet<string>): boolean {
  if (/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(word)) return true;
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
