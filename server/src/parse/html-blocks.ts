/**
 * Reading HTML inside Markdown as a reader sees it: tags are markup, the text between them is prose
 * (a report written in `<h3>` and `<p>` is still a report), and an `<h1>`–`<h6>` is a heading.
 *
 * HTML blocks that swallow Markdown. CommonMark ends most HTML blocks only at a blank line, so an
 * author who writes `<p align="center"><img …></p>` with no blank line after it sees the lines that
 * follow rendered as raw text (literal `**` and `-`). We find where the HTML itself ends, so the
 * rest is read as the prose it was meant to be, and a rule can say once why it renders wrong.
 */
import type { Span } from './types';

// Elements that never close.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * The part of an HTML block (`start` is its offset in the document) that is Markdown swallowed after
 * the HTML's elements have all closed, or undefined when the block is HTML to its end. Comments,
 * raw-text blocks (`<script>`, `<pre>`) and blocks that never close are left alone.
 */
export function swallowedMarkdown(block: string, start: number): Span | undefined {
  if (!/^[ \t]*<[a-zA-Z]/.test(block)) return undefined;
  let depth = 0;
  let seen = false;
  let offset = 0;
  for (const line of block.split('\n')) {
    const lineEnd = offset + line.length + 1;
    if (seen && depth === 0) {
      // Every element has closed: a line that is not itself HTML is Markdown the block swallowed.
      if (/^[ \t]*</.test(line) || line.trim() === '') return undefined;
      // Only words are worth reading: a swallowed "---" rule holds none.
      if (!/[\p{L}\p{N}]/u.test(block.slice(offset))) return undefined;
      return { start: start + offset, end: start + block.trimEnd().length };
    }
    for (const match of line.matchAll(TAG)) {
      const name = match[2]!.toLowerCase();
      if (name === 'script' || name === 'pre' || name === 'style' || name === 'textarea') return undefined;
      if (VOID.has(name) || match[3] === '/') {
        seen = true;
        continue;
      }
      depth += match[1] === '/' ? -1 : 1;
      seen = true;
    }
    if (depth < 0) return undefined;
    offset = lineEnd;
  }
  return undefined;
}

// Elements whose content is not prose: code, scripts, styles.
const RAW_CONTENT = /<(script|style|pre|code|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<\/?[a-zA-Z][^>]*>?|<![^>]*>/g;

/** The parts of an HTML block (at `start` in the document) that are not prose: tags, comments, code. In order, disjoint. */
export function htmlMarkupSpans(block: string, start: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const raw = [...block.matchAll(RAW_CONTENT)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const match of block.matchAll(MARKUP)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (raw.some((each) => each.start <= span.start && span.start < each.end)) continue;
    spans.push(span);
  }
  spans.push(...raw);
  spans.sort((a, b) => a.start - b.start);
  // Join what touches or overlaps, and move to document offsets.
  const joined: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined.map((span) => ({ start: span.start + start, end: span.end + start }));
}

const HTML_HEADING = /^[ \t]*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>/gim;

/** The `<h1>`–`<h6>` headings that open a line of an HTML block, with their text and the line's span. */
export function htmlHeadings(block: string, start: number): Array<{ depth: number; title: string; span: { start: number; end: number } }> {
  const headings: Array<{ depth: number; title: string; span: { start: number; end: number } }> = [];
  for (const match of block.matchAll(HTML_HEADING)) {
    let lineEnd = block.indexOf('\n', match.index);
    if (lineEnd < 0) lineEnd = block.length;
    const title = match[2]!.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ').trim();
    if (title !== '') headings.push({ depth: Number(match[1]), title, span: { start: start + match.index, end: start + lineEnd } });
  }
  return headings;
}
