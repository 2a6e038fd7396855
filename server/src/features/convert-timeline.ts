/** "Convert timeline to <zone>": a refactor on the Timeline heading line, one minimal versioned edit each. */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { conversionTargets, convertTimeline, type TimelineConversion } from '../engine/timeline-conversion';
import type { LintedDocument } from './lint-service';
import { kindRequested, minimalVersionedEdit } from './versioned-edit';

/** The conversions offered when the request is on a Timeline heading line: UTC, the setting's zone, the summary's zone. */
export function convertTimelineActions(linted: LintedDocument, document: TextDocument, params: CodeActionParams): CodeAction[] {
  const doc = linted.doc;
  if (!doc || !kindRequested(params.context.only, CodeActionKind.RefactorRewrite)) return [];
  const from = document.offsetAt({ line: params.range.start.line, character: 0 });
  const to = document.offsetAt({ line: params.range.end.line + 1, character: 0 });
  if (!doc.timeline.sections.some((section) => section.heading.start < to && section.heading.end >= from)) return [];
  const settings = linted.input.config.settings;
  const targets = conversionTargets(doc, settings);
  if (targets.length === 0) return [];
  const clock = linted.clock()!;
  const actions: CodeAction[] = [];
  for (const target of targets) {
    const conversion = convertTimeline(doc, clock, target);
    const edit = conversion && minimalVersionedEdit(document, conversion.text);
    if (conversion && edit) actions.push({ title: titleOf(conversion), kind: CodeActionKind.RefactorRewrite, edit });
  }
  return actions;
}

// Days are left as written (see engine/timeline-conversion.ts); the title says when that matters.
function titleOf({ target, movedDays, writesDays }: TimelineConversion): string {
  const title = `Convert timeline to ${target.label}`;
  if (movedDays === 0 || !writesDays) return title;
  return `${title} (${movedDays} ${movedDays === 1 ? 'time moves' : 'times move'} to another day; dates are left as written)`;
}
