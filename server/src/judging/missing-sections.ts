/**
 * Which of the sections a profile asks for a report lacks, read from its headings and, where the
 * layout is the author's own, from its content: the machinery behind required-sections (a template's
 * layout) and content-missing (a layout of the author's own), each with the message that says what is
 * missing, where, and the edit that adds the section.
 */
import { leadingMarkupLength, lineStartAt } from '../parse/lines';
import { SECTION_HEADINGS, sectionDepth } from '../parse/sections';
import type { PostmortemDoc, SectionKind, Span } from '../parse/types';
import { missingKinds, type Profile } from './profiles';
import { datesTold, givesContentOf, hasConclusion, labelledKinds, openingTellsWhen, outsideSections, partOfMissing, timesTold, underOwnHeadings } from './section-content';

/** A missing section: what to say, where, and the edit that adds it (undefined where no place is safe). */
export interface MissingSection {
  message: string;
  span: Span;
  fix?: () => { title: string; edits: Array<{ span: Span; newText: string }> } | undefined;
}

/**
 * True when the report is held to its template's sections as a template: the layout is a template's
 * (the 0x19 assignment, or a profile chosen), or its own headings open as the standard template does,
 * with a summary and a timeline. A report in a layout of its own is read for its content instead, and
 * whether it needs what it lacks is the author's call (content-missing, a hint).
 */
export function heldToTemplate(doc: PostmortemDoc, profile: Profile): boolean {
  if (!profile.byContent) return true;
  if (chapterOfLonger(doc)) return false;
  const headed = new Set(doc.sections.flatMap((section) => section.covers));
  return headed.has('summary') && headed.has('timeline');
}

/**
 * True when the file is one chapter of a longer report: its one top heading is numbered ("# 2.
 * Incident Overview", "# Chapter 3: Timeline") and its sub-headings carry that number ("## 2.1
 * Incident record"). What the report lacks may be in another chapter.
 */
function chapterOfLonger(doc: PostmortemDoc): boolean {
  const top = doc.sections[0];
  const number = top?.form === 'heading' ? /^(?:(?:chapter|part|section)\s+)?(\d{1,2})(?:\.|\s*[:–—-])?\s+\S/i.exec(top.title)?.[1] : undefined;
  if (!top || number === undefined) return false;
  const below = doc.sections.slice(1).filter((section) => section.form === 'heading');
  return below.every((section) => section.depth > top.depth) && below.some((section) => section.title.startsWith(`${number}.`) && /^\d/.test(section.title.slice(number.length + 1)));
}

/** The sections `profile` asks for that `doc` lacks; `prose` is the report's text with code and markup blanked. */
export function missingSections(doc: PostmortemDoc, profile: Profile, proseOf: () => string): MissingSection[] {
  const found: MissingSection[] = [];
  const report = (missing: MissingSection) => found.push(missing);
  const present = new Set(doc.sections.flatMap((section) => section.covers));
  // Most reports have every section: read the text for content only when one is missing.
  if (profile.sections.every((required) => missingKinds(required, present).length === 0)) return found;
  // A labelled paragraph ("Root cause: …"), or an unlabelled summary with the outage's times, is written.
  for (const kind of labelledKinds(doc)) present.add(kind);
  // A write-up in a layout of its own lacks a section only when it lacks the content anywhere, and
  // only where the text can show that: a timeline by its times, measures by words that look ahead, a
  // summary by prose before the first section. A cause or a fix can be told in any words, so there
  // the rule stays silent. With a template's headings, a section under a heading of the author's own
  // ("Summation") that gives the content is that section, but a cause told only in the summary is
  // not, and a story is no summary.
  if (profile.byContent && doc.wordCount >= TOO_SHORT) for (const kind of TOLD_IN_ANY_WORDS) present.add(kind);
  // A narrative report's conclusion ("Summation", "Conclusion", a "Summary" at its end) sums up the
  // cause and the fix in its own words: the sections that tell them are there, under its heading.
  if (!profile.byContent && hasConclusion(doc)) for (const kind of TOLD_IN_ANY_WORDS) present.add(kind);
  // An untitled opening that tells what happened and when is the summary without its heading.
  if (!profile.byContent && !present.has('summary') && openingTellsWhen(doc, proseOf())) present.add('summary');
  let content: string | undefined;
  const kinds = profile.byContent ? (['summary', 'timeline', 'corrective-measures'] as const) : (['timeline', 'root-cause', 'resolution', 'corrective-measures'] as const);
  for (const kind of kinds) {
    if (present.has(kind)) continue;
    // In a template's layout, a fix or a measure told under another of its sections (the fix in
    // "Root Cause", the prevention in the summary) is told: blind reviewers called a missing heading
    // there wrong. Not one told only as timeline entries, nor a fix read from the measures ahead, nor
    // a cause, which the summary often names in a line without telling it.
    if (!profile.byContent && (kind === 'resolution' || kind === 'corrective-measures') && givesContentOf(doc, outsideSections(doc, proseOf(), kind === 'resolution' ? ['corrective-measures'] : []), kind)) {
      present.add(kind);
      continue;
    }
    content ??= profile.byContent ? proseOf() : underOwnHeadings(doc, proseOf());
    if (givesContentOf(doc, content, kind)) present.add(kind);
  }
  const span = doc.title?.span ?? firstLine(doc);
  for (const required of profile.sections) {
    const missing = missingKinds(required, present);
    if (missing.length === 0) continue;
    if (missing.length < required.kinds.length) {
      // Half of a combined section ("Root Cause and Resolution") is there: ask for the other half.
      const heading = SECTION_HEADINGS[missing[0]!];
      report({ message: `Missing "${heading}" (the ${profile.name} template asks for "${required.heading}"): ${required.purpose}.`, span });
      continue;
    }
    // In a layout of its own, the report was read for the content too: say that it is nowhere. In a
    // template's, say what the report gives of it without the heading, and what it lacks.
    const nowhere = profile.byContent ? nowhereSays(doc, required.kinds[0]!) : '';
    const part = profile.byContent ? undefined : partOfMissing(doc, proseOf(), required.kinds[0]!);
    report({
      message: part ? `Missing section "${required.heading}": ${part}. ${PART_ADVICE[required.kinds[0]!] ?? ''}`.trimEnd() : `Missing section "${required.heading}": ${nowhere}${required.purpose}.`,
      span,
      fix: () => {
        const at = insertionPoint(doc, required.kinds[0]!, profile.order);
        if (at === undefined) return undefined;
        const eol = /\r\n|\n|\r/.exec(doc.text)?.[0] ?? '\n';
        const section = `${'#'.repeat(sectionDepth(doc.sections))} ${required.heading}${eol}${eol}${required.placeholder}${eol}`;
        const atEnd = at === doc.text.length;
        const before = !atEnd || at === 0 ? '' : /[\r\n]$/.test(doc.text) ? eol : `${eol}${eol}`;
        return { title: `Add the "${required.heading}" section`, edits: [{ span: { start: at, end: at }, newText: `${before}${section}${atEnd ? '' : eol}` }] };
      },
    });
  }
  return found;
}

