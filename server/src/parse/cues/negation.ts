/**
 * Negation and hypotheticals, read on the same words as the cues: a cue that is denied ("no alert
 * fired", "we did not roll back"), only hoped for ("until it is resolved", "tried to restart") or
 * that failed ("the rollback failed") did not happen. A negating word counts in the cue's own
 * clause, at most two words before it ("until" and "if" anywhere before it in the clause); a failure
 * word right after it (one word may come between).
 */
import { CueMatcher, type CueSpec, type Words } from './match';

interface NegationCue extends CueSpec {
  /** How many words may come between this and the cue it negates (2 unless said). */
  reach?: number;
  note: string;
}

/** Words that deny or suspend what follows them. */
export const NEGATED_BEFORE: readonly NegationCue[] = [
  { phrases: ['=no|=not|=never|=nothing|=nobody|=none|=without|=cannot|=neither|=nor', "/^\\w+n['’]t$/i"], note: 'plain negation: "no alert fired", "we didn\'t restart"' },
  { phrases: ['=failed to?', 'fail to', 'unable|=unsuccessful to?'], note: '"failed configuration change rollback", "unable to restart"' },
  { phrases: ['=until|=unless|=if|=whether'], reach: 6, note: 'conditions, for the rest of their clause: "until the cache was restored", "if we roll back"' },
  { phrases: ['=will|=would|=should|=could|=might'], note: 'futures and conditions: "we will escalate", "it should recover"' },
  { phrases: ['try|attempt|plan|expect|need|work|aim|want|hope|seek|intend|prepare to', 'in order to', 'wait for'], note: 'intentions: "tried to restart", "worked to restore service" (a fix "deployed to restore service" is done, and counts)' },
  { phrases: ['discuss|discussion|consider|propose|suggest|debate|evaluate', 'how|whether to'], note: 'talk of an action: "discussed rolling back", "how to disable the flag"' },
];

/** Words right after a cue that say it did not work. */
export const FAILED_AFTER: readonly NegationCue[] = [
  {
    phrases: ['=failed|=fails'],
    // "reported failed logins": an adjective before a noun, not the cue failing.
    notAfter: ['/^(?!(?:to|again|with|because|due|after|at|on|in|and|but|as|when|while|for|too|also|twice|completely|partially|immediately|silently|repeatedly)$)/i'],
    note: '"the rollback failed", "the restart fails again"',
  },
  { phrases: ['be =unsuccessful', 'do not work|help|succeed', "/^\\w+n['’]t$/i work|help|succeed", 'have no effect'], note: '"the restart was unsuccessful", "the restart did not help"' },
];

// Words that end a clause: a negation before them does not reach past.
const CONJUNCTIONS = new Set(['and', 'but', 'then', 'so', 'or']);
// Words that can sit between a cue and its failure without being the failure's subject: "rolled back the failed deploy" is a rollback.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);
// How far back a negation is looked for, in words.
const CLAUSE_WORDS = 10;

const before = new CueMatcher(NEGATED_BEFORE);
const after = new CueMatcher(FAILED_AFTER);

/** True when the cue in words [first, last] is negated, hypothetical or failed in its clause. */
export function negatedAt(words: Words, first: number, last: number): boolean {
  let from = first;
  while (from > 0 && first - from < CLAUSE_WORDS && !words.clause(from) && !CONJUNCTIONS.has(words.lower(from - 1))) from--;
  if (from < first) {
    let negated = false;
    // A negating phrase that ends at most two words (or its own reach) before the cue.
    // "a no-op folder": a negating word in a compound negates nothing after it.
    before.scan(words, (match) => (negated = match.last >= first - 1 - (match.cue.reach ?? 2) && !words.hyphened(match.last + 1)), from, first);
    if (negated) return true;
  }
  let to = last + 1;
  while (to < words.length && to - last <= 4 && !words.clause(to) && !CONJUNCTIONS.has(words.lower(to))) to++;
  if (to === last + 1) return false;
  if (after.test(words, last + 1, last + 2, to)) return true;
  return last + 2 < to && !DETERMINERS.has(words.lower(last + 1)) && after.test(words, last + 2, last + 3, to);
}
