/**
 * timeline-glued-entries: two timeline entries run onto one line ("- 10:40 - Paged. - 11:00 - Cache
 * cleared."), so the second one is read as part of the first and never placed in the timeline.
 */
import { gluedStarts } from '../parse/glued-entries';
import type { Span } from '../parse/types';
import type { Rule } from './types';

export const timelineGluedEntries: Rule = {
  id: 'timeline-glued-entries',
  description: 'One timeline entry per line: a second "time - what happened" after a sentence\'s end is put on its own line.',
  severity: 'warning',
  tags: ['timeline'],
  fixable: true,
  check({ doc, report }) {
    for (const entry of doc.timeline.entries) {
      const lineText = doc.text.slice(entry.line.start, entry.line.end);
      // Table rows and <br>-joined cells are laid out on purpose.
      if (/^[ \t]*\|/.test(lineText) || /<br\s*\/?>/i.test(lineText)) continue;
      for (const [index, glued] of gluedStarts(doc, entry).entries()) {
        report({
          message: `A second timeline entry ("${doc.text.slice(glued.time.start, glued.time.end)}") is run onto this line: put it on its own line so it is read as an entry.`,
          span: glued.time,
          fix: () => ({ title: 'Put the entry on its own line', edits: [{ span: glued.gap, newText: lineBreak(doc.text, entry.line) + markerOf(lineText, index + 1) }] }),
        });
      }
    }
  },
};

// The entry's indentation and list marker for the `nth` entry glued to it ("  - ", "3. " after "2. "); nothing for a bare line.
function markerOf(lineText: string, nth: number): string {
  const marker = /^(?:[ \t]*>)*[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/.exec(lineText)![0];
  return /\d/.test(marker) ? marker.replace(/\d{1,3}/, (number) => String(Number(number) + nth)) : marker;
}

// The document's line break after this line (CRLF stays CRLF).
function lineBreak(text: string, line: Span): string {
  return text.startsWith('\r\n', line.end) ? '\r\n' : text[line.end] === '\r' ? '\r' : '\n';
}
