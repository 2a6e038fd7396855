/** Completing section headings: the sections the postmortem does not have yet, in conventional order. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { SECTION_HEADINGS, SECTION_ORDER, sectionDepth } from '../parse/sections';
import type { PostmortemDoc } from '../parse/types';

/** Heading completions for the line at `position`: the missing sections. Nothing for a non-postmortem. */
export function completeSectionHeadings(doc: PostmortemDoc | undefined, typed: HeadingPrefix, position: Position): CompletionItem[] {
  if (!doc) return [];
  const depth = typed.depth ?? sectionDepth(doc.sections);
  const present = new Set(doc.sections.flatMap((section) => section.covers));
  // A combined "Root Cause and Resolution" is not offered once either half is there.
  const missing = SECTION_ORDER.filter(
    (kind) => !present.has(kind) && !(kind === 'root-cause-and-resolution' && (present.has('root-cause') || present.has('resolution'))),
  );
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
        range: { start: { line: position.line, character: typed.indent }, end: position },
        newText: `${heading}\n\n$0`,
      },
    };
  });
}

/** What the line holds before the cursor when a heading may be typed there. */
export interface HeadingPrefix {
  indent: number;
  /** The number of `#`s typed, if any. */
  depth: number | undefined;
}

/**
 * Whether the line so far could become a section heading: only `#`s and a word in progress
 * ("## ", "### Ti"), or nothing at all. Cheap: checked before any document is linted.
 */
export function headingPrefix(linePrefix: string): HeadingPrefix | undefined {
  const typed = /^( {0,3})(?:(#{1,6})[ \t]*[\p{L} ]*)?$/u.exec(linePrefix);
  return typed ? { indent: typed[1]!.length, depth: typed[2]?.length } : undefined;
}
