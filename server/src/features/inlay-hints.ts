/** Inlay hints: `T+0:27` after each timeline time (after its zone when one is written with it), from the outage start. */
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatElapsed, type TimedEntry } from '../engine/incident-clock';
import type { LintedDocument } from './lint-service';

/** The elapsed-time hints inside `range`; none when `postmortem.inlayHints.elapsed` is off or the file is not a postmortem. */
export function elapsedInlayHints(linted: LintedDocument, document: TextDocument, range: Range): InlayHint[] {
  const doc = linted.doc;
  const settings = linted.input.config.settings;
  if (!doc || !settings.elapsedHints || doc.timeline.entries.length === 0) return [];
  const clock = linted.clock()!;
  const start = clock.outageStart;
  if (!start) return [];
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const timed of clock.entries) {
    if (timed.sinceOutageStart === undefined) continue;
    const at = hintOffset(doc.text, timed);
    if (at < from || at > to) continue;
    hints.push({
      position: document.positionAt(at),
      label: formatElapsed(timed.sinceOutageStart),
      paddingLeft: true,
      tooltip: `Time since ${timed === start ? 'the outage started' : `the outage started (${start.entry.timestamp.raw})`}${clock.outageStartBy === 'first-entry' ? '; no entry says when it began, so the first entry counts' : ''}`,
    });
  }
  return hints;
}

// After the time (or its range end), and after a zone written right after it ("14:05 UTC", "12:27Z", "9:00 AM (WAT)").
function hintOffset(text: string, { entry }: TimedEntry): number {
  const end = (entry.rangeEnd ?? entry.timestamp).end;
  const zone = entry.zone;
  if (!zone || zone.start < end || !/^[ \t]*\(?[ \t]*$/.test(text.slice(end, zone.start))) return end;
  const closing = /^[ \t]*\)/.exec(text.slice(zone.end, zone.end + 8));
  return zone.end + (closing && text.slice(end, zone.start).includes('(') ? closing[0].length : 0);
}
