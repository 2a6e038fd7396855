/**
 * Text a chat assistant wrapped a report in: its opener before the offer ("Sure! Here's…") or its
 * answer about the writer's draft, and its asides ("I hope this helps"). Read for template-leftover.
 */
import { leadingMarkupLength, matchesIn, overlapsAny } from '../parse/lines';
import type { Span } from '../parse/types';

/**
 * The openers and asides.
 * - a line that opens with "Sure! Here's…", "Certainly, below is…": the assistant's courtesy before
 *   the offer. "Below is a postmortem for…" alone is as often the author's own introduction.
 * - "As an AI language model", "I hope this helps", "Feel free to adjust…", "Let me know if you…"
 */
const CHAT_OPENERS: readonly RegExp[] = [
  /^(?:sure|certainly|absolutely|of\s+course|okay|ok|great)\b[!,.]?\s+(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|i(?:['’]ve|\s+have|\s+can|['’]ll|\s+will|['’]d|\s+would))\b[^\n]*/i,
  // The assistant answering the writer about their draft: "It looks like you've started drafting a postmortem…".
  /^it\s+(?:looks|seems|sounds)\s+like\s+you(?:['’]ve|\s+have|['’]re|\s+are)\s+(?:\w+\s+){0,3}?(?:draft|writ|work|start|shar|put|creat|prepar)\w*\b[^\n]*/i,
];
const CHAT_ASIDES: readonly RegExp[] = [
  /\bas\s+an\s+ai(?:\s+language\s+model)?\b/gi,
  /\bi\s+hope\s+this\s+helps\b/gi,
  /\bfeel\s+free\s+to\s+(?:adjust|modify|customi[sz]e|edit|tweak|change|add\s+(?:more|any)|let\s+me\s+know)\b/gi,
  /\blet\s+me\s+know\s+if\s+you\b/gi,
];

// A chat opener (the rest of its line) and chat asides.
export function chatSpans(text: string, base: number): Span[] {
  const offset = leadingMarkupLength(text);
  const opener = CHAT_OPENERS.map((pattern) => pattern.exec(text.slice(offset))).find((match) => match !== null);
  if (opener) return [{ start: base + offset, end: base + offset + opener[0].trimEnd().length }];
  return matchesIn(text, CHAT_ASIDES, base);
}

// True when every sentence of the line holds a chat aside ("I hope this helps! Feel free to adjust it.").
export function onlyChat(text: string, base: number, spans: readonly Span[]): boolean {
  const offset = leadingMarkupLength(text);
  let start = offset;
  for (const part of text.slice(offset).split(/(?<=[.!?:])\s+/)) {
    const span = { start: base + start, end: base + start + part.length };
    start += part.length;
    while (/\s/.test(text[start] ?? '')) start++;
    if (/[\p{L}\p{N}]/u.test(part) && !overlapsAny(spans, span.start, span.end)) return false;
  }
  return true;
}
