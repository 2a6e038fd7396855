/**
 * Words that blame a person, as data for the blameless-language rule: the phrase that carries the
 * blame (read by stem, see match.ts), who it must be about (read in the words right before it),
 * the advice given, and a note on where the phrasing is seen. Phrases that only look like blame
 * ("error reports from users", "human error" as one kind of failure in a list) are excluded here too.
 */
import type { CueSpec } from './match';

/** What a finding advises instead. */
export type BlameAdvice = 'conditions' | 'allowed' | 'judgement' | 'gap' | 'hindsight' | 'change';

export interface BlameCue extends CueSpec {
  readonly advice: BlameAdvice;
  /** Who the phrase must be about: phrases that end right before it (adverbs such as "simply" may come between). */
  readonly subject?: readonly string[];
  /** The person's name must be a name (a capitalised word the report never writes in lower case): the subject's first word, or the blame's own first word ("Sam's"). */
  readonly named?: 'subject' | 'blame';
  /** Not blame when it is one item of a list of kinds of failure ("bugs, heat, wear, human error"). */
  readonly unlessListed?: boolean;
  readonly note: string;
}

// A person by role (singular or plural), with the words that may come before the role.
const ROLES = 'engineer|developer|dev|operator|admin|administrator|sysadmin|intern|contractor|employee|hire|programmer|coder|dba|sre|teammate|colleague|oncall';
const PERSON = [
  `the|a|an|our|one|this|that new|junior|senior? ${ROLES}`,
  `the|a|an|our|one|this|that new|junior|senior? on call`,
  `new|junior|senior ${ROLES}`,
  ROLES,
  'on call',
  'he|she|someone|somebody',
  '/^@[\\w-]+$/',
];
// A person's name, read with case: "Sam", "Dr. Lee" is read from "Lee".
const NAME = '/^[A-Z][a-z]+$/';
const NAMED = [`${NAME} ${NAME}?`];
// A role's or a name's possessive: "the intern's", "Sam's".
const ROLE_POSSESSIVE = `/^(?:engineer|developer|dev|operator|admin|administrator|sysadmin|intern|contractor|employee|hire|programmer|coder|dba|sre|teammate|colleague|on-?call)s?['’]s?$/i`;
const NAME_POSSESSIVE = "/^[A-Z][a-z]+['’]s$/";

export const BLAME_CUES: readonly BlameCue[] = [
  {
    phrases: ['human|operator error|mistake', '=user =error|=mistake|=mistakes'],
    // "a user error message", "operator error logs": a kind of message or log, not a verdict on someone.
    notAfter: ['report|message|rate|log|page|code|count|dialog|dialogue|handling|budget|metric|alert|spike|surge|percentage|screen|state|response|banner|popup|modal|path|class|type|condition|tracking|trace|toast|string|text|event'],
    unlessListed: true,
    advice: 'conditions',
    note: 'root-cause sections: "the outage was caused by human error", "operator mistakes" (not "a user error message", nor one kind of failure among several)',
  },
  {
    phrases: ['fault'],
    subject: ['his|her|their|my|your', ROLE_POSSESSIVE],
    advice: 'allowed',
    note: '"his fault", "the intern\'s fault"',
  },
  {
    phrases: [`${NAME_POSSESSIVE} fault`],
    named: 'blame',
    advice: 'allowed',
    note: '"it was Sam\'s fault"',
  },
  {
    phrases: ['at fault', 'to blame'],
    subject: PERSON.map((person) => `${person} be`),
    advice: 'allowed',
    note: '"the engineer was to blame", "someone is at fault"',
  },
  {
    phrases: ['at fault', 'to blame'],
    subject: NAMED.map((name) => `${name} be`),
    named: 'subject',
    advice: 'allowed',
    note: '"Sam is at fault"',
  },
  {
    phrases: ['hungover|careless|carelessness|carelessly|stupid|stupidity|stupidly|incompetent|incompetence|incompetently|lazy|lazily|laziness|negligent|negligence|negligently|sloppy|sloppily|sloppiness|reckless|recklessly|recklessness|idiot|idiots|idiotic', 'hung over'],
    advice: 'judgement',
    note: 'judgements of people: "careless", "sloppy", "negligence", "hungover"',
  },
  {
    phrases: [`bad|terrible|useless|lousy|incapable ${ROLES}`],
    advice: 'judgement',
    note: '"bad engineers", "a useless admin"',
  },
  {
    phrases: ['should have =known better?', "=should've =known better?"],
    advice: 'hindsight',
    note: 'hindsight: "should have known better"',
  },
  {
    phrases: ['=failed|=forgot|=neglected to', "/^didn['’]t$/i bother to", 'did not bother to'],
    subject: PERSON,
    advice: 'gap',
    note: '"the engineer failed to", "someone forgot to" (not "the server failed to start")',
  },
  {
    phrases: ['=forgot|=neglected to', "/^didn['’]t$/i bother to", 'did not bother to'],
    subject: NAMED,
    named: 'subject',
    advice: 'gap',
    note: '"Sam neglected to"',
  },
  {
    phrases: ['=screwed|=messed up'],
    subject: PERSON,
    advice: 'judgement',
    note: '"someone screwed up"',
  },
  {
    phrases: ['=screwed|=messed up'],
    subject: NAMED,
    named: 'subject',
    advice: 'judgement',
    note: '"Sam messed up"',
  },
  {
    phrases: ['=dropped the ball'],
    advice: 'judgement',
    note: '"dropped the ball"',
  },
  {
    phrases: ['=broke|=breaks =prod|=production|=master|=main|=staging|=everything', '=broke|=breaks =the =build'],
    subject: NAMED,
    named: 'subject',
    advice: 'change',
    note: '"Sam broke prod" (not "Nginx broke production", when the report writes "nginx")',
  },
  {
    phrases: [`${NAME_POSSESSIVE} change|commit|pr|push|deploy|deployment|mistake|typo|script|edit`, `${NAME_POSSESSIVE} pull request`],
    subject: ['caused by'],
    named: 'blame',
    advice: 'change',
    note: '"caused by Sam\'s change"',
  },
  {
    phrases: [`${NAME_POSSESSIVE} mistake|blunder|screwup|carelessness|negligence`, `${NAME_POSSESSIVE} screw up`],
    named: 'blame',
    advice: 'change',
    note: '"Ines\'s mistake"',
  },
];

/** Words right before a blaming phrase that deny or reject it: "rather than human error", "avoid blaming". */
export const REJECTED_BEFORE: readonly CueSpec[] = [{ phrases: ['rather than', 'instead of', 'avoid', 'not about', 'blame it|this? on?'] }];

/** Words right before a phrase that make it one kind in a list: "failures such as human error". */
export const LIST_OPENERS: readonly CueSpec[] = [{ phrases: ['such as', 'include|including|like', 'e g', 'for example|instance', 'kind|type|sort|source|cause of'] }];

/** Words a blaming subject and its phrase may have between them: "Sam simply forgot to". */
export const ADVERBS: readonly CueSpec[] = [{ phrases: ['simply|just|also|then|again|had|has|really|clearly|obviously|apparently'] }];
