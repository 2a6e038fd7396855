/**
 * The code lens on the Timeline heading that states the outage's length and opens the preview. The
 * `postmortem/timeline` request answers `LintedDocument.timeline()` itself.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeMinutes } from '../parse/summary/window';
import { OPEN_PREVIEW_COMMAND } from '../protocol';
import type { LintedDocument } from './lint-service';

/** "Outage 2 hours 10 minutes · resolved 1 hour 15 minutes after detection · Open Timeline Preview", on the Timeline heading. */
export function timelineCodeLenses(linted: LintedDocument, document: TextDocument): CodeLens[] {
  const model = linted.timeline();
  if (!model || model.headingLine === undefined || model.entries.length === 0) return [];
  const { duration, timeToResolve } = model.metrics;
  const parts = [
    duration === undefined ? 'Outage length unknown' : `Outage ${describeMinutes(duration)}`,
    timeToResolve === undefined ? 'time to resolve unknown' : `resolved ${describeMinutes(timeToResolve)} after detection`,
    'Open Timeline Preview',
  ];
  const line = model.headingLine;
  return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title: parts.join(' · '), command: OPEN_PREVIEW_COMMAND, arguments: [document.uri] } }];
}
