/**
 * Merging imported entries into a document's timeline: each falls in order among the entries already
 * there, an entry already there (same minute, same words) is not added twice, and new entries are
 * written as the timeline writes its own (its bullet and indentation). A document without a
 * timeline gets one at its end.
 */
import type { PostmortemDoc, TimelineEntry } from '../parse/types';
import { lineEndAt, lineStartAt } from '../parse/lines';
import { dayNumber } from '../time/date';
import type { TextEdit } from '../rules/types';
import { entriesMarkdown, type PlacedEntry } from './render';
import type { Skipped } from './types';

/** The edits that add the entries, how many are added, and those left out as already there. */
export interface MergeResult {
  edits: TextEdit[];
  added: number;
  skipped: Skipped[];
}

/** Merges `entries` (in time order, on the document's clock) into the document's first timeline. */
export function mergeIntoTimeline(doc: PostmortemDoc, entries: readonly PlacedEntry[], iso: boolean, zone?: string): MergeResult {
  const eol = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const existing = doc.timeline.entries.filter((entry) => entry.timestamp.minutesOfDay !== undefined);
  const skipped: Skipped[] = [];
  const fresh = entries.filter((entry) => {
    const twin = existing.find((other) => sameMinute(entry, other) && sameWords(entry.words, other.description));
    if (twin) skipped.push({ line: entry.line, reason: 'already in the timeline' });
    return !twin;
  });
  if (fresh.length === 0) return { edits: [], added: 0, skipped };
  const section = doc.timeline.sections[0];
  if (!section) {
    const end = doc.text.length;
    const before = doc.text.length === 0 ? '' : /(?:\r?\n){2}$/.test(doc.text) ? '' : /\r?\n$/.test(doc.text) ? eol : eol + eol;
    const heading = zone === undefined ? '## Timeline' : `## Timeline (all times ${zone})`;
    return { edits: [{ span: { start: end, end }, newText: `${before}${heading}${eol}${eol}${entriesMarkdown(fresh, iso, eol)}` }], added: fresh.length, skipped };
  }
  if (existing.length === 0) {
    const at = lineEndAt(doc.text, section.heading.end);
    return { edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${entriesMarkdown(fresh, iso, eol).replace(/(?:\r?\n)+$/, '')}` }], added: fresh.length, skipped };
  }
  // Each new entry goes before the first entry already there that comes later (at the start of its
  // line), else after the last one's block (at the end of its last line); written as that entry is.
  const groups = new Map<TimelineEntry | undefined, PlacedEntry[]>();
  for (const entry of fresh) {
    const next = existing.find((other) => compare(entry, other) < 0);
    groups.set(next, [...(groups.get(next) ?? []), entry]);
  }
  const last = existing[existing.length - 1]!;
  const edits: TextEdit[] = [];
  for (const [next, group] of groups) {
    const neighbour = next ?? last;
    const prefix = /^[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*/.exec(doc.text.slice(neighbour.line.start, neighbour.line.end))![0].replace(/\d{1,3}([.)])/, '1$1');
    const lines = group.map((entry) => `${prefix}${entry.time} - ${entry.text}`).join(eol);
    const at = next ? lineStartAt(doc.text, next.line.start) : blockEnd(doc, last);
    edits.push({ span: { start: at, end: at }, newText: next ? `${lines}${eol}` : `${eol}${lines}` });
  }
  return { edits, added: fresh.length, skipped };
}

// Minutes on one clock: day × 1440 + minute of the day when both sides know their day, else the minute of the day.
function compare(entry: PlacedEntry, other: TimelineEntry): number {
  const minutes = other.timestamp.minutesOfDay!;
  if (entry.dated && other.date?.year !== undefined) return entry.key - (dayNumber({ ...other.date, year: other.date.year }) * 1440 + minutes);
  return minuteOfDay(entry) - minutes;
}

function sameMinute(entry: PlacedEntry, other: TimelineEntry): boolean {
  return compare(entry, other) === 0;
}

function minuteOfDay(entry: PlacedEntry): number {
  return ((entry.key % 1440) + 1440) % 1440;
}

// The same words, whatever the case, punctuation or an author's name before them ("Amina: rolled back").
function sameWords(words: string, description: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const mine = plain(words);
  const theirs = plain(description);
  return mine !== '' && (theirs === mine || theirs.endsWith(` ${mine}`));
}

// The end of an entry's block: its line and any lines under it that are more indented (its details).
function blockEnd(doc: PostmortemDoc, entry: TimelineEntry): number {
  const indent = /^[ \t>]*/.exec(doc.text.slice(lineStartAt(doc.text, entry.line.start), entry.line.end))![0].length;
  let end = entry.line.end;
  for (let next = end + 1; next < doc.text.length; ) {
    const stop = lineEndAt(doc.text, next);
    const text = doc.text.slice(next, stop);
    if (text.trim() === '' || /^[ \t>]*/.exec(text)![0].length <= indent) break;
    end = stop;
    next = stop + (doc.text.startsWith('\r\n', stop) ? 2 : 1);
  }
  return end;
}
