/**
 * Reading a report's action items: the outermost corrective sections (with the labelled sections
 * that follow them), their tasks as list items, table rows or other forms, and whether a task names
 * a field such as its owner or its bug. The action-items rule and the incident library read them.
 */
import { lineSpans, startsInside } from '../parse/lines';
import { isSection, type OutlineNode } from '../parse/outline';
import type { PostmortemDoc, Span } from '../parse/types';
import type { ActionItemField } from './profiles';

/**
 * The corrective sections whose tasks are the report's action items, each read with the sections
 * under it. One inside the resolution ("Resolution" > "Long-term solution") tells the fix that was
 * made, not tasks ahead.
 */
export function correctiveRoots(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.filter((node) => isSection(node) && node.section.covers.includes('corrective-measures') && !hasCorrectiveAbove(node) && !partOfResolution(node));
}

/** The tasks under each of the corrective roots, in order. */
export function correctiveTasks(doc: PostmortemDoc, nodes: readonly OutlineNode[], roots = correctiveRoots(nodes)): Tasks[] {
  return roots.map((node) => readTasks(doc, withLabelledTasks(node, nodes)));
}

function partOfResolution(node: OutlineNode): boolean {
  const parent = node.parent?.section;
  return parent !== undefined && parent.kind === 'resolution' && !parent.covers.includes('corrective-measures');
}

function hasCorrectiveAbove(node: OutlineNode): boolean {
  for (let above = node.parent; above; above = above.parent) if (isSection(above) && above.section.covers.includes('corrective-measures')) return true;
  return false;
}

// The section and the headings after it at its level that are labels of its tasks ("# Better logging:"
// over a paragraph, when every part of the report has a heading of the same level).
function withLabelledTasks(node: OutlineNode, nodes: readonly OutlineNode[]): Span {
  const span = subtreeSpan(node);
  const siblings = node.parent ? node.parent.children : nodes.filter((each) => each.parent === undefined);
  for (const next of siblings.slice(siblings.indexOf(node) + 1)) {
    if (next.section.kind !== undefined || !/:[*_\s]*$/.test(next.section.title)) break;
    span.end = subtreeSpan(next).end;
  }
  return span;
}

// From the end of the heading to the end of the last section under it.
function subtreeSpan(node: OutlineNode): Span {
  let last = node;
  while (last.children.length > 0) last = last.children[last.children.length - 1]!;
  return { start: node.section.heading.end, end: last.own.end };
}

/** A task written as a list item: its first line and all its text, nested lines included. */
export interface ListTask {
  line: Span;
  text: string;
}

/** A table: its header cells and its rows. */
export interface Table {
  header: Span;
  columns: string[];
  rows: Array<{ line: Span; cells: string[] }>;
}

export interface Tasks {
  /** The text read: the section and the sections under it. */
  span: Span;
  content: boolean;
  items: ListTask[];
  tables: Table[];
  /**
   * Tasks written in a form we do not read one by one: an HTML list or table, a table that lost its
   * line breaks, "•" bullets, or one task per line without list markers.
   */
  otherList: boolean;
}

interface OpenItem {
  indent: number;
  line: Span;
  parts: string[];
  children: OpenItem[];
}

