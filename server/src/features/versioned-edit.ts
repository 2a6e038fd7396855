/** One minimal edit, pinned to the document version, between the document's text and a rewritten text. */
import { TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { changedSpan } from '../engine/text-change';

/**
 * A workspace edit that replaces only the stretch from the first changed character to the last,
 * for this version of the document; undefined when nothing changes.
 */
export function minimalVersionedEdit(document: TextDocument, after: string): WorkspaceEdit | undefined {
  const change = changedSpan(document.getText(), after);
  if (!change) return undefined;
  const range = { start: document.positionAt(change.span.start), end: document.positionAt(change.span.end) };
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [{ range, newText: change.newText }])] };
}

/** True when an action of `kind` was asked for: no `only` filter, or a filter that is `kind` or one of its parents. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
