/** timezone-missing: a timeline with times says which timezone they are in. */
import { leadingMarkupLength, overlapsAny } from '../parse/lines';
import type { PostmortemDoc, Section, Span } from '../parse/types';
import { findUnknownZonesInParentheses, findZones, readUnknownZoneAfter, readZoneAt, sameZoneFamily } from '../time/zone';
import type { Rule, TextEdit } from './types';

// How far under a timeline heading a stated zone is looked for when the parser did not take it.
const ABOVE_ENTRIES_LIMIT = 300;

export const timezoneMissing: Rule = {
  id: 'timezone-missing',
  description: 'A timeline with times says which timezone they are in: in its heading, on the line under it, or on every entry.',
  severity: 'warning',
  tags: ['timeline', 'zone'],
  fixable: true,
  check({ doc, settings, report }) {
    const { timeline, summaryZone } = doc;
    const section = timeline.sections[0];
    if (!section || timeline.entries.length === 0 || timeline.zone || zoneOnEveryEntry(doc) || zoneAboveEntries(doc)) return;
    // A zone no one can resolve is still a zone the author stated: timezone-unknown reports it.
    if (timeline.sections.some(({ heading }) => findUnknownZonesInParentheses(doc.text.slice(heading.start, heading.end)).length > 0)) return;
    const heading = headingWords(doc.text, section);
    const configured = settings.timezone;
    let message = 'The timeline has times but does not say which timezone they are in';
    if (summaryZone) {
      message += `: the summary says ${summaryZone.raw}; say it in the timeline too`;
      if (configured && !(summaryZone.zone && sameZoneFamily(summaryZone.zone, configured))) message += ` (the configured timezone is ${configured})`;
    } else if (configured) message += `: if they are in ${configured} (the configured timezone), say so in the heading`;
    else message += ': say so in the heading, as in "Timeline (all times UTC)"';
    const zoneName = summaryZone?.raw ?? configured;
    report({
      message: `${message}.`,
      span: heading,
      fix: zoneName === undefined ? undefined : () => ({ title: `Add "${zoneName}" to the Timeline heading`, edits: [zoneEdit(doc.text, heading, zoneName)] }),
    });
  },
};

// Every entry carries its own zone, known or not ("10:00 UTC -", "10:00 PCT -", "17:55+ UTC").
function zoneOnEveryEntry(doc: PostmortemDoc): boolean {
  return doc.timeline.entries.every((entry) => {
    const end = (entry.rangeEnd ?? entry.timestamp).end;
    if (entry.zone || readUnknownZoneAfter(doc.text, end)) return true;
    // Only marks that close or qualify the time may come between ("17:55+ UTC", "**10:00** UTC"), not a dash or colon.
    const after = /^[+~*_)\]` \t]{0,4}/.exec(doc.text.slice(end, end + 4))![0];
    return readZoneAt(doc.text, end + after.length) !== undefined;
  });
}

// A zone stated between a timeline heading and its first entry on a line the parser reads as a
// day ("2015-10-21 (all times UTC)"), so it is not the timeline's zone.
function zoneAboveEntries(doc: PostmortemDoc): boolean {
  const { entries, sections } = doc.timeline;
  let next = 0; // entries and sections are both in document order
  return sections.some((section) => {
    while (next < entries.length && entries[next]!.line.start < section.heading.end) next++;
    const firstEntry = entries[next]?.line.start;
    const end = Math.min(firstEntry !== undefined && firstEntry < section.span.end ? firstEntry : section.span.end, section.heading.end + ABOVE_ENTRIES_LIMIT);
    return findZones(doc.text.slice(section.heading.end, end), section.heading.end).some((zone) => !overlapsAny(doc.opaque, zone.start, zone.end));
  });
}

/**
 * The heading's words, where the zone goes at the end: after "## ", a bullet and emphasis openers;
 * before closing hashes, a trailing comment, a colon and emphasis closers ("**Timeline:**").
 * Index arithmetic only: a heading line may be a megabyte long.
 */
function headingWords(text: string, section: Section): Span {
  let lineEnd = section.heading.start;
  while (lineEnd < section.heading.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++; // a setext heading's underline is not its words
  const start = section.heading.start + leadingMarkupLength(text.slice(section.heading.start, lineEnd));
  let end = lineEnd;
  let comments = true;
  for (let previous = -1; previous !== end; ) {
    previous = end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (comments && text.startsWith('-->', end - 3)) {
      const opener = text.lastIndexOf('<!--', end - 3);
      if (opener >= start) end = opener;
      else comments = false;
    }
    if (section.form === 'heading') {
      let hashes = end;
      while (hashes > start && text[hashes - 1] === '#') hashes--;
      if (hashes < end && hashes > start && (text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
    }
    while (end > start && (text[end - 1] === '*' || text[end - 1] === '_' || text[end - 1] === ':')) end--;
  }
  return { start, end: Math.max(end, start) };
}

// "## Timeline" gets " (all times IST)"; "(all hours)" becomes "(all hours IST)"; "(approximate)" becomes "(approximate; all times IST)".
function zoneEdit(text: string, heading: Span, zoneName: string): TextEdit {
  const words = text.slice(heading.start, heading.end);
  const group = /\(([^()]*)\)$/.exec(words);
  if (!group) return { span: { start: heading.end, end: heading.end }, newText: ` (all times ${zoneName})` };
  const inside = group[1]!.trimEnd();
  const at = heading.end - 1 - (group[1]!.length - inside.length);
  const newText = inside.trim() === '' ? `all times ${zoneName}` : /^\s*(?:all\s+)?(?:times|hours)(?:\s+are)?(?:\s+in)?$/i.test(inside) ? ` ${zoneName}` : `; all times ${zoneName}`;
  return { span: { start: at, end: at }, newText };
}
