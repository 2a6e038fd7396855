/**
 * template-leftover: no assignment or template instructions, placeholders, fill-in blanks or chat
 * assistant asides are left in the report.
 */
import { statedStillOpen } from '../parse/fields';
import { headingOf, leadingMarkupLength, lineSpans, matchesIn, nextTextLine, startsInside } from '../parse/lines';
import { chatSpans, onlyChat } from '../judging/chat-text';
import { sectionCovers } from '../parse/sections';
import type { PostmortemDoc, Span } from '../parse/types';
import { mergeConflicts } from '../judging/merge-conflicts';
import { placeholderLinks, type PlaceholderLink } from '../judging/placeholder-links';
import { signatureBlank } from '../judging/signature-blanks';
import { PLACEHOLDERS, TEMPLATE_HEADINGS, TIME_PLACEHOLDERS } from '../judging/template-vocabulary';
import type { Fix, Report, Rule } from './types';

/**
 * Instructions from the assignment or a template (one finding per line, from the first to the last).
 * - the 0x19 assignment: "must contain:", "(format bullet point, format: time - …)", "keep it short,
 *   1 or 2 sentences", "that is often what executives will read", "be very specific, like a TODO",
 *   "be brief and straight to the point", "between 400 to 600 words"; its introduction copied in
 *   ("Any software system will eventually fail…", "A postmortem is a tool widely used in the tech industry");
 *   its questions kept as labels ("How many % of the users were affected?", "what are the things
 *   that can be improved/fixed")
 * - templates: "replace this text", "your name goes here", "put the date/time here"
 */
const INSTRUCTIONS: readonly RegExp[] = [
  // "Root cause and resolution must contain:", also as a heading without its colon.
  /\bmust\s+contain(?:\s*:|(?=\s*(?:<!--.*)?$))/gi,
  /\(\s*format\b[^()\n]{0,160}\)/gi,
  /\bformat:?\s+bullet\s+points?\b/gi,
  /\bkeep\s+it\s+(?:short|brief)\s*,?\s*(?:1|one)\s+or\s+(?:2|two)\s+sentences?\b/gi,
  /\bthat\s+is\s+often\s+what\s+executives\s+will\s+read\b/gi,
  /\bbe\s+very\s+specific\s*,?\s+like\s+a\s+todo\b/gi,
  /\bbe\s+brief\s+and\s+straight\s+to\s+the\s+point\b/gi,
  /\bbetween\s+400\s+(?:to|and)\s+600\s+words\b/gi,
  /\bany\s+software\s+system\s+will\s+eventually\s+fail\b/gi,
  /\ba\s+postmortem\s+is\s+a\s+tool\s+widely\s+used\s+in\s+the\s+tech\s+industry\b/gi,
  /\bwhat\s+service\s+was\s+down\s*\/\s*slow\b/gi,
  /\bwhat\s+were\s+(?:the\s+)?users?\s+experiencing\s*\?/gi,
  /\bhow\s+many\s+%\s+of\s+(?:the\s+)?users\s+were\s+affected\b/gi,
  /\bexplain\s+in\s+detail\s+(?:what\s+was\s+causing|how\s+the\s+issue\s+was\s+fixed)\b/gi,
  /\bwhat\s+are\s+the\s+things\s+that\s+can\s+be\s+improved\s*\/\s*fixed\b/gi,
  /\(\s*broadly\s+speaking\s*\)/gi,
  /\b(?:replace|delete|remove)\s+this\s+(?:text|section|line|paragraph|placeholder)\b/gi,
  /\b(?:your|the)\s+[\w/-]+(?:\s+[\w/-]+)?\s+goes\s+here\b/gi,
  /\bput\s+(?:the|your)\s+[^.\n]{1,40}?\s+here\b/gi,
  // "Include relevant diagrams and visuals here to help illustrate…", "Insert the graph here".
  /^[*_\s]*(?:include|insert|attach|paste)\s+(?:[\w/-]+\s+){0,5}?here\b[^.\n]{0,80}/gim,
];

/**
 * The assignment's items that authors also keep as their own labels: an instruction when left on
 * its own, a label when the author's content follows it ("A list of tasks to address the issue:"
 * over three concrete tasks; "Duration of the outage with start and end times: 10:00–11:30 UTC").
 */
