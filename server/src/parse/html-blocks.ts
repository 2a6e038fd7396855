/**
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