const ITEM = /^([ \t>]*)([-*+•]|\d{1,3}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// A bullet character instead of list markup, after any indentation ("•", "&nbsp;&nbsp;•"), or the
// "o " a word processor's list becomes when pasted ("o Enhanced Monitoring: add alerts…").
const GLYPH_BULLET = /^(?:\s|&nbsp;|&#160;)*(?:[•·▪◦‣➤➢►✓✔✅☐☑]|o[ \t]+(?=\p{Lu}))/u;

// A list item whose dash lost its space ("-we will add alerts"): meant as an item, though Markdown
// renders it as a line of text.
const GLUED_DASH = /^[ \t]*[-*](?=\p{L})/u;

// Reads list items and tables line by line; code blocks and comments are skipped.
export function readTasks(doc: PostmortemDoc, span: Span): Tasks {
  const text = doc.text.slice(span.start, span.end);
  const tasks: Tasks = { span, content: /[\p{L}\p{N}]/u.test(text.replace(/<!--[\s\S]*?(?:-->|$)/g, '')), items: [], tables: [], otherList: false };
  const lines = lineSpans(text).map((line) => ({ start: line.start + span.start, end: line.end + span.start }));
  const topItems: OpenItem[] = [];
  const open: OpenItem[] = [];
  let blank = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const raw = doc.text.slice(line.start, line.end);
    if (startsInside(doc.opaque, doc.text, line)) {
      if (/<(?:li|tr|ul|ol)\b/i.test(raw)) tasks.otherList = true;
      continue;
    }
    if (raw.trim() === '') {
      blank = true;
      continue;
    }
    if (GLYPH_BULLET.test(raw) || GLUED_DASH.test(raw) || (raw.match(/\|/g)?.length ?? 0) >= 2 || lineListAt(doc.text, lines, index)) tasks.otherList = true;
    if (isTableSeparator(raw) && index > 0 && doc.text.slice(lines[index - 1]!.start, lines[index - 1]!.end).includes('|')) {
      const table = readTable(doc.text, lines, index);
      tasks.tables.push(table);
      index += table.rows.length;
      open.length = 0;
      continue;
    }
    const item = ITEM.exec(raw);
    const indent = indentWidth(item ? item[1]! : /^[ \t>]*/.exec(raw)![0]);
    if (item && !THEMATIC_BREAK.test(raw)) {
      while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
      const opened: OpenItem = { indent, line: { start: line.start + item[1]!.length, end: line.end }, parts: [item[3] ?? ''], children: [] };
      (open.length > 0 ? open[open.length - 1]!.children : topItems).push(opened);
      open.push(opened);
    } else if (open.length > 0 && (!blank || indent > open[0]!.indent)) {
      // A continuation line: it belongs to the deepest item it is indented under (lazily, to the last one).
      let owner = open.length - 1;
      while (owner >= 0 && open[owner]!.indent >= indent) owner--;
      open[owner >= 0 ? owner : open.length - 1]!.parts.push(raw.trim());
    } else {
      open.length = 0;
    }
    blank = false;
  }
  tasks.items = topItems.flatMap(flattenTasks);
  if (!tasks.otherList && (oneTaskPerParagraph(doc.text, lines) || numberedHeadings(doc.text, lines) >= 2)) tasks.otherList = true;
  return tasks;
}

// Tasks numbered as headings of their own, each explained under it: "### 1) Streaming processes
// reduced `@dma` [repair]", "### 2) Better alerting on CPU load".
function numberedHeadings(text: string, lines: readonly Span[]): number {
  return lines.filter((line) => /^ {0,3}#{1,6}[ \t]+(?:\d{1,2}[.):]|#\d{1,2}\b|(?:task|item|action)[ \t]+\d{1,2}\b)[ \t]*\S/i.test(text.slice(line.start, line.end))).length;
}

// Two or more paragraphs that each give one task, with no list markup: a short line starting with a
// capital ("Patch the cache policy." then "Add a disk alert"), a task named by a short label
// ("Scaling policies: develop policies that…"), a task under a heading of its own, or a paragraph
// of HTML with a glyph for a bullet. Labels that group them ("Tasks:"), an introduction ending in a
// colon ("We will:") and a closing remark are not tasks and do not count against them.
function oneTaskPerParagraph(text: string, lines: readonly Span[]): boolean {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    const plain = plainLine(raw);
    if (plain === '') paragraphs.push([]);
    else if (/^[ \t]*(?:#{1,6}[ \t]|<(?:h[1-6]|p|li|div)\b)/i.test(raw)) paragraphs.push([plain]);
    else paragraphs[paragraphs.length - 1]!.push(plain);
  }
  const filled = paragraphs.filter((paragraph) => paragraph.length > 0 && !(paragraph.length === 1 && /:$/.test(paragraph[0]!)));
  // An introduction ("Here are some of the lessons we have taken.") and a closing remark are not tasks.
  let tasks = filled.length > 2 && !isTask(filled[filled.length - 1]!) ? filled.slice(0, -1) : filled;
  if (tasks.length > 2 && !isTask(tasks[0]!)) tasks = tasks.slice(1);
  return tasks.length >= 2 && tasks.every(isTask);
}

// A task is one short line that says what to do, or is named by a short label; "It is suggested to…"
// is prose about tasks, and a paragraph wrapped over lines is prose.
function isTask(paragraph: readonly string[]): boolean {
  const first = paragraph[0]!;
  const labelled = /^[\p{L}][\p{L}\p{N}\s/&'’-]{2,50}:\s*\S?/u.test(first);
  const words = paragraph.join(' ').split(/\s+/).length;
  return (
    (((labelled ? paragraph.length <= 3 : paragraph.length === 1) && (words <= 30 || labelled)) || opensWithCommand(paragraph.join(' '))) &&
    /^[\p{Lu}]/u.test(first) &&
    !/^(?:it|this|there|that|by|in\s+conclusion|overall|our\s+goal)\b/i.test(first)
  );
}

/** True when a task's text opens with a command ("Validate client options…", "Add an alert…"), after any emphasis. */
export function namesCommand(text: string): boolean {
  return COMMAND.test(text.replace(/^[\s*_`]+/, ''));
}

// A paragraph whose first sentence is a short command, explained after it: "Improve our monitoring,
// especially around mainnet. This includes…", "Reduce the time taken from fix to release. …".
function opensWithCommand(paragraph: string): boolean {
  const sentence = /^[^.!?]{3,200}[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  return COMMAND.test(sentence) && sentence.split(/\s+/).length <= 25;
}

const COMMAND =
  /^(?:add|adopt|alert|audit|automate|build|change|check|clarify|create|define|deploy|document|enable|enforce|ensure|establish|extend|fix|have|implement|improve|increase|introduce|investigate|keep|know|limit|make|migrate|monitor|move|pin|publish|reduce|refactor|remove|replace|require|review|revisit|rotate|run|schedule|separate|set\s+up|share|split|standardi[sz]e|switch|test|track|train|update|upgrade|use|validate|verify|write)\b/i;

// A line without its markup: heading marks, HTML tags, entities, :emoji: codes and bullet glyphs.
function plainLine(raw: string): string {
  return raw
    .replace(/<[^>]*>|&[#\w]+;|:[a-z0-9_+-]+:/gi, ' ')
    .replace(/^[\s#>*_`]+/, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[*_`\s]+$/, '')
    .trim();
}

/**
 * True when the line starts a run of two or more lines, one task per line without list markers:
 * each starts with a capital or a digit, and each but the last ends a sentence or a label. A
 * paragraph wrapped at a fixed width breaks mid-sentence, so it is not such a run.
 */
function lineListAt(text: string, lines: readonly Span[], index: number): boolean {
  const previous = lines[index - 1];
  if (previous && text.slice(previous.start, previous.end).trim() !== '') return false; // only from the start of a run
  let count = 0;
  for (let at = index; at < lines.length; at++) {
    const raw = text.slice(lines[at]!.start, lines[at]!.end).replace(/^[\s>*_`]+/, '');
    if (raw.trim() === '') break;
    if (!/^[\p{Lu}\p{N}]/u.test(raw)) return false;
    count++;
    const next = lines[at + 1];
    const last = !next || text.slice(next.start, next.end).trim() === '';
    // A hard-wrapped paragraph breaks mid-sentence: a line that ends in a comma, a hyphen or a joining word.
    if (!last && /(?:[,\-–]|\b(?:and|or|the|a|an|to|of|with|for|in|on|that|which))[*_`\s]*$/i.test(raw)) return false;
  }
  return count >= 2;
}

// A task is an item; an item that only labels a group ("- **Short term:**" over nested items) is not.
function flattenTasks(item: OpenItem): ListTask[] {
  const label = item.parts[0]!.replace(/[*_`\s]+$/, '');
  if (item.children.length > 0 && item.parts.length === 1 && label.endsWith(':')) return item.children.flatMap(flattenTasks);
  return [{ line: item.line, text: allText(item) }];
}

function allText(item: OpenItem): string {
  const parts: string[] = [];
  const stack = [item];
  while (stack.length > 0) {
    const current = stack.pop()!;
    parts.push(...current.parts);
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!);
  }
  return parts.join('\n');
}

// "| --- | :---: |": every cell dashes, with optional alignment colons (split, not one regex: a line may be 1 MB).
function isTableSeparator(line: string): boolean {
  return line.includes('-') && cellsOf(line).every((cell) => /^:?-+:?$/.test(cell) && cell.replace(/:/g, '').length >= 2);
}

function readTable(text: string, lines: readonly Span[], separator: number): Table {
  const header = lines[separator - 1]!;
  const rows: Table['rows'] = [];
  for (let index = separator + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const raw = text.slice(line.start, line.end);
    if (!raw.includes('|') || raw.trim() === '') break;
    rows.push({ line: trimmed(text, line), cells: cellsOf(raw) });
  }
  return { header: trimmed(text, header), columns: cellsOf(text.slice(header.start, header.end)), rows };
}

function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^>[ \t]*/, '').replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

// A header cell names a field when it contains one of its labels as whole words ("Owner(s)", "Bug / Ticket").
export function namesField(cell: string, field: ActionItemField): boolean {
  const words = ` ${cell.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return field.labels.some((label) => words.includes(` ${label} `));
}

// Forms that fill a field without its label: "@maria", "amirh@" or an e-mail; "#123", "OPS-412", "b/123", a link.
const UNLABELLED: Record<string, RegExp[]> = {
  owner: [/(?:^|[\s([,;])@[\p{L}\p{N}_-]/u, /[\p{L}\p{N}_.+-]@/u],
  // A tracker key such as "OPS-412", but not a standard's name ("UTF-8", "SHA-256", "RFC-3339").
  bug: [/(?:^|[^\p{L}\p{N}&])#\d+/u, /\b(?!(?:UTF|SHA|AES|ISO|RFC|TLS|SSL|HTTP|IPV|MD|CVE)-)[A-Z][A-Z0-9]{1,9}-\d+\b/, /\bb\/\d+/, /\bhttps?:\/\/\S/, /\bwww\.\S/],
};

const labelled = new Map<ActionItemField, RegExp>();

export function mentionsField(text: string, field: ActionItemField): boolean {
  let pattern = labelled.get(field);
  if (!pattern) {
    // The label, then a value: "Owner: maria", "Bug: 5554823", "Bug 5554823", "ticket #42"; not "Owner: TBD".
    const labels = field.labels.map((label) => label.replace(/ /g, '\\s+')).join('|');
    labelled.set(field, (pattern = new RegExp(`\\b(?:${labels})\\b[ \\t]*(?:[:=][ \\t]*|#?(?=\\d))([^\\s,;()]+)`, 'giu')));
  }
  for (const match of text.matchAll(pattern)) if (!isPlaceholder(match[1]!)) return true;
  return (UNLABELLED[field.name.toLowerCase()] ?? []).some((unlabelled) => unlabelled.test(text));
}

// An empty cell, a dash, or a placeholder: no value.
export function isPlaceholder(cell: string): boolean {
  const value = cell.replace(/[*_`~]/g, '').trim();
  return /^(?:[-–—?.]*|tbd|tba|todo|none|unassigned|nobody)$/i.test(value);
}

function indentWidth(prefix: string): number {
  return prefix.replace(/\t/g, '    ').length;
}

function trimmed(text: string, line: Span): Span {
  let { start, end } = line;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
