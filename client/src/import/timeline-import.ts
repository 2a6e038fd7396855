/**
 * Bringing an incident's records into the timeline from VS Code: a paste of a chat transcript or a
 * log under the Timeline heading becomes entries (the plain paste stays one click away in the paste
 * widget), and "Postmortem: Import Timeline from File…" merges a file's records into the timeline.
 */
import { DocumentDropOrPasteEditKind, DocumentPasteEdit, languages, Uri, window, workspace, type CancellationToken, type DataTransfer, type Disposable, type DocumentPasteEditProvider, type Range, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_TIMELINE_REQUEST, type ImportTimelineParams, type ImportTimelineResult } from '../../../server/src/protocol';

/** The command's id, as package.json contributes it. */
export const IMPORT_TIMELINE_COMMAND = 'postmortem.importTimelineFromFile';

const KIND = DocumentDropOrPasteEditKind.Empty.append('postmortem', 'timeline');

/** The paste provider for Markdown: a transcript pasted inside a postmortem's timeline becomes its entries. */
export function registerTimelinePaste(client: LanguageClient): Disposable {
  const provider: DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(document: TextDocument, ranges: readonly Range[], dataTransfer: DataTransfer, _context, token: CancellationToken) {
      const text = await dataTransfer.get('text/plain')?.asString();
      // One line is a time or a word typed by hand, not a transcript.
      if (!text || ranges.length !== 1 || !/\S[^\n]*\n[^\n]*\S/.test(text) || token.isCancellationRequested) return undefined;
      const params: ImportTimelineParams = { textDocument: { uri: document.uri.toString() }, text, position: { line: ranges[0]!.start.line, character: ranges[0]!.start.character }, onlyInTimeline: true };
      let result: ImportTimelineResult | null;
      try {
        result = await client.sendRequest<ImportTimelineResult | null>(IMPORT_TIMELINE_REQUEST, params, token);
      } catch {
        return undefined; // not records the importer reads: the plain paste goes ahead, nothing lost
      }
      const insert = result?.edit.documentChanges[0]?.edits[0]?.newText;
      if (!result || insert === undefined || token.isCancellationRequested) return undefined;
      const edit = new DocumentPasteEdit(insert, `Insert as ${result.added} timeline ${result.added === 1 ? 'entry' : 'entries'}`, KIND);
      return [edit];
    },
  };
  return languages.registerDocumentPasteEditProvider({ language: 'markdown' }, provider, { providedPasteEditKinds: [KIND], pasteMimeTypes: ['text/plain'] });
}

/** "Postmortem: Import Timeline from File…": the records of a file merged into the active postmortem's timeline. */
export async function importTimelineFromFile(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Open the postmortem to import the timeline into.');
    return;
  }
  const picked = await window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Import Timeline',
    title: 'Import a chat export or transcript, a pager log, a CSV log or git log output',
    filters: { 'Chat and alert logs': ['json', 'txt', 'log', 'csv'], 'All files': ['*'] },
  });
  const file = picked?.[0];
  if (!file) return;
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await workspace.fs.readFile(file));
  } catch (error) {
    void window.showErrorMessage(`Postmortem: cannot read ${file.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const document = editor.document;
  let result: ImportTimelineResult | null;
  try {
    result = await client.sendRequest<ImportTimelineResult | null>(IMPORT_TIMELINE_REQUEST, { textDocument: { uri: document.uri.toString() }, text } satisfies ImportTimelineParams);
  } catch (error) {
    void window.showErrorMessage(`Postmortem: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!result) return;
  const applied = result.added === 0 || (await workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit)));
  if (!applied) {
    void window.showErrorMessage('Postmortem: the document changed while importing; nothing was added. Try again.');
    return;
  }
  const already = result.skipped.filter((skip) => skip.reason === 'already in the timeline').length;
  const left = result.skipped.length - already;
  void window.showInformationMessage(
    `Added ${result.added} timeline ${result.added === 1 ? 'entry' : 'entries'} from ${Uri.file(file.fsPath).path.split('/').pop()}${already > 0 ? `; ${already} already there` : ''}${left > 0 ? `; ${left} lines left out (joins, reactions, lines without a time)` : ''}.`,
  );
}
