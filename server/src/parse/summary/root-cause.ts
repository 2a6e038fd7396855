/** Whether the summary gives the root cause, and where. */
import type { Section, Span } from '../types';
import { sentenceAround } from './sentence';

// Words that give a cause: "the root cause was", "caused by", "due to", "because", "triggered by",
// "stemmed from", "traced to", "a typo caused…", "a misconfiguration led to…", "…, which caused". Not
// "resulting in": what comes before it may be the cause or only the first symptom.
const ROOT_CAUSE =
  /\broot[\s-]+caus|\bcaus(?:ed|es|ing)\b|\bdue\s+to\b|\bbecause\b|\btriggered\s+by\b|\bthe\s+cause\s+(?:was|is|of)\b|\bstemm(?:ed|ing|s)\s+from\b|\bresult(?:ed|ing|s)?\s+from\b|\bas\s+a\s+result\s+of\b|\btraced\s+(?:back\s+)?to\b|\battributed\s+to\b|\boriginat(?:ed|ing)\s+(?:from|in)\b|\bculprit\b|\bled\s+to\b|\bwhich\s+(?:caused|meant|broke|took\s+down)\b/i;

/** Where the summary gives the root cause: a heading that covers it, else the first sentence with a cause word. */
export function rootCauseOf(text: string, prose: readonly Span[], sections: readonly Section[], region: { section: Section | undefined; span: Span }): Span | undefined {
  // A summary headed "Summary and Root Cause", or a "Root Cause:" line inside it.
  const covering = sections.find((section) => section.covers.includes('root-cause') && section.heading.start >= region.span.start && section.heading.start < region.span.end);
  if (covering) return covering.heading;
  for (const line of prose) {
    const match = ROOT_CAUSE.exec(text.slice(line.start, line.end));
    if (match) return sentenceAround(text, line, line.start + match.index);
  }
  return undefined;
}

/** True when `text` gives a cause anywhere, in the words the summary's reader knows. */
export function rootCauseIn(text: string): boolean {
  return ROOT_CAUSE.test(text);
}