// How a report in a layout of its own lacks the section: nowhere, or, for a timeline, with a time or two
// told in passing (the outage's start and end) and nothing of what happened between them, or with its
// events dated by the day and no time of day.
function nowhereSays(doc: PostmortemDoc, kind: SectionKind): string {
  if (kind !== 'timeline') return 'no section, and no sentence anywhere in the report, says ';
  const times = timesTold(doc, 2);
  if (times.length > 0) return `the report gives ${times.length === 1 ? 'one time' : 'a time or two'} in passing (${quoted(times)}) but no timeline: `;
  const dates = datesTold(doc, 2);
  if (dates.length > 0) return `the report dates what happened (${quoted(dates)}) but gives no time of day and no timeline: `;
  return 'no section, and no sentence anywhere in the report, says ';
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}


// What to write when part of a section is there without its heading.
const PART_ADVICE: Partial<Record<SectionKind, string>> = {
  summary: 'Give it the heading, with the start and end (and the timezone), who was affected and the root cause in a sentence.',
  timeline: 'List them with their times under that heading, from the trigger to full recovery.',
};

// Sections whose absence a write-up in its own layout cannot show, as their content has no telltale form.
// A report shorter than this has told neither.
const TOLD_IN_ANY_WORDS: readonly SectionKind[] = ['root-cause', 'resolution'];
const TOO_SHORT = 60;

// The document's first line of content, after any front matter.
function firstLine(doc: PostmortemDoc): Span {
  const frontMatter = doc.opaque[0] && doc.text.slice(0, doc.opaque[0].start).trim() === '' ? doc.opaque[0].end : 0;
  const match = /[^\s\uFEFF][^\r\n]*/.exec(doc.text.slice(frontMatter));
  return match ? { start: frontMatter + match.index, end: frontMatter + match.index + match[0].length } : { start: 0, end: 0 };
}

/**
 * Where the missing section goes: at the start of the line of the first section that conventionally
 * comes after it, else at the end of the document. Undefined when there is no safe place: the end
 * lies inside an unclosed code fence or comment, where a heading would not be a heading.
 */
function insertionPoint(doc: PostmortemDoc, kind: SectionKind, order: readonly SectionKind[]): number | undefined {
  const rank = order.indexOf(kind);
  const anchor = doc.sections.find((section) => section.covers.some((covered) => order.indexOf(covered) > rank));
  if (anchor) {
    // A pseudo-heading ("* Timeline", "**Timeline**") inside a list or under a real heading: go before that heading.
    const enclosing = doc.sections.filter((section) => section.form === 'heading' && section.depth > 1 && section.heading.start <= anchor.heading.start).pop();
    const line = doc.text.slice(lineStartAt(doc.text, anchor.heading.start), anchor.heading.end);
    if (anchor.form === 'heading' || !(/^[ \t]|^[-*+>]\s|^\d+[.)]\s/.test(line) || leadingMarkupLength(line) > 2)) {
      return lineStartAt(doc.text, anchor.heading.start);
    }
    if (enclosing) return lineStartAt(doc.text, enclosing.heading.start);
  }
  return endsInsideOpenBlock(doc) ? undefined : doc.text.length;
}

// True when the text ends inside a code fence or HTML comment that was never closed.
function endsInsideOpenBlock(doc: PostmortemDoc): boolean {
  const last = doc.opaque.at(-1);
  if (!last || last.end < doc.text.trimEnd().length) return false;
  const lines = doc.text.slice(last.start, last.end).trimEnd().split(/\r\n|\n|\r/);
  if (/^[ \t]*(?:`{3,}|~{3,})/.test(lines[0]!)) return lines.length < 2 || !/^[ \t]*(?:`{3,}|~{3,})[ \t]*$/.test(lines.at(-1)!);
  return lines[0]!.trimStart().startsWith('<!--') && !lines.join('\n').includes('-->');
}
