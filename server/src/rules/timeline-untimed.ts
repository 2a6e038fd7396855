/**
 * timeline-untimed: a timeline whose items mostly carry no clock time, so the reader cannot tell
 * when things happened ("- Actions taken: …", "- Escalation: …" under one timed line).
 */
import { lineSpans, overlapsAny, startsInside } from '../parse/lines';
import { TIMELINE_PHASES } from '../parse/sections';
import type { PostmortemDoc, Section, Span } from '../parse/types';
import { findTimestamps, RELATIVE_TIME } from '../time/candidates';
import { isDayLabel, readDateAt } from '../time/date';
import type { Rule } from './types';

const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const MINIMUM_ITEMS = 3;

/** One item of the timeline as written: a list item's line, or a line of a paragraph. */
interface TimelineItem {
  line: Span;
  indent: number;
  timed: boolean;
  /** A day line ("- Oct 29") or a label over nested items: it groups items and is not one itself. */
  container: boolean;
  /** False for what tells no event: a screenshot, a line of code, a fragment of two words. */
  event: boolean;
  /** Only a time, its date and zone ("- January 22, 2018, 17:23 PST"): it times the items after it. */
  bare?: boolean;
}

export const timelineUntimed: Rule = {
  id: 'timeline-untimed',
  description: 'Timeline items say when they happened: at least half of them carry a clock time.',
  severity: 'info',
  tags: ['timeline', 'content'],
  fixable: false,
  check({ doc, report }) {
    const lines = lineSpans(doc.text);
    const entryLines = doc.timeline.entries.map((entry) => entry.line);
    const read = doc.timeline.sections.map((section) => {
      const items = itemsOf(doc, section, lines, entryLines)?.filter((item) => !item.container && item.event);
      return { section, items, timed: items?.filter((item) => item.timed).length ?? 0 };
    });
    // A report with a timed timeline that also tells the events in order without times ("### Sequence
    // of Events" under "What Happened") has given their times: the account is not a second timeline.
    if (read.some(({ items, timed }) => items && timed >= MINIMUM_ITEMS && timed * 2 >= items.length)) return;
    for (const { section, items, timed } of read) {
      if (!items || items.length < MINIMUM_ITEMS) continue;
      if (timed * 2 >= items.length) continue;
      report({
        message: `${timed === 0 ? 'None' : `Only ${timed}`} of the ${items.length} timeline items ${timed === 1 ? 'says when it' : 'say when they'} happened: give each event its time (an approximate "~10:40" is fine), so readers can follow the incident and its durations.`,
        span: section.heading,
      });
    }
  },
};

/**
 * The items of one timeline section, or undefined when it cannot be split into items with
 * confidence: a table, prose paragraphs of several lines with no time in them, or a timeline told
 * day by day ("### 2019-09-01", "- Oct 29" over nested items), where the day is the time that matters.
 */
