/**
 * Recognising a section by the meaning of its heading, tolerant of case, numbering, emoji, trailing
 * colons and the misspellings real authors make ("Prevantative", "Resolutoin").
 */
import { NEAR_WORDS } from './near-words';
import type { SectionKind } from './types';

// Phrases per kind, most specific first: the first kind whose phrase matches wins. Gathered from
// many published templates and reports: labels ("Actions taken"), questions ("How did we fix it?")
// and the plain words teams use ("The fix", "Improvements"). A phrase is words, lower-cased, without
// punctuation; typos are tolerated by `similarWord`.
const PHRASES: Array<[SectionKind, string[]]> = [
  ['root-cause-and-resolution', ['root cause and resolution', 'root causes and resolution', 'cause and resolution', 'root cause and fix', 'root cause and remediation', 'cause and fix']],
  [
    'corrective-measures',
    [
      'corrective and preventative measures',
      'corrective and preventive measures',
      'preventative and corrective measures',
      'preventive and corrective measures',
      'corrective and preventative actions',
      'corrective and preventive actions',
      'corrective measures',
      'corrective actions',
      'preventative measures',
      'preventive measures',
      'prevention',
      'prevention measures',
      'future prevention',
      'preventing recurrence',
      'preventive steps',
      'preventative steps',
      'long term fixes',
      'long term solutions',
      'long term measures',
      'long term preventive measures',
      'long term preventative measures',
      'action items',
      'action plan',
      'follow up',
      'follow ups',
      'follow up actions',
      'follow up items',
      'follow up tasks',
      'preventive actions',
      'preventative actions',
      'next steps',
      'remediation items',
      'remediation plan',
      'remedial measures',
      'remedial actions',
      'recommendations',
      'improvements',
      'things to improve',
      'things to improve fix',
      'things to fix',
      'what to improve',
      'areas for improvement',
      'tasks',
      'task list',
      'todo',
      'to do',
      'todos',
      'what happens now',
      'what happens next',
      'what we are doing about it',
      'what we are doing',
      'what we will do about it',
      'what we will do',
      'what are we doing',
      'future measures',
      'proactive measures',
      'future actions',
      'what we will change',
      'what will change',
      'what we are changing',
      'what we changed',
      'what i changed',
      'what i will change',
      'changes we are making',
      'changes we made',
      'going forward',
      'moving forward',
    ],
  ],
  [
    'summary',
    [
      'issue summary',
      'incident summary',
      'executive summary',
      'summary',
      'summary of the incident',
      'summary of incident',
      'outage summary',
      'overview',
      'incident overview',
      'incident description',
      'issue description',
      'problem definition',
      'problem statement',
      'problem description',
      'synopsis',
      'tldr',
      'tl dr',
    ],
  ],
  ['impact', ['impact', 'customer impact', 'user impact', 'business impact', 'who was affected', 'what was affected', 'who was impacted', 'what was impacted', 'what was the impact', 'affected users', 'affected services', 'scope', 'scope of impact', 'incident scope']],
  [
    'timeline',
    ['timeline', 'incident timeline', 'outage timeline', 'events timeline', 'event timeline', 'detailed timeline', 'timeline of events', 'response timeline', 'incident response timeline', 'chronology', 'sequence of events', 'incident log', 'log of events'],
  ],
  [
    'root-cause',
    [
      'root cause',
      'root causes',
      'root cause analysis',
      'contributing factors',
      'cause',
      'causes',
      'cause of the outage',
      'cause of the incident',
      'underlying cause',
      'what was the root cause',
      'what was the cause',
      'what caused it',
      'what caused the outage',
      'what caused the issue',
      'what caused the incident',
      'why did it happen',
      'why it happened',
      'diagnosis',
    ],
  ],
  [
    'resolution',
    [
      'resolution',
      'resolution and recovery',
      'recovery',
      'mitigation',
      'fix',
      'fixes',
      'the fix',
      'short term fixes',
      'immediate fix',
      'solution',
      'actions taken',
      'steps taken',
      'steps to resolution',
      'steps to resolve',
      'resolution steps',
      'recovery steps',
      'how was the fix deployed',
      'how the fix was deployed',
      'workaround',
      'how we fixed it',
      'how did we fix it',
      'how it was fixed',
      'how was it fixed',
      'how we resolved it',
      'how it was resolved',
      'how was it resolved',
    ],
  ],
  [
    'lessons-learned',
    [
      'lessons learned',
      'lessons learnt',
      'learnings',
      'takeaways',
      'howd we do',
      'how did we do',
      'what we learned',
      'what we learnt',
      'what did we learn',
      'what went well',
      'what went wrong',
      'what could have gone better',
      'what could be improved',
      'retrospective',
    ],
  ],
  ['detection', ['detection', 'how was it detected', 'how it was detected', 'how we detected it', 'how we found out', 'how did we find out']],
  ['trigger', ['trigger']],
  ['what-happened', ['what happened', 'background', 'context', 'incident details']],
  ['responders', ['responders', 'incident responders', 'response team']],
  ['leadup', ['leadup', 'lead up']],
  ['fault', ['fault']],
  ['response', ['response', 'incident response', 'immediate response', 'our response']],
  ['five-whys', ['five whys', 'whys']],
];

