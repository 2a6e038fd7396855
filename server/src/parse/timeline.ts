/** Reading timeline entries line by line inside every timeline section. */
import { readTimestampAt } from '../time/timestamp';
import { isDayLabel } from '../time/date';
import { findZones, type ZoneMention } from '../time/zone';
import { leadingMarkupLength, startsInside } from './lines';
import type { Section, Span, Timeline, TimelineEntry, TimelineGroup } from './types';

// What may stand between a time and the entry's text: closing emphasis, a zone, dashes, colons, pipes.
const AFTER_TIME = /^(?:\*\*|__|\*|_|`)*[ \t]*(?:[-–—:|,]|\*\*|__)*[ \t]*/;

/** The timeline of the document: entries, day groups and the zone stated for it. */
export function readTimeline(text: string, lines: readonly Span[], sections: readonly Section[], opaque: readonly Span[]): Timeline {
  // A timeline nested in another ("### Detailed timeline" under "## Timeline") is read as part of it.
  const outermost: Section[] = [];
  for (const section of sections) {
    if (section.kind === 'timeline' && !(outermost.length > 0 && outermost[outermost.length - 1]!.span.end >= section.span.end)) outermost.push(section);
  }
  const entries: TimelineEntry[] = [];
  const groups: TimelineGroup[] = [];
  let zone: ZoneMention | undefined;
  let lineIndex = 0;
  for (const section of outermost) {
    groups.push({ label: section.title, span: section.heading });
    zone ??= findZones(text.slice(section.heading.start, section.heading.end), section.heading.start)[0];
    // Lines are sorted; skip to the first line after the heading.
    while (lineIndex < lines.length && lines[lineIndex]!.start <= section.heading.start) lineIndex++;
    let zoneLinesLeft = 2; // the zone may be stated on a line just under the heading
    for (let index = lineIndex; index < lines.length && lines[index]!.start < section.span.end; index++) {
      const line = lines[index]!;
      if (line.start < section.heading.end) continue;
      const lineText = text.slice(line.start, line.end);
      if (lineText.trim() === '' || startsInside(opaque, text, line)) continue;
      const offset = leadingMarkupLength(lineText);
      const timestamp = readTimestampAt(lineText, offset, line.start);
      if (timestamp) {
        zoneLinesLeft = 0;
        const rest = lineText.slice(timestamp.end - line.start);
        const entryZone = findZones(rest.slice(0, 40), timestamp.end)[0];
        const afterZone = entryZone && entryZone.start - timestamp.end <= 3 ? rest.slice(entryZone.end - timestamp.end).replace(/^\)/, '') : rest;
        const description = stripClosingPipe(afterZone.replace(/^\s*\(?\s*/, '').replace(AFTER_TIME, '').trim());
        entries.push({ line, timestamp, zone: entryZone, description, group: groups.length - 1 });
        continue;
      }
      const label = lineText.slice(offset).trim();
      if (isDayLabel(label)) {
        groups.push({ label, span: line });
        continue;
      }
      if (zoneLinesLeft > 0) {
        zoneLinesLeft--;
        zone ??= findZones(lineText, line.start)[0];
      }
    }
  }
  return { sections: outermost, zone, entries, groups };
}

// "News |" in a table row: without a regex that backtracks over long runs of spaces.
function stripClosingPipe(text: string): string {
  return text.endsWith('|') ? text.slice(0, -1).trimEnd() : text;
}
