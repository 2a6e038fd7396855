/** Completing section headings: the sections the postmortem does not have yet, in conventional order. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { SECTION_HEADINGS, SECTION_ORDER, satisfiedBy } from '../parse/sections';
import type { PostmortemDoc, SectionKind } from '../parse/types';

/**
 * Heading completions for the line at `position`, when the line so far is only `#`s and a word in
 * progress ("## ", "### Ti", or empty). Nothing for a document that is not a postmortem.
 */
export function completeSectionHeadings(doc: PostmortemDoc | undefined, linePrefix: string, position: Position): CompletionItem[] {
  if (!doc) return [];
  const typed = /^( {0,3})(?:(#{1,6})[ \t]*[\p{L} ]*)?$/u.exec(linePrefix);
  if (!typed) return [];
  const depth = typed[2]?.length ?? defaultDepth(doc);
  const present = new Set(doc.sections.map((section) => section.kind).filter((kind): kind is SectionKind => kind !== undefined));
  const missing = SECTION_ORDER.filter((kind) => !isCovered(kind, present));
  return missing.map((kind, index) => {
    const heading = `${'#'.repeat(depth)} ${SECTION_HEADINGS[kind]}`;
    return {
      label: heading,
      kind: CompletionItemKind.Module,
      detail: 'Postmortem section',
      sortText: String(index).padStart(2, '0'),
      filterText: heading,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: {
        range: { start: { line: position.line, character: typed[1]!.length }, end: position },
        newText: `${heading}\n\n$0`,
      },
    };
  });
}

// A kind is covered when it, or a combined section that includes it, is present; a combined
// "Root Cause and Resolution" is covered when either half is.
function isCovered(kind: SectionKind, present: ReadonlySet<SectionKind>): boolean {
  if (kind === 'root-cause-and-resolution') return present.has(kind) || present.has('root-cause') || present.has('resolution');
  return satisfiedBy(kind).some((other) => present.has(other));
}

function defaultDepth(doc: PostmortemDoc): number {
  return doc.sections.find((section) => section.form === 'heading' && section.kind !== undefined)?.depth ?? 2;
}
