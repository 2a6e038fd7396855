/** Completing section headings: the sections the postmortem does not have yet, in conventional order. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { SECTION_HEADINGS, sectionDepth } from '../parse/sections';
import type { PostmortemDoc } from '../parse/types';
import { profileFor } from '../judging/infer-profile';
import { missingKinds, type ProfileSetting } from '../judging/profiles';

/**
 * Heading completions for the line at `position`: the sections the profile requires that are still
 * missing, in its order and with its headings, then the optional ones it knows. Nothing for a
 * non-postmortem.
 */
export function completeSectionHeadings(doc: PostmortemDoc | undefined, setting: ProfileSetting, typed: HeadingPrefix, position: Position): CompletionItem[] {
  if (!doc) return [];
  // With `auto`, the layout the report already follows decides what is offered.
  const profile = profileFor(doc, setting);
  const depth = typed.depth ?? sectionDepth(doc.sections);
  const present = new Set(doc.sections.flatMap((section) => section.covers));
  const required = profile.sections.filter((section) => missingKinds(section, present).length === section.kinds.length);
  const named = new Set(profile.sections.flatMap((section) => section.kinds));
  // A combined "Root Cause and Resolution" is not offered once either half is there.
  const optional = profile.order.filter(
    (kind) =>
      !named.has(kind) && !present.has(kind) && !(kind === 'root-cause-and-resolution' && (present.has('root-cause') || present.has('resolution'))),
  );
  const headings = [...required.map((section) => section.heading), ...optional.map((kind) => SECTION_HEADINGS[kind])];
  return headings.map((title, index) => {
    const heading = `${'#'.repeat(depth)} ${title}`;
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
