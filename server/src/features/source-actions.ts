/**
 * Whole-file actions: "Fix all postmortem problems" (`source.fixAll.postmortem`, for
 * `editor.codeActionsOnSave`) and "Normalise all timestamps in this file" (the fixes of the rules
 * tagged `time`; also a refactor on a timeline line). Both run the engine's `fixAll` and answer one
 * minimal edit pinned to the document version. `fixAll` re-lints, so when the client can resolve
 * actions and did not ask for these kinds (the lightbulb, on every cursor move) the edit is left for
 * `codeAction/resolve`, computed only when the action is picked.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../engine/lint';
import { rules as registry } from '../rules/registry';
import type { LintedDocument } from './lint-service';
import { kindRequested, minimalVersionedEdit } from './versioned-edit';

/** Every fix in the file, applied on save or from the Source Action menu. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
/** The time rules' fixes only, from the Source Action menu. */
export const NORMALIZE_TIMESTAMPS_KIND = `${CodeActionKind.Source}.normalizeTimestamps.postmortem`;
/** The same, offered as a refactor on a timeline line. */
export const NORMALIZE_TIMESTAMPS_REFACTOR_KIND = `${CodeActionKind.RefactorRewrite}.normalizeTimestamps.postmortem`;

const NORMALIZE_TITLE = 'Normalise all timestamps in this file';
const FIX_ALL_TITLE = 'Fix all postmortem problems';

/** What a whole-file action carries until it is resolved: the document version it was offered for. */
export interface SourceActionData {
  uri: string;
  version: number;
}

/**
 * The fix-all and normalise actions that apply to this request. With `lazy`, and no `only` in the
 * request, their edits are left for `resolveSourceAction`.
 */
export function sourceActions(linted: LintedDocument, document: TextDocument, params: CodeActionParams, lazy = false): CodeAction[] {
  if (!linted.doc) return [];
  const only = params.context.only;
  const deferred = lazy && !only;
  const actions: CodeAction[] = [];
  // Without a filter, the lightbulb on a timeline line shows the refactor; elsewhere the source action stands in.
  const onTimeline = touchesTimelineEntry(linted, document, params);
  let normalizeKind: string | undefined;
  if (onTimeline && kindRequested(only, NORMALIZE_TIMESTAMPS_REFACTOR_KIND)) normalizeKind = NORMALIZE_TIMESTAMPS_REFACTOR_KIND;
  else if (only ? kindRequested(only, NORMALIZE_TIMESTAMPS_KIND) : !onTimeline) normalizeKind = NORMALIZE_TIMESTAMPS_KIND;
  if (normalizeKind && timeFindings(linted).some((finding) => finding.fix)) actions.push({ title: NORMALIZE_TITLE, kind: normalizeKind });
  if (kindRequested(only, FIX_ALL_KIND) && linted.findings.some((finding) => finding.fix)) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND });
  const data: SourceActionData = { uri: document.uri, version: document.version };
  if (deferred) return actions.map((action) => ({ ...action, data }));
  return actions.flatMap((action) => {
    const resolved = resolveSourceAction(action, linted, document);
    return resolved.edit ? [resolved] : [];
  });
}

/** The action with its edit, when `document` is still the version it was offered for and something changes. */
export function resolveSourceAction(action: CodeAction, linted: LintedDocument, document: TextDocument): CodeAction {
  const data = action.data as Partial<SourceActionData> | undefined;
  if (data && data.version !== document.version) return action; // the document moved on: no edit for an old version
  const plain = { ...action };
  delete plain.data;
  let text: string | undefined;
  if (action.kind === FIX_ALL_KIND) text = fixAll(linted.input, { findings: linted.findings }).text;
  else if (action.kind === NORMALIZE_TIMESTAMPS_KIND || action.kind === NORMALIZE_TIMESTAMPS_REFACTOR_KIND) {
    // Only the rules tagged 'time' run and fix: timestamp-malformed, timestamp-style…
    const rules = (linted.input.rules ?? registry).filter((rule) => rule.tags.includes('time'));
    text = fixAll({ ...linted.input, rules }, { findings: timeFindings(linted) }).text;
  }
  const edit = text === undefined ? undefined : minimalVersionedEdit(document, text);
  return edit ? { ...plain, edit } : plain;
}

/** True when a resolve request is for one of these actions. */
export function isSourceAction(action: CodeAction): boolean {
  return action.kind === FIX_ALL_KIND || action.kind === NORMALIZE_TIMESTAMPS_KIND || action.kind === NORMALIZE_TIMESTAMPS_REFACTOR_KIND;
}

// The findings of the rules tagged 'time', from the version's one lint.
function timeFindings(linted: LintedDocument): LintedDocument['findings'] {
  const ids = new Set((linted.input.rules ?? registry).filter((rule) => rule.tags.includes('time')).map((rule) => rule.id));
  return linted.findings.filter((finding) => ids.has(finding.rule));
}

// True when the requested range is on a line that holds a timeline entry.
function touchesTimelineEntry(linted: LintedDocument, document: TextDocument, params: CodeActionParams): boolean {
  const from = document.offsetAt({ line: params.range.start.line, character: 0 });
  const to = document.offsetAt({ line: params.range.end.line + 1, character: 0 });
  return linted.doc!.timeline.entries.some((entry) => entry.line.start < to && entry.line.end >= from);
}