const LABELS: readonly RegExp[] = [
  /\bduration\s+of\s+the\s+outage\s+with\s+start\s+and\s+end\s+times\b/gi,
  /\bmisleading\s+investigation\s*\/\s*debugging\s+paths\s+that\s+were\s+taken\b/gi,
  /\ba\s+list\s+of\s+tasks\s+to\s+address\s+the\s+issue\b/gi,
  // "Which team/individuals was the incident escalated to: the DevOps team" (a blind review found it debatable as an instruction).
  /\bwhich\s+team\s*\/\s*individuals\s+was\s+the\s+incident\s+escalated\s+to\b/gi,
];
// After a label: its closing markup and colon, then the author's words or the end of the line.
const AFTER_LABEL = /^(?:\*\*|__|\*|_)?[ \t]*:?[ \t]*(?:\*\*|__|\*|_)?[ \t]*/;

// A line that is only a note to fill it in later: "will fill here", "To be completed.", "We will add more later".
// Also with when it will be: "To be filled in at the time of incident retro", "To be completed after the review".
const TO_FILL_IN = /^(?:(?:i|we)\s+)?(?:will|to\s+be|(?:still\s+)?need\s+to)\s+(?:fill|add|write|complete|finish|update|filled|added|written|completed|finished|updated)(?:\s+(?:in|out|this|it|more|the\s+rest))?(?:\s+(?:here|later|soon))?(?:\s+(?:at|after|during|before|once|when|in)\s+[^.!?\n]{1,50})?\s*[.!…]*$/i;

// "TODO", "TBD": in corrective measures they are a task list's marker or status; elsewhere a placeholder.
const TODO = /\b(?:TODO|ToDo|Todo|To-[Dd]o)\b|\bTBD\b/g;
// "TODO list", "TODOs", "to-do items": a list the assignment asks for, not a placeholder.
const TODO_LIST = /^(?:s\b|\s*-?\s*(?:list|lists|items?|tasks?)\b)/i;
// "TODO: set up …", "TODO - add an alert for …": the marker before a task that says what to do (four words or more).
const TODO_TASK =
  /^\s*[:\-–—]?\s*(?:set\s+up|add|implement|create|introduce|build|automate|enable|configure|review|update|upgrade|migrate|monitor|test|document|schedule|rotate|renew|patch|fix|remove|enforce|train|audit|improve|establish|investigate|deploy|refactor|replace|limit|increase|reduce|run|practi[cs]e)\b(?:\s+\S+){3,}/i;
// A follow-up marked done, as a label ("**DONE**: Alex added the blog to monitoring"): the report marks its follow-ups by status.
const STATUS_MARKERS = /^[ \t>*+-]*(?:\[[xX ]\][ \t]*)?(?:\*\*|__)?DONE(?:\*\*|__)?[ \t]*[:\-–—]/m;
// "TODO: fill in", "TODO: what was done" — the marker followed by what to write, not by a task.
const TODO_PROMPT = /^\s*[:\-–—]?\s*(?:fill\b|add\s+(?:more|details?|here|later)\b|write\b|describe\b|explain\b|complete\b|finish\b|tbd\b|later\b|what\b|how\b|who\b|when\b|why\b|which\b|insert\b|provide\b|\.{3}|…|$)/i;
// Fill-in blanks: two or more underscores on their own ("Owner: ____", "__:__", "| ____ |"), or
// full-width ones. Underscores that touch a "|" ("|_____|") draw the edge of a box in a diagram.
const BLANKS = /(?<=^|[\s(])_{2,}(?:\s*[:/-]\s*_{2,})*(?=$|[\s).,;:])|＿{2,}/gm;

