/**
 * Whether a report gives a section's content somewhere, under any heading or none: the evidence
 * required-sections needs before it says a section is missing from a write-up that follows no
 * template's headings. A cause stated in the summary, a timeline under "What we saw", a fix told in
 * the timeline, measures under "Looking forward" all count.
 */
import { lineSpans, startsInside } from '../parse/lines';
import { namesCommand, readTasks } from './action-items';
import { findPhase, tokenize } from '../parse/phases';
import { blankSpans, outsideOpaque } from '../parse/prose';
import { findTimestamps } from '../time/candidates';
import { readDateAt } from '../time/date';
import { sectionCovers } from '../parse/sections';
import { inSecondHalf } from '../parse/summary/region';
import { rootCauseIn } from '../parse/summary/root-cause';
import type { PostmortemDoc, SectionKind } from '../parse/types';

// Words that look ahead to what will change.
const MEASURES = /\b(?:we\s+will|we['’]ll|we\s+are\s+going\s+to|we\s+plan|plan\s+to|going\s+forward|moving\s+forward|looking\s+forward|in\s+the\s+future|to\s+prevent|prevent(?:ing)?\s+(?:this|similar|future|recurrence|it)|action\s+(?:items?|points?)|next\s+steps|follow[\s-]?ups?|to-?dos?|recommend(?:ation)?s?|improvements?|long[\s-]term|short[\s-]term|permanent\s+fix(?:es)?|should\s+(?:be|have|add|use)|recurr(?:ence|ing)|regression\s+tests?|(?:happen|occur)(?:s|ing)?\s+again)\b/i;
// A permanent fix shipped for good: "the bug … was fixed and introduced via the 2.2.0 release", "Version
// 2.2.0 was released that included the fix", "patched in v1.4.2": what changed so it does not recur.
const FIX_RELEASED =
  /\b(?:fix(?:ed|es)?|patch(?:ed|es)?)\b[^.\n]{0,60}\b(?:(?:in|via|with|by)\s+(?:the\s+)?(?:v?\d+(?:\.\d+)+|version\s+v?\d\S*|release\s+v?\d\S*|\S+\s+release)|released|shipped)\b|\b(?:version|release)\s+v?\d\S*\s[^.\n]{0,40}\b(?:includ(?:ed|es|ing)|contain(?:ed|s|ing)|with)\s+(?:the\s+|a\s+)?(?:fix|patch)\b/i;
// Rules for next time written as a list ("- Internal snapshots must not be older than 7 days", "- Do
// not migrate both nodes at once"): two such items are measures, whatever their heading.
const RULE_ITEM = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:[^\n]*\b(?:must|should|need\s+to|never|always)\b|(?:do\s+not|don['’]t|never|always|avoid|make\s+sure|ensure)\b)/gim;
// A clock time at the start of a line, or after a short date ("- Apr 28 ~20:00 UTC: …"): an entry of a
// timeline, whatever its section is called.
const TIME_LED = /^[\s>*+|-]*(?:\*\*|__)?(?:[\w ,./-]{0,16}?[\s~]|\[)?\d{1,2}[:.h]\d\d/gm;

/** True when `prose` (the report with code and markup blanked) gives what a section of `kind` would hold. */
export function givesContentOf(doc: PostmortemDoc, prose: string, kind: SectionKind): boolean {
  switch (kind) {
    case 'summary':
    case 'what-happened':
      return opensWithProse(doc, prose) || impactOpensWithWindow(doc, prose);
    case 'timeline':
      return doc.timeline.entries.length >= 2 || (prose.match(TIME_LED)?.length ?? 0) >= 3 || toldInTimes(doc) || TIMELINE_ELSEWHERE.test(doc.text.slice(0, 200_000));
    case 'root-cause':
      return rootCauseIn(prose);
    case 'resolution': {
      const words = tokenize(prose);
      return findPhase(words, 'resolution') !== undefined || findPhase(words, 'mitigation') !== undefined;
    }
    case 'corrective-measures':
      return MEASURES.test(prose) || FIX_RELEASED.test(prose) || (prose.match(RULE_ITEM)?.length ?? 0) >= 2 || lessonsAsTasks(doc);
    default:
      return false;
  }
}

// A timeline kept elsewhere and pointed to: "[timeline on our GHSA](…)", "for the entire timeline,
// please refer to our advisory", "the full timeline is in the incident ticket".
const TIMELINE_ELSEWHERE = /\[[^\]\n]{0,80}\btimeline\b[^\]\n]{0,80}\]\(|\btimeline\b[^.\n]{0,80}\b(?:refer\s+to|see|is\s+(?:in|on|at)|can\s+be\s+found)\b|\b(?:refer\s+to|see)\b[^.\n]{0,60}\btimeline\b/i;

// A clock time in running text or inline code ("at roughly 09:30 GMT", "`around 20:00 UTC`").
const CLOCK = /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g;

// Three clock times told anywhere outside code blocks: the events are told with their times,
// as a chronology in the summary or a narrative, if not as a list of entries.
function toldInTimes(doc: PostmortemDoc): boolean {
  return (toldText(doc).match(CLOCK)?.length ?? 0) >= 3;
}

// The report outside code, less the lines that say when it was published or edited ("published:
// Mon, 17 Feb 2020 at 04:57 AM", "Last updated: 09:12"): their times are the page's, not the incident's.
function toldText(doc: PostmortemDoc): string {
  return outsideOpaque(doc).slice(0, 200_000).replace(PUBLISHING_LINE, (line) => ' '.repeat(line.length));
}

const PUBLISHING_LINE = /^[ \t>*_]*(?:published|updated|last[ _-]?(?:updated|modified|edited)|modified|created|posted|written|edited)(?:[ \t]+(?:on|at))?[*_]*[ \t]*:[^\n]*/gim;

/**
 * The times of day a report tells outside code, up to `limit`: clock times in any notation the time
 * engine reads ("12:05pm", "0930Z"), and dotted ones after a word that makes them times ("started at
 * approximately 10.16").
 */
export function timesTold(doc: PostmortemDoc, limit: number): string[] {
  const text = toldText(doc);
  // Four bare digits ("2025", "1616") are as often a year or a block number.
  const times = findTimestamps(text)
    .filter((timestamp) => timestamp.problems.length === 0 && !/^\d{4}$/.test(timestamp.raw))
    .map((timestamp) => timestamp.raw);
  for (const match of text.matchAll(DOTTED_AFTER_WORD)) times.push(match[1]!);
  return times.slice(0, limit);
}

/** The days a report tells outside code and page metadata ("May 8", "10 May 2024"), up to `limit`. */
export function datesTold(doc: PostmortemDoc, limit: number): string[] {
  const text = toldText(doc);
  const dates: string[] = [];
  const wordStart = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  for (let match = wordStart.exec(text); match && dates.length < limit; match = wordStart.exec(text)) {
    const date = readDateAt(text, match.index);
    if (!date) continue;
    if (!dates.includes(date.raw)) dates.push(date.raw);
    wordStart.lastIndex = date.end;
  }
  return dates;
}

const DOTTED_AFTER_WORD = /\b(?:at|until|till|by|from|to|since)[ \t]+(?:approximately[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+)?((?:[01]?\d|2[0-3])\.[0-5]\d)(?!\d|\.\d)/gi;

/**
 * What a report written in a template's layout gives of a missing section, in words, when it gives
 * part of it without the heading: an opening paragraph with no times for the summary, an untimed
 * ordered account ("Debugging Process" with its numbered steps) for the timeline.
 */
export function partOfMissing(doc: PostmortemDoc, prose: string, kind: SectionKind): string | undefined {
  if (kind === 'summary' && opensWithProse(doc, prose)) return 'the opening paragraph tells what happened but not when it started and ended';
  if (kind === 'timeline') {
    // A section's own text, up to the next heading: not the title's, which holds the whole report.
    const own = (index: number) => prose.slice(doc.sections[index]!.heading.end, doc.sections[index + 1]?.heading.start ?? doc.sections[index]!.span.end);
    // Not the report's title ("# Postmortem"), which heads everything when its parts are bold lines.
    const account = doc.sections.find((section, index) => section.kind === undefined && !(index === 0 && section.depth === 1) && (own(index).match(NUMBERED_STEP)?.length ?? 0) >= 3);
    if (account) return `"${account.title.replace(/[:\s]+$/, '')}" tells the steps in order but not when they happened`;
  }
  return undefined;
}

// A numbered step: "1. Checked…", "- 2 : Apache configuration…", "3) Ran strace…".
const NUMBERED_STEP = /^[ \t]*(?:[-*+][ \t]+)?\d{1,2}(?:[.):]|[ \t]+:)?[ \t]+\S/gm;

/**
 * An untitled opening that tells what happened and when: a clock time or a "Duration" in it ("On
 * October 4 at 10:25 in the morning…", "**Duration: 30 mins** (13:20 ~ 13:30 EAT)"). It is the
 * summary without its heading; blind reviewers called "Missing Issue Summary" there overstated.
 */
export function openingTellsWhen(doc: PostmortemDoc, prose: string): boolean {
  if (!opensWithProse(doc, prose)) return false;
  const opening = openingOf(doc, prose);
  return /\bduration\b/i.test(opening) || findTimestamps(opening).some((timestamp) => timestamp.problems.length === 0);
}

function openingOf(doc: PostmortemDoc, prose: string): string {
  const first = doc.sections.find((section) => section.kind !== undefined && section.kind !== 'summary');
  return prose.slice(doc.title ? doc.title.span.end : 0, first ? first.heading.start : Math.min(prose.length, 5000));
}

// A sentence of prose (eight words or more, metadata lines such as "Status: Active" left out) before
// the first section the report names: an untitled opening paragraph, or a section under a heading of
// the author's own ("Description"). That is the summary in the author's own layout.
function opensWithProse(doc: PostmortemDoc, prose: string): boolean {
  const sentences = openingOf(doc, prose).split(/\r?\n|\r/).filter((line) => !METADATA.test(line));
  return (sentences.join(' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= 8;
}

// A report that opens on its Impact, and tells there from when to when ("## Impact / From 05:53 to
// 12:16 UTC no pod could resolve…"): the summary's window and who was hurt, under another heading.
function impactOpensWithWindow(doc: PostmortemDoc, prose: string): boolean {
  const first = doc.sections.find((section) => section.kind !== undefined);
  if (first?.kind !== 'impact') return false;
  const opening = prose.slice(first.heading.end, Math.min(first.span.end, first.heading.end + 600));
  return (opening.match(CLOCK)?.length ?? 0) >= 2;
}

// "Author: Tim", "**Incident Leader: Peter Hooper**", "Date: Feb 27, 2025, 19:00 UTC": a label of up to
// four words and a short value.
const METADATA = /^[\s>*_-]*[\p{L}][\p{L}\p{N} ]{0,30}[*_]*:[*_]*[ \t]+[^\s.!?][^.!?]{0,40}[*_]*[ \t]*$/u;

// A paragraph that opens with a section's label ("Root cause: the disk filled up…"), not a list item.
const LABELLED = /^[ \t]{0,3}[*_]{0,3}(\p{L}[\p{L} &/-]{1,40}?)[*_]{0,3}[ \t]*:[*_]{0,3}[ \t]+\S/u;

// The tags that open a paragraph of HTML: "<p>", "<p><strong>", "<li>".
const HTML_OPENING = /^[ \t]*(?:<(?:p|div|span|li|strong|b|em)\b[^>]*>[ \t]*)+/i;

// A list item labelled with a part of the summary: "- **Duration:** 2 hours…", "* Impact: 40% of users…".
const SUMMARY_ITEM = /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?(?:duration|outage\s+duration|impact|start(?:\s+time)?|end(?:\s+time)?)(?:\*\*|__)?[ \t]*:/i;

/**
 * The sections a report gives as labelled paragraphs ("Root cause: …", "**Timeline:** 10:00 …"),
 * and a summary it gives unlabelled before its first section with the outage's times: written, even
 * where no heading names them.
 */
export function labelledKinds(doc: PostmortemDoc): Set<SectionKind> {
  const kinds = new Set<SectionKind>();
  if (doc.summary && !doc.summary.section && (doc.summary.start || doc.summary.end)) kinds.add('summary');
  for (const line of lineSpans(doc.text.slice(0, 200_000))) {
    // A label inside an HTML paragraph counts too ("<p>Root cause: …</p>"); nothing else in code or HTML does.
    const raw = doc.text.slice(line.start, Math.min(line.end, line.start + 200));
    const text = raw.replace(HTML_OPENING, '');
    if (text === raw && startsInside(doc.opaque, doc.text, line)) continue;
    const label = LABELLED.exec(text)?.[1];
    if (label) for (const kind of sectionCovers(label, 'pseudo')) kinds.add(kind);
    // A list of "Duration:" and "Impact:" items under a heading of the author's own is the summary.
    else if (SUMMARY_ITEM.test(text)) kinds.add('summary');
  }
  return kinds;
}

/** `prose` with only the sections under headings the reader could not name kept (the rest blanked, offsets kept). */
export function underOwnHeadings(doc: PostmortemDoc, prose: string): string {
  const kept: Array<{ start: number; end: number }> = [];
  doc.sections.forEach((section, index) => {
    if (section.kind !== undefined || section.form !== 'heading' || section === doc.sections[0] && doc.title?.span.start === section.heading.start) return;
    kept.push({ start: section.heading.end, end: Math.max(section.heading.end, doc.sections[index + 1]?.heading.start ?? prose.length) });
  });
  let out = '';
  let from = 0;
  for (const span of kept) {
    out += prose.slice(from, span.start).replace(/[^\n]/g, ' ') + prose.slice(span.start, span.end);
    from = span.end;
  }
  return out + prose.slice(from).replace(/[^\n]/g, ' ');
}

/**
 * Lessons learned written as things to do, two items or more ("- **Test inside the live process.**
 * …", "- Validate client options, not just endpoint health"): the measures, under that heading.
 */
function lessonsAsTasks(doc: PostmortemDoc): boolean {
  // The item's words, or what follows its label ("**Timeouts can hide errors.** Look at…").
  const told = (words: string) => namesCommand(words) || namesCommand(words.replace(/^(?:\*\*|__)?[^*_.:\n]{1,60}[.:](?:\*\*|__)?[ \t]+(?=\p{Lu})/u, ''));
  return doc.sections.some((section) => section.kind === 'lessons-learned' && readTasks(doc, { start: section.heading.end, end: section.span.end }).items.filter((item) => told(item.text)).length >= 2);
}

/**
 * The prose with the sections of `kinds` blanked (line breaks kept), and the timeline's: what the
 * report tells outside its entries and those sections.
 */
export function outsideSections(doc: PostmortemDoc, prose: string, kinds: readonly SectionKind[] = []): string {
  const blanked = [...doc.timeline.sections, ...doc.sections.filter((section) => section.covers.some((kind) => kinds.includes(kind)))];
  return blankSpans(prose, blanked.map((section) => section.span).sort((a, b) => a.start - b.start));
}

/**
 * A narrative report's conclusion of thirty words or more ("Summation", "Conclusion", a summary in
 * the report's second half): where it sums up the cause and the fix in its own words.
 */
export function hasConclusion(doc: PostmortemDoc): boolean {
  const named = doc.sections.some((section, index) => {
    const named = CONCLUSION.test(section.title.trim()) || (section.kind === 'summary' && inSecondHalf(doc.text, section));
    if (!named) return false;
    const own = doc.text.slice(section.heading.end, doc.sections[index + 1]?.heading.start ?? section.span.end);
    return (own.match(/\p{L}+/gu)?.length ?? 0) >= 30;
  });
  return named || plainConclusion(doc.text);
}

// A report written without Markdown: "Summation" alone on a line, then its paragraph of thirty words or more.
function plainConclusion(text: string): boolean {
  for (const match of text.matchAll(/^[ \t]*(?:\*\*|__)?([A-Za-z][A-Za-z ]{4,24}?)(?:\*\*|__)?:?[ \t]*\r?\n((?:[ \t]*\S[^\n]*\n?){1,6})/gm)) {
    if (CONCLUSION.test(match[1]!.trim()) && (match[2]!.match(/\p{L}+/gu)?.length ?? 0) >= 30) return true;
  }
  return false;
}

const CONCLUSION = /^(?:summation|conclusions?|in\s+(?:summary|conclusion|short)|to\s+sum\s+up|wrap[\s-]?up|closing(?:\s+thoughts)?|final\s+thoughts)[\s:.!]*$/i;
