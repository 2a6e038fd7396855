/**
 * `postmortem/importTimeline`: an incident's records as timeline entries, inserted at a position (a
 * paste) or merged into the timeline. And, for clients without a paste hook, a refactor on records
 * pasted as they were into the timeline: "Turn the pasted records into timeline entries".
 */
import { CodeActionKind, ErrorCodes, ResponseError, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IMPORT_FORMATS, ImportError, importedMarkdown, importInto, type ImportFormat, type ImportOptions } from '../import/index';
import { parsePostmortem } from '../parse/parse';
import type { PostmortemDoc } from '../parse/types';
import type { ImportTimelineParams, ImportTimelineResult } from '../protocol';
import type { SharedSettings } from '../judging/settings';
import type { LintedDocument } from './lint-service';
import { kindRequested } from './versioned-edit';

/**
 * The edit that imports `params.text` into `document`; a ResponseError (InvalidParams) saying why
 * when it cannot be read; null for a paste (`onlyInTimeline`) outside a postmortem's timeline.
 */
export function importTimeline(params: ImportTimelineParams, document: TextDocument, settings: SharedSettings, linted: PostmortemDoc | undefined): ImportTimelineResult | null {
  if (typeof params.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'importTimeline needs the records as "text"');
  const from = params.from ?? 'auto';
  if (!(IMPORT_FORMATS as readonly string[]).includes(from)) throw new ResponseError(ErrorCodes.InvalidParams, `"${from}" is not a format the importer reads (${IMPORT_FORMATS.join(', ')})`);
  const options = optionsOf(settings, from as ImportFormat);
  const text = document.getText();
  // The document as linted; Markdown that is no postmortem was not parsed, and is read here once.
  const doc = linted ?? parsePostmortem(text, 'path');
  const eol = eolOf(text);
  if (params.position && params.onlyInTimeline && !(linted && inTimeline(linted, text, document.offsetAt(params.position)))) return null;
  try {
    if (params.position) {
      const { markdown, read } = importedMarkdown(params.text, options, doc, eol);
      const at = document.offsetAt(params.position);
      const range = { start: document.positionAt(at), end: document.positionAt(at) };
      return { edit: versioned(document, [{ range, newText: markdown }]), added: read.events.length, skipped: read.skipped };
    }
    const merged = importInto(doc, params.text, options);
    const edits = merged.edits.map((edit) => ({ range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, newText: edit.newText }));
    return { edit: versioned(document, edits), added: merged.added, skipped: merged.skipped };
  } catch (error) {
    if (error instanceof ImportError) throw new ResponseError(ErrorCodes.InvalidParams, `The records cannot be imported: ${error.message}.`);
    throw error;
  }
}

const TURN_TITLE = 'Turn the pasted records into timeline entries';

/**
 * On a selection inside a postmortem's timeline whose lines read as chat or log records (pasted as
 * they were), the refactor that rewrites those lines as entries on the report's clock. Lines that are
 * already entries are no records the importer knows, so a timeline offers nothing.
 */
export function importSelectionActions(linted: LintedDocument, document: TextDocument, params: CodeActionParams): CodeAction[] {
  const { start, end } = params.range;
  if (!linted.doc || (start.line === end.line && start.character === end.character) || !kindRequested(params.context.only, CodeActionKind.RefactorRewrite)) return [];
  const text = document.getText();
  // The selected lines, whole: a selection rarely starts and ends exactly on line boundaries.
  const from = document.offsetAt({ line: start.line, character: 0 });
  const to = end.character === 0 && end.line > start.line ? document.offsetAt(end) : document.offsetAt({ line: end.line + 1, character: 0 });
  if (!inTimeline(linted.doc, text, from) || !inTimeline(linted.doc, text, Math.max(from, to - 1))) return [];
  const records = text.slice(from, to);
  const eol = eolOf(text);
  let markdown: string;
  try {
    markdown = importedMarkdown(records, optionsOf(linted.input.config.settings, 'auto'), linted.doc, eol).markdown;
  } catch (error) {
    if (error instanceof ImportError) return []; // not records the importer knows: nothing to offer
    throw error;
  }
  const newText = /\r?\n$/.test(records) ? markdown : markdown.replace(/\r?\n$/, '');
  if (newText === records) return [];
  return [{ title: TURN_TITLE, kind: CodeActionKind.RefactorRewrite, edit: versioned(document, [{ range: { start: document.positionAt(from), end: document.positionAt(to) }, newText }]) }];
}

function optionsOf(settings: SharedSettings, from: ImportFormat): ImportOptions {
  return { from, zone: settings.timezone, style: settings.timestampStyle === 'auto' ? undefined : settings.timestampStyle, authors: settings.importAuthors };
}

// Inside a timeline: after its heading, up to the next section's heading (blank lines included).
function inTimeline(doc: PostmortemDoc, text: string, at: number): boolean {
  const until = (heading: number) => doc.sections.find((section) => section.heading.start > heading)?.heading.start ?? text.length;
  return doc.timeline.sections.some((section) => at > section.heading.end && at <= until(section.heading.start));
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

function versioned(document: TextDocument, edits: ImportTimelineResult['edit']['documentChanges'][number]['edits']): ImportTimelineResult['edit'] {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