// A superset of where the patterns above can match, to find the lines worth reading.
const CANDIDATES =
  /must\s+contain|\(\s*format|format:?\s+bullet|keep\s+it|executives|be\s+(?:very|brief)|between\s+400|will\s+eventually\s+fail|widely\s+used|start\s+and\s+end\s+times|down\s*\/\s*slow|users?\s+experiencing|how\s+many\s+%|debugging\s+paths|team\s*\/\s*individuals|explain\s+in\s+detail|improved\s*\/\s*fixed|list\s+of\s+tasks|broadly\s+speaking|(?:replace|delete|remove)\s+this|goes\s+here|\bput\s|\b(?:include|insert|attach|paste)\s|^[^\S\n]*(?:(?:[-*+>|#]|\d{1,3}[.)])[^\S\n]*)*(?:\*\*|__|\*|_)?[^\S\n]*(?:sure|certainly|absolutely|of\s+course|okay|ok|great|here|below|i|it|we|will|to\s+be|still|need)\b|as\s+an\s+ai|hope\s+this|feel\s+free|let\s+me\s+know|fixme|lorem|xx\b|\b(?:hh|yyyy)[:-]|\b(?:mm\/dd|dd\/mm)\/|\b(?:john|jane)\s+doe\b|[[{<]\s*\w|to-?do|tbd|__|＿＿/gim;

const INSTRUCTION_MESSAGE = 'Assignment or template instructions are left in the report';
const MESSAGE = {
  instruction: (phrase: string) => `${INSTRUCTION_MESSAGE} (${quote(phrase)}): delete them and keep only what happened.`,
  chat: (phrase: string) => `Text from a chat assistant is left in the report (${quote(phrase)}): delete it.`,
  placeholder: (phrase: string) => `${quote(phrase)} is a placeholder left in the report: replace it with the real content.`,
  blank: (phrase: string) => `A blank to fill in (${quote(phrase)}) is left in the report: fill it in or delete it.`,
  staleNote: (phrase: string) => `${quote(phrase)} is a note to fill this in later, left above what was filled in: delete the note.`,
};

export const templateLeftover: Rule = {
  id: 'template-leftover',
  description: 'No assignment or template instructions, placeholders ("TODO", "[insert date]", "____") or chat-assistant asides are left in the report.',
  severity: 'warning',
  tags: ['content', 'template'],
  fixable: true,
  check({ doc, views, report: say }) {
    // The same instructions pasted twice (the assignment's text in a README and again in the report)
    // are said once, on the first, with how many times they appear.
    const instructions = new Map<string, Report & { count: number }>();
    const report = (finding: Report) => {
      if (!finding.message.startsWith(INSTRUCTION_MESSAGE)) return say(finding);
      const first = instructions.get(finding.message);
      if (first) first.count++;
      else instructions.set(finding.message, { ...finding, count: 1 });
    };
    const prose = views.prose();
    const corrective = doc.sections.filter((section) => section.covers.includes('corrective-measures')).map((section) => section.span);
    const stillOpen = statedStillOpen(doc);
    const byStatus = STATUS_MARKERS.test(doc.text);
    const lines = lineSpans(doc.text);
    for (const index of candidateLines(prose, lines)) {
      const line = lines[index]!;
      const text = prose.slice(line.start, line.end);
      const found: Report[] = [];
      const taken: Span[] = [];
      const labels = matchesIn(text, LABELS, line.start).filter((span) => !usedAsLabel(prose, lines, index, span));
      const instructions = matchesIn(text, INSTRUCTIONS, line.start).concat(labels).sort((a, b) => a.start - b.start);
      if (instructions.length > 0) {
        const span = { start: instructions[0]!.start, end: Math.max(...instructions.map((match) => match.end)) };
        taken.push(span);
        found.push({ message: MESSAGE.instruction(doc.text.slice(span.start, span.end)), span, fix: onlyLeftover(text, line.start, instructions) ? deleteLine(lines, index, doc.text) : undefined });
      }
      // A quoted message (an email from a vendor, a chat log as "> …") is someone else's words, not an assistant's aside.
      const chat = /^[ \t]*>/.test(doc.text.slice(line.start, line.end)) ? [] : chatSpans(text, line.start);
      const chatOnly = chat.length > 0 && onlyChat(text, line.start, chat);
      for (const span of chat) {
        taken.push(span);
        found.push({ message: MESSAGE.chat(doc.text.slice(span.start, span.end)), span, fix: chatOnly ? deleteLine(lines, index, doc.text) : undefined });
      }
      for (const span of matchesIn(text, PLACEHOLDERS, line.start)) {
        if (!overlapsAnyOf(taken, span)) found.push({ message: MESSAGE.placeholder(doc.text.slice(span.start, span.end)), span });
      }
      const note = text.slice(leadingMarkupLength(text)).trim().replace(/(?:\*\*|__|\*|_)+$/, '');
      if (TO_FILL_IN.test(note)) {
        const start = line.start + text.indexOf(note);
        // "_To be filled in at the retro_" over the retro's notes: the content came, the note stayed.
        const filled = filledBelow(prose, lines, index);
        found.push(filled ? { message: MESSAGE.staleNote(note), span: { start, end: start + note.length }, fix: deleteLine(lines, index, doc.text) } : { message: MESSAGE.placeholder(note), span: { start, end: start + note.length } });
      }
      for (const span of todoSpans(doc, lines, index, text, corrective, stillOpen, byStatus)) {
        if (!overlapsAnyOf(taken, span)) found.push({ message: MESSAGE.placeholder(doc.text.slice(span.start, span.end)), span });
      }
      if (!/^\s*(?:_\s*){3,}$/.test(text)) {
        for (const match of text.matchAll(BLANKS)) {
          if (signatureBlank(doc.text, lines, index, match.index)) continue;
          const span = { start: line.start + match.index, end: line.start + match.index + match[0].length };
          found.push({ message: MESSAGE.blank(match[0]), span });
        }
      }
      // "- HH:MM - TODO: what happened": a time to fill in on a line left unfinished anyway is said with it, once.
      if (found.length === 0) for (const span of matchesIn(text, TIME_PLACEHOLDERS, line.start)) found.push({ message: MESSAGE.placeholder(doc.text.slice(span.start, span.end)), span });
      for (const finding of found.sort((a, b) => a.span.start - b.span.start)) report(finding);
    }
    for (const finding of templateHeadings(doc, lines)) report(finding);
    for (const conflict of mergeConflicts(doc)) {
      report({ message: `A merge conflict is left in the report (lines ${conflict.firstLine}–${conflict.lastLine}): keep one version and delete the markers.`, span: conflict.opening });
    }
    for (const link of placeholderLinks(doc)) report(placeholderFinding(link, prose));
    // "<insert the date>" is an HTML tag to Markdown: read the HTML spans that are only that.
    for (const span of doc.opaque) {
      if (span.end - span.start > 120) continue;
      const text = doc.text.slice(span.start, span.end);
      if (/^<\s*(?:insert|your|enter|fill\s+in)\b[^<>\n]*>$/i.test(text)) report({ message: MESSAGE.placeholder(text), span });
    }
    for (const { count, ...finding } of instructions.values()) say(count > 1 ? { ...finding, message: `${finding.message} (${count} times in this report)` } : finding);
  },
};

/**
 * The lines worth reading: those with a word any pattern above starts with. One scan of the text,
 * so a report of thousands of lines is not read pattern by pattern, line by line.
 */
function candidateLines(prose: string, lines: readonly Span[]): number[] {
  const found: number[] = [];
  CANDIDATES.lastIndex = 0;
  for (let match = CANDIDATES.exec(prose); match; match = CANDIDATES.exec(prose)) {
    let low = found.length > 0 ? found[found.length - 1]! : 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lines[middle]!.start <= match.index) low = middle;
      else high = middle - 1;
    }
    if (found[found.length - 1] !== low) found.push(low);
    CANDIDATES.lastIndex = Math.max(CANDIDATES.lastIndex, lines[low]!.end + 1);
  }
  return found;
}

/**
 * "TODO" and "TBD" placeholders. Not a placeholder: "TODO list", "TODOs"; "TBD" in a report whose
 * status says the incident is not over (it is not known yet); a line that is only
 * "TODO:" (or a "TODO" heading) with the tasks under it; in corrective measures, or anywhere in a
 * report that marks its follow-ups "DONE" (`byStatus`), a task's marker or status ("- TODO: patch
 * Nginx", "| Bug 123 TODO |") unless what follows says what to write.
 */
function todoSpans(doc: PostmortemDoc, lines: readonly Span[], index: number, text: string, corrective: readonly Span[], stillOpen: boolean, byStatus: boolean): Span[] {
  const line = lines[index]!;
  const spans: Span[] = [];
  for (const match of text.matchAll(TODO)) {
    const after = text.slice(match.index + match[0].length);
    if (TODO_LIST.test(after)) continue;
    const span = { start: line.start + match.index, end: line.start + match.index + match[0].length };
    const bare = text.slice(leadingMarkupLength(text)).replace(/[\s*_#:>]+/g, '') === match[0];
    if (bare && nextLineHasText(doc, lines, index)) continue;
    // "## 📋 Recovery TODO" over its lists or sub-headings: the name of a section of things to do.
    if (/^[\s*_:]*$/.test(after) && headsContent(doc, lines, index)) continue;
    if (overlapsAnyOf(corrective, span) && (match[0] === 'TBD' || !TODO_PROMPT.test(after))) continue;
    // "MTTR: TBD" in a report whose status says the incident is not over: not known yet, not left unfilled.
    if (stillOpen && match[0] === 'TBD') continue;
    // "TODO: Set up a staging environment to stress-test schema changes": a task, wherever its list is.
    if (TODO_TASK.test(after)) continue;
    // "**DONE**: …" then "**TODO**: …": the status of follow-ups, where the report marks them so.
    if (match[0] !== 'TBD' && byStatus && !TODO_PROMPT.test(after.replace(/^[*_]+/, ''))) continue;
    spans.push(span);
  }
  return spans;
}

// True when the line is a heading with something under it before a heading of its level or above.
function headsContent(doc: PostmortemDoc, lines: readonly Span[], index: number): boolean {
  const own = headingOf(doc.text.slice(lines[index]!.start, lines[index]!.end));
  const next = nextTextLine(doc.text, lines, index);
  if (!own || next === undefined) return false;
  const heading = headingOf(next);
  return !heading || heading.depth > own.depth;
}

// True when the next non-blank line is text rather than a heading (the tasks under a "TODO:" line).
function nextLineHasText(doc: PostmortemDoc, lines: readonly Span[], index: number): boolean {
  const next = nextTextLine(doc.text, lines, index)?.trim();
  return next !== undefined && !headingOf(next) && !/^(?:[-*_]\s*){3,}$/.test(next);
}

/** Headings that are the assignment's task title or a template's title slot ("### Make people want to read your postmortem"). */
function templateHeadings(doc: PostmortemDoc, lines: readonly Span[]): Report[] {
  const found: Report[] = [];
  for (const [index, line] of lines.entries()) {
    const text = doc.text.slice(line.start, line.end);
    const heading = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(text);
    if (!heading || startsInside(doc.opaque, doc.text, line)) continue;
    const title = text
      .slice(heading[0].length)
      .replace(/<!--.*?-->/g, '')
      .trimEnd()
      .replace(/[ \t]+#+$/, '')
      .replace(/[*_`~[\]{}<>]/g, '')
      .replace(/^(?:task\s+)?\d{1,2}[.:)-]?\s+/i, '')
      .replace(/[\s.:!?-]+$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    const known = TEMPLATE_HEADINGS.find((entry) => entry.heading === title);
    if (!known) continue;
    // The task's name used as a heading ("# My first postmortem", also under the project's own "#
    // 0x19. Postmortem") names the report, if plainly: blind reviewers called it a nitpick each time.
    // A task title that is an instruction ("Make people want to read…") is the assignment's text.
    if (known.kind === 'task' && /post-?mortem$/.test(title) && !/^make\b/.test(title)) continue;
    // The task's title over the report's own title one level down ("## 1. Make people want to read
    // your postmortem", then "### Postmortem: SSL outage"): a label of the answer in a file of answers.
    if (known.kind === 'task' && ownTitleUnder(doc, lines, index)) continue;
    const span = { start: line.start + heading[0].length, end: line.start + text.replace(/<!--.*?-->/g, '').trimEnd().length };
    found.push({ message: `The heading "${doc.text.slice(span.start, span.end)}" is ${known.kind === 'task' ? "the assignment's task title" : "a template's title slot"}, not the report's: give the heading its own title.`, span });
  }
  return found;
}

// True when the next line with text is a heading deeper than the one at `index` that names no
// section: the report's own title, not its "## Issue Summary".
function ownTitleUnder(doc: PostmortemDoc, lines: readonly Span[], index: number): boolean {
  const own = headingOf(doc.text.slice(lines[index]!.start, lines[index]!.end));
  const next = nextTextLine(doc.text, lines, index);
  const heading = next === undefined ? undefined : headingOf(next);
  return own !== undefined && heading !== undefined && heading.depth > own.depth && heading.title !== '' && sectionCovers(heading.title, 'heading').length === 0;
}

// One finding per link; removing a link keeps its text (a suggestion, not applied for the author).
function placeholderFinding({ span, address, image, text }: PlaceholderLink, prose: string): Report {
  const quoted = quote(address);
  const message = image
    ? `This image's address is a placeholder (${quoted}): use the real image, or remove it.`
    : text !== undefined
      ? `The link "${text.trim()}" points to a placeholder address (${quoted}): link the real page, or remove the link.`
      : `${quoted} is a placeholder address: link the real page, or remove it.`;
  const fix = !image && text !== undefined && /\p{L}/u.test(text) && prose[span.start] === '[' ? () => ({ title: 'Keep the text, remove the link', edits: [{ span, newText: text }], suggestion: true }) : undefined;
  return { message, span, fix };
}

/**
 * True when the label at `span` is followed by the author's own content: words after its colon on
 * the same line, or a next line of text that is neither a heading nor leftover text itself.
 */
function usedAsLabel(prose: string, lines: readonly Span[], index: number, span: Span): boolean {
  const line = lines[index]!;
  const rest = prose.slice(span.end, line.end);
  const closing = AFTER_LABEL.exec(rest)![0];
  const after = rest.slice(closing.length);
  if (after.trim() !== '') return closing.includes(':') && isAuthorText(after);
  // What follows is the label's only when the label introduces it: with a colon, as a heading or in
  // bold. "- which team/individuals was the incident escalated to" over the next entry is a prompt.
  if (!/[:*_]/.test(closing) && !/^[ \t]{0,3}#/.test(prose.slice(line.start, span.start))) return false;
  for (let next = index + 1; next < lines.length; next++) {
    const text = prose.slice(lines[next]!.start, lines[next]!.end);
    if (text.trim() === '') continue;
    return !/^[ \t]{0,3}#{1,6}(?:\s|$)/.test(text) && !/^[ \t]*(?:[-*_][ \t]*){3,}$/.test(text) && isAuthorText(text.slice(leadingMarkupLength(text)));
  }
  return false;
}

// Words of the author's: not empty, not an instruction, a placeholder or a blank left from a template.
function isAuthorText(text: string): boolean {
  const words = text.trim();
  if (!/\p{L}{2}/u.test(words)) return false;
  if ([...INSTRUCTIONS, ...LABELS, ...PLACEHOLDERS, ...TIME_PLACEHOLDERS].some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(words))) return false;
  return !/^(?:TODO|TBD|FIXME)\b/i.test(words) && !/(?:^|\s)_{2,}/.test(words) && !TO_FILL_IN.test(words);
}

// True when the line holds nothing but the leftover spans, markup and punctuation.
function onlyLeftover(text: string, base: number, spans: readonly Span[]): boolean {
  let rest = text;
  for (const span of [...spans].sort((x, y) => y.start - x.start)) rest = rest.slice(0, span.start - base) + rest.slice(span.end - base);
  return !/[\p{L}\p{N}]/u.test(rest);
}

// True when the note's section goes on with the author's words (15 or more, outside quotes), up to
// the next heading of its level or above: "_To be filled in at the retro_" over the retro's notes.
function filledBelow(prose: string, lines: readonly Span[], index: number): boolean {
  let depth = 7;
  for (let above = index - 1; above >= 0 && depth === 7; above--) depth = headingOf(prose.slice(lines[above]!.start, lines[above]!.end))?.depth ?? 7;
  let words = 0;
  for (let next = index + 1; next < lines.length && words < 15; next++) {
    const line = prose.slice(lines[next]!.start, lines[next]!.end);
    const heading = headingOf(line);
    if (heading && heading.depth <= depth) break;
    if (!heading && !/^[ \t]*>/.test(line)) words += line.match(/\p{L}{2,}/gu)?.length ?? 0;
  }
  return words >= 15;
}

/** A suggestion (never applied by fix-all) that deletes the whole line with its line break. */
function deleteLine(lines: readonly Span[], index: number, text: string): () => Fix {
  const line = lines[index]!;
  const next = lines[index + 1];
  const previous = lines[index - 1];
  // Between two blank lines, one of them goes too: a paragraph gap stays one gap.
  const blank = (span: Span | undefined) => span !== undefined && text.slice(span.start, span.end).trim() === '';
  const end = next && blank(previous) && blank(next) && lines[index + 2] ? lines[index + 2]!.start : next?.start;
  const span = end !== undefined ? { start: line.start, end } : previous ? { start: previous.end, end: line.end } : line;
  return () => ({ title: 'Delete this line', edits: [{ span, newText: '' }], suggestion: true });
}

function overlapsAnyOf(spans: readonly Span[], span: Span): boolean {
  return spans.some((other) => other.start < span.end && span.start < other.end);
}

function quote(phrase: string): string {
  const short = phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase;
  return `"${short.replace(/\s+/g, ' ')}"`;
}
