/** `postmortem/importTimeline`: an incident's records as timeline entries, inserted at a position (a paste) or merged into the timeline. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IMPORT_FORMATS, ImportError, importedMarkdown, importInto, type ImportFormat, type ImportOptions } from '../import/index';
import { parsePostmortem } from '../parse/parse';
import type { PostmortemDoc } from '../parse/types';
import type { ImportTimelineParams, ImportTimelineResult } from '../protocol';
import type { SharedSettings } from '../judging/settings';

/**
 * The edit that imports `params.text` into `document`; a ResponseError (InvalidParams) saying why
 * when it cannot be read; null for a paste (`onlyInTimeline`) outside a postmortem's timeline.
 */
export function importTimeline(params: ImportTimelineParams, document: TextDocument, settings: SharedSettings, linted: PostmortemDoc | undefined): ImportTimelineResult | null {
  if (typeof params.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'importTimeline needs the records as "text"');
  const from = params.from ?? 'auto';
  if (!(IMPORT_FORMATS as readonly string[]).includes(from)) throw new ResponseError(ErrorCodes.InvalidParams, `"${from}" is not a format the importer reads (${IMPORT_FORMATS.join(', ')})`);
  const options: ImportOptions = {
    from: from as ImportFormat,
    zone: settings.timezone,
    style: settings.timestampStyle === 'auto' ? undefined : settings.timestampStyle,
    authors: settings.importAuthors,
  };
  const text = document.getText();
  // The document as linted; Markdown that is no postmortem was not parsed, and is read here once.
  const doc = linted ?? parsePostmortem(text, 'path');
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  if (params.position && params.onlyInTimeline) {
    // Inside a timeline: after its heading, up to the next section's heading (blank lines included).
    const at = document.offsetAt(params.position);
    const until = (heading: number) => doc.sections.find((section) => section.heading.start > heading)?.heading.start ?? text.length;
    if (!linted || !doc.timeline.sections.some((section) => at > section.heading.end && at <= until(section.heading.start))) return null;
  }
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

function versioned(document: TextDocument, edits: ImportTimelineResult['edit']['documentChanges'][number]['edits']): ImportTimelineResult['edit'] {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