// A contraction's second word, once its apostrophe split it off.
const CONTRACTED: Readonly<Record<string, string>> = { re: 'are', ve: 'have', ll: 'will' };

// Nouns that name their section at the end of any heading.
const HEAD_NOUNS: ReadonlySet<string> = new Set(['timeline', 'summary', 'chronology', 'impact', 'recommendations', 'takeaways']);

const TOKENISED: Array<[SectionKind, string[][]]> = PHRASES.map(([kind, phrases]) => [kind, phrases.map((phrase) => phrase.split(' '))]);

/** Every word of the section names (for scripts/near-words.ts, which lists the real words a typo of one could be). */
export function sectionNameWords(): string[] {
  return [...new Set(TOKENISED.flatMap(([, phrases]) => phrases.flat()))].sort();
}

/** The words of a heading, lower-cased, without numbering, emoji, markup or a parenthetical. */
export function headingWords(title: string): string[] {
  const words = title
    .slice(0, 200) // a heading is short; a 1 MB "heading" must not cost more than a short one
    .toLowerCase()
    .replace(/<\/?[a-z][^>\n]*>/g, ' ') // inline HTML: "<span style=…>Summary:</span>"
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, ' $1 ') // a link by its text: "[#](…/incident.html#description)Description"
    .replace(/:[a-z0-9_+-]{1,40}:/g, ' ') // an emoji shortcode: ":warning:"
    .replace(/\/\*|\*\/|^\s*\/\//g, ' ') // a heading written as a code comment: "/*Timeline*/"
    .replace(/\([^)]*\)?/g, ' ') // "(all times PT)", or an unclosed "(in UTC"
    .replace(/(?<=\p{L})[’'](re|ve|ll)\b/gu, ' $1') // "What we're doing": "we are"
    .replace(/(?<=\p{L})n[’']t\b/gu, ' not') // "Why didn't it fail"
    .replace(/[‘’']/g, '')
    .replace(/[&,+]|(?<=[\p{L}\s])\/(?=[\p{L}\s])/gu, ' and ') // "Root cause & resolution", "Corrective/Preventative measures"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) => CONTRACTED[word] ?? word);
  // Leading numbering ("1", "1 2", "iv", "step 3", "part 2", "section 4") and an article ("The Impact").
  let first = 0;
  while (first < words.length - 1 && /^(?:\d+|[ivx]{1,4}|[a-h]|the|our)$/.test(words[first]!)) first++;
  if (words.length - first > 2 && /^(?:step|part|section)$/.test(words[first]!) && /^\d+$/.test(words[first + 1]!)) first += 2;
  // Numbers after the first word are dates and counts ("Timeline 01/16/2024 - 02/28/2024"), not words of the name.
  return words.slice(first).filter((word, index) => index === 0 || !/^\d+$/.test(word));
}

/**
 * The kind a heading names. A real heading may add words after the phrase ("Root Cause Analysis
 * of the outage"); a pseudo-heading must be the phrase alone, or it is only a sentence.
 */
export function classifySection(title: string, form: 'heading' | 'pseudo'): SectionKind | undefined {
  return classifyWords(headingWords(title), form);
}

/**
 * Every kind a heading covers: its own, the halves of a combined section, and each part of a title
 * joined with "and", "&", "/" or "," ("Root Cause Analysis and Resolution", "Lessons Learned and
 * Action Items"). Empty when the heading names no known section.
 */
export function sectionCovers(title: string, form: 'heading' | 'pseudo'): SectionKind[] {
  const words = headingWords(title);
  const covers = new Set<SectionKind>();
  const whole = classifyWords(words, form);
  if (whole) covers.add(whole);
  // A bare line ("Root cause and resolution of it all") counts only if every part is a section.
  const parts = splitOnAnd(words);
  const kinds = parts.length > 1 ? parts.map((part) => classifyWords(part, form)) : [];
  if (form === 'heading' || kinds.every((kind) => kind !== undefined)) for (const kind of kinds) if (kind) covers.add(kind);
  if (covers.has('root-cause-and-resolution')) {
    covers.add('root-cause');
    covers.add('resolution');
  }
  // A line that names its section and gives it a title: "🕵️ The Timeline: A Journey Through the
  // Chaos". The title is in title case, short, with no figures and no sentence end; "Impact: 65% of
  // users" and "Root cause: a memory leak." are labelled facts, not sections.
  if (form === 'pseudo' && covers.size === 0) {
    const titled = /^([^:]{2,60}):[ \t]+(\S[^:.!?\d]{0,80})$/u.exec(title.trim());
    if (titled && isTitleCase(titled[2]!)) return sectionCovers(titled[1]!, 'pseudo');
  }
  // A heading is a heading whatever its title says after the name: "## Recovery: Restoring from an April 2024 Backup".
  if (form === 'heading' && covers.size === 0) {
    const label = /^([^:]{2,60}):[ \t]+\S/u.exec(title.trim());
    if (label) return sectionCovers(label[1]!, 'heading');
  }
  return [...covers];
}

// "A Journey Through the Chaos", "The Hungry Cache": two to eight words, each long word capitalised.
function isTitleCase(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 && words.length <= 8 && words.every((word) => word.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(word));
}

// "Remedial and Preventative Measures" is "remedial measures" and "preventative measures": a single
// word before "and" shares the noun that ends the last part.
function splitOnAnd(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (word === 'and') parts.push([]);
    else parts[parts.length - 1]!.push(word);
  }
  const filled = parts.filter((part) => part.length > 0);
  const last = filled[filled.length - 1];
  if (filled.length > 1 && last!.length > 1) for (const part of filled.slice(0, -1)) if (part.length === 1) part.push(last![last!.length - 1]!);
  return filled;
}

function classifyWords(words: readonly string[], form: 'heading' | 'pseudo'): SectionKind | undefined {
  if (words.length === 0) return undefined;
  for (const [kind, phrases] of TOKENISED) {
    for (const phrase of phrases) {
      if (words.length < phrase.length) continue;
      if (form === 'pseudo' && words.length !== phrase.length) continue;
      if (words.length > phrase.length + 4) continue;
      if (phrase.every((word, index) => similarWord(words[index]!, word))) return kind;
    }
  }
  // A real heading may lead in with its own words and end with the phrase: "In-depth analysis of
  // root cause and resolution", "Crisis timeline". Multi-word phrases, and the few nouns that name
  // a section wherever they end one ("… in summary"): "Fix" ending "How to fix" says nothing.
  if (form === 'heading' && words.length <= 8) {
    for (const [kind, phrases] of TOKENISED) {
      for (const phrase of phrases) {
        if ((phrase.length < 2 && !HEAD_NOUNS.has(phrase[0]!)) || words.length <= phrase.length) continue;
        const offset = words.length - phrase.length;
        if (phrase.every((word, index) => similarWord(words[offset + index]!, word))) return kind;
      }
    }
  }
  return undefined;
}

// Words written for a section's word that sounds the same: "Route Cause", "Lessens
// Learned". Each is a common word of its own, so no typo rule would take it.
const MISHEARD: Readonly<Record<string, string>> = { route: 'root', rout: 'root', lessens: 'lessons' };

// Typos tolerated: none in short words, one edit from 5 letters, two from 10; but a common word is
// itself, not a typo ("Content:" is no "Context", "Vault" no "Fault").
function similarWord(actual: string, expected: string): boolean {
  if (actual === expected || MISHEARD[actual] === expected) return true;
  if (expected.length < 5) return actual === expected || actual === `${expected}s`;
  if (NEAR_WORDS.has(actual)) return false;
  const allowed = expected.length >= 10 ? 2 : 1;
  if (Math.abs(actual.length - expected.length) > allowed) return false;
  return editDistance(actual, expected, allowed) <= allowed;
}

/** Damerau–Levenshtein distance (adjacent swaps count once), cut off above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}


/** The heading we write for each kind (completion, inserted sections). */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, string>> = {
  summary: 'Issue Summary',
  impact: 'Impact',
  detection: 'Detection',
  trigger: 'Trigger',
  timeline: 'Timeline',
  'root-cause-and-resolution': 'Root Cause and Resolution',
  'root-cause': 'Root Cause',
  resolution: 'Resolution',
  'corrective-measures': 'Corrective and Preventative Measures',
  'lessons-learned': 'Lessons Learned',
  'what-happened': 'What Happened',
  responders: 'Responders',
  leadup: 'Leadup',
  fault: 'Fault',
  response: 'Response',
  'five-whys': 'Five Whys',
};

/**
 * Kinds that tell a phase of the incident, the parts a timeline is told in: under it as list labels
 * ("- **Resolution:**") or beside it as headings ("### Timeline:" then "### Detection:").
 */
export const TIMELINE_PHASES: ReadonlySet<SectionKind> = new Set(['detection', 'trigger', 'response', 'responders', 'resolution', 'what-happened']);

/** Kinds that suggest an incident report rather than any document with a "Summary" (detection needs one). */
export const INCIDENT_KINDS: ReadonlySet<SectionKind> = new Set(['timeline', 'root-cause']);

/** The heading level a document uses for its recognised sections (the most common), or 2. */
export function sectionDepth(sections: ReadonlyArray<{ form: string; kind: SectionKind | undefined; depth: number }>): number {
  const counts = new Map<number, number>();
  for (const section of sections) {
    if (section.form === 'heading' && section.kind !== undefined) counts.set(section.depth, (counts.get(section.depth) ?? 0) + 1);
  }
  let depth = 2;
  let best = 0;
  for (const [candidate, count] of counts) if (count > best) [depth, best] = [candidate, count];
  return depth;
}