function itemsOf(doc: PostmortemDoc, section: Section, lines: readonly Span[], entryLines: readonly Span[]): TimelineItem[] | undefined {
  // A section of another kind nested under the timeline (a misplaced "### Root cause") ends it; a
  // list item's label ("- **Resolution:**" over nested items) is an item of the timeline, and so is a
  // phase with its times ("### Root Cause Investigation (16:20-16:40)").
  const nested = doc.sections.find(
    (other) =>
      other.heading.start > section.heading.start &&
      other.heading.start < section.span.end &&
      other.kind !== undefined &&
      other.kind !== 'timeline' &&
      !LIST_ITEM.test(doc.text.slice(other.heading.start, other.heading.end)) &&
      findTimestamps(doc.text.slice(other.heading.start, other.heading.end)).length === 0,
  );
  const end = nested ? nested.heading.start : listEnd(doc, section);
  const listItems: TimelineItem[] = [];
  const paragraphs: TimelineItem[][] = [];
  const timedHeadings: TimelineItem[] = [];
  let days = 0;
  let blankBefore = true;
  let inList = false;
  let underTimedHeading = false;
  // A list right after a timed paragraph ("**1:25 PM**: SSL renewed:" then its steps) is its details.
  let afterTimedParagraph = false;
  let detailList = false;
  const tableRows: Span[] = [];
  for (let index = firstLineAfter(lines, section.heading.end); index < lines.length && lines[index]!.start < end; index++) {
    const line = lines[index]!;
    const text = doc.text.slice(line.start, line.end);
    if (text.trim() === '') {
      blankBefore = true;
      continue;
    }
    // A "# comment" inside a code block is no heading.
    const opaque = startsInside(doc.opaque, doc.text, line);
    const heading = opaque ? null : /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/.exec(text);
    if (opaque || heading || /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/.test(text)) {
      // "#### 00:20:" heads the items under it: they are its details. "### 2019-09-01" heads a day.
      const item = heading ? itemOf(doc, line, 0, text.slice(heading[0].length), entryLines) : undefined;
      if (item?.container) days++;
      if (item?.timed) timedHeadings.push(item);
      underTimedHeading = item ? item.timed : underTimedHeading;
      blankBefore = true;
      inList = false;
      afterTimedParagraph = false;
      continue;
    }
    if (/^[ \t]*\|/.test(text)) {
      tableRows.push(line);
      continue;
    }
    if (underTimedHeading) continue;
    const marker = LIST_ITEM.exec(text);
    const indent = (marker?.[1] ?? /^[ \t]*/.exec(text)![0]).replace(/\t/g, '    ').length;
    const item = itemOf(doc, line, indent, text.slice(marker?.[0].length ?? 0), entryLines);
    if (item.container) days++;
    if (marker) {
      if (!inList) detailList = afterTimedParagraph;
      if (!detailList) listItems.push(item);
      inList = true;
    } else if (inList && (!blankBefore || /^[ \t]/.test(text))) {
      // A list item's continuation line: part of the item above it.
      if (item.timed && !detailList) listItems[listItems.length - 1]!.timed = true;
    } else if (blankBefore || paragraphs.length === 0) {
      paragraphs.push([item]);
      inList = false;
      afterTimedParagraph = item.timed;
    } else {
      paragraphs[paragraphs.length - 1]!.push(item);
      afterTimedParagraph ||= item.timed;
    }
    blankBefore = false;
  }
  if (days >= 2) return undefined;
  if (tableRows.length > 0) return listItems.length === 0 && paragraphs.length === 0 && timedHeadings.length === 0 ? tableItems(doc, tableRows, entryLines) : undefined;
  if (listItems.length > 0) return [...timedHeadings, ...withContainers(listItems)];
  // Paragraphs: a one-line paragraph is an item; in a longer one, each timed line starts an item
  // and the lines after it are its details. A longer one with no time at all is prose, and so is a
  // line of several sentences with none (a paragraph not wrapped): the timeline is told as a story.
  const items: TimelineItem[] = [...timedHeadings];
  for (const paragraph of paragraphs) {
    if (!paragraph.some((item) => item.timed) && (paragraph.length > 1 || SENTENCE_ENDS.test(doc.text.slice(paragraph[0]!.line.start, paragraph[0]!.line.end)))) return undefined;
    const firstTimed = paragraph.findIndex((item) => item.timed);
    items.push(...paragraph.filter((item, index) => item.timed || firstTimed < 0 || index < firstTimed));
  }
  // An introduction ("The timeline, in UTC:") or a label line is not an event.
  return items.filter((item) => item.timed || !/:\s*(?:\*\*|__|\*|_)?\s*$/.test(doc.text.slice(item.line.start, item.line.end)));
}

/**
 * A table's rows as items: its body, under the header and the delimiter row. Only a table none of
 * whose rows tells a time is read (an "Event" column alone): in one with a time column, the rows
 * without one are as often notes as events.
 */
function tableItems(doc: PostmortemDoc, rows: readonly Span[], entryLines: readonly Span[]): TimelineItem[] | undefined {
  const delimiter = rows.findIndex((row) => /^[ \t]*\|?[ \t]*:?-{3,}/.test(doc.text.slice(row.start, row.end)));
  if (delimiter !== 1) return undefined;
  const items = rows.slice(2).map((row) => {
    const cells = doc.text.slice(row.start, row.end).split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    const timed = cells.some((cell) => itemOf(doc, row, 0, cell, entryLines).timed);
    return { line: row, indent: 0, timed, container: false, event: true };
  });
  return items.some((item) => item.timed) ? undefined : items;
}

