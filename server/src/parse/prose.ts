/**
 * The document as prose, for rules that read words: code, HTML, front matter, link targets and
 * URLs are blanked to spaces, so offsets and line breaks stay those of the document text.
 */
import type { PostmortemDoc, Span } from './types';

// Inline code (`x`, ``x``), a link or image target (the inside of "](…)"), a bare or bracketed URL.
const NOT_PROSE = /(`+)[^`\n]*?\1|\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\b(?:https?:\/\/|www\.)[^\s<>)\]]+/gi;

/** The document's text with everything that is not prose replaced by spaces (line breaks kept). Rules read it through `views.prose()`, built once per lint. */
export function proseText(doc: PostmortemDoc): string {
  return blankSpans(doc.text, doc.opaque).replace(NOT_PROSE, (match, ticks: string | undefined) => (ticks === undefined && match.startsWith('](') ? `](${blank(match.slice(2, -1))})` : blank(match)));
}

/** `text` with every character but line breaks replaced by a space. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** The document's text with only its opaque spans (front matter, code fences, HTML) blanked: inline code is kept. */
export function outsideOpaque(doc: PostmortemDoc): string {
  return blankSpans(doc.text, doc.opaque);
}

/** `text` with the spans blanked (line breaks kept); spans sorted by start, one inside another taken with it. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    parts.push(text.slice(from, span.start), blank(text.slice(span.start, span.end)));
    from = span.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