// What one line says: whether it carries a time (a clock time, or a date of its own at its start)
// and whether it only names a day.
function itemOf(doc: PostmortemDoc, line: Span, indent: number, words: string, entryLines: readonly Span[]): TimelineItem {
  const plain = words.replace(/^(?:\*\*|__|\*|_|`)+/, '').trim();
  const container = isDayLabel(plain);
  // A date at its start, also after "On" ("On 13 April 2026, the API…").
  const dated = readDateAt(plain.replace(/^(?:on|from|since)[ \t]+/i, ''), 0) !== undefined || UNKNOWN_DATE.test(plain);
  const timed = !container && (overlapsAny(entryLines, line.start, line.end) || findTimestamps(doc.text.slice(line.start, line.end)).length > 0 || dated || RELATIVE_TIME.test(plain) || DOTTED_TIME.test(plain));
  return { line, indent, timed, container, event: timed || container || isSentence(plain), bare: timed && BARE_TIME.test(plain) };
}

// A line that is only a time with its date and zone: "January 22, 2018, 17:23 PST", "**14:05 UTC**".
const BARE_TIME = /^[\s*_`(]*(?:(?:\p{L}{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3,9}|\d{4}-\d\d-\d\d)[ \t,]*(?:\d{4})?[ \t,]*(?:at[ \t]+)?)?\d{1,2}[:.h]\d\d(?::\d\d)?[ \t]*(?:[aApP]\.?[mM]\.?)?[ \t]*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?[\s*_`):.-]*$/u;

// Two sentences or more on a line: a full stop, then a word that opens the next sentence.
const SENTENCE_ENDS = /\p{Ll}[.!?][ \t]+["'“(]?\p{Lu}\p{Ll}*[\s,]/u;

// A time written with a dot at an item's start, then its words ("11.51 AC kicked off reindex"): in a
// timeline it is the item's time, though "1.5 hours" in a sentence is a number.
const DOTTED_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]+\p{L}/u;

// A date whose unknown parts are written as such: "2023-MM-DD", "2023-??-??", "2023-XX-XX".
const UNKNOWN_DATE = /^\d{4}-(?:\d\d|MM|XX|xx|\?\?)-(?:\d\d|DD|XX|xx|\?\?)/;

// Three words or more once images and code are taken out: a screenshot ("![alt](x.png)"), a line of
// code ("require_once(/var/www/…)") or a fragment ("should be") between entries is no event.
function isSentence(text: string): boolean {
  const words = text.replace(/!\[[^\]]*\]\([^)]*\)|`[^`]*`|\S*[(/\\=;{}]\S*/g, ' ').match(/\p{L}[\p{L}'’-]*/gu);
  return (words?.length ?? 0) >= 3;
}

// Where the timeline's text ends. Its list goes on through items that are labels of a phase of the
// response ("- **Actions Taken:**", "- **Escalation:**"), which the outline reads as sections of their own.
function listEnd(doc: PostmortemDoc, section: Section): number {
  let end = section.span.end;
  for (const next of doc.sections) {
    if (next.heading.start < end) continue;
    const label = doc.text.slice(next.heading.start, next.heading.end);
    if (next.form !== 'pseudo' || !LIST_ITEM.test(label) || !(next.kind === undefined || TIMELINE_PHASES.has(next.kind)) || doc.text.slice(end, next.heading.start).trim() !== '') break;
    end = next.span.end;
  }
  return end;
}

// The index of the first line that starts at or after `offset` (lines are sorted).
function firstLineAfter(lines: readonly Span[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// An untimed list item with items nested under it is their label ("- **Actions taken:**"), and
// items nested under a timed one are its details: neither is counted.
function withContainers(items: TimelineItem[]): TimelineItem[] {
  const counted: TimelineItem[] = [];
  const parents: TimelineItem[] = [];
  // A bullet that is only a time ("- January 22, 2018, 17:23 PST") times the bullets after it at its
  // level ("- Detected after a deploy…"), up to the next time: they are its details.
  let timedBy: TimelineItem | undefined;
  items.forEach((item, index) => {
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= item.indent) parents.pop();
    if (timedBy && (item.timed || item.indent !== timedBy.indent)) timedBy = undefined;
    const next = items[index + 1];
    if (!item.timed && next !== undefined && next.indent > item.indent) item.container = true;
    if (!parents.some((parent) => parent.timed) && !timedBy) counted.push(item);
    if (item.bare) timedBy = item;
    parents.push(item);
  });
  return counted;
}
