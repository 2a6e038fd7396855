/**
 * Deciding whether a Markdown file is a postmortem without parsing it: front matter, path, or at
 * least two recognised section headings found by a line scan.
 */
import picomatch from 'picomatch';
import { classifySection } from './sections';
import { lineSpans, pseudoHeadingText } from './lines';
import type { Detection, SectionKind } from './types';

/** The path globs that mark a file as a postmortem by default. */
export const DEFAULT_POSTMORTEM_PATHS = ['**/*postmortem*{,/**}', '**/*post-mortem*{,/**}', '**/*incident*{,/**}'];

/** Why `text` (at `path`) is a postmortem, or undefined when it is not one. */
export function detectPostmortem(text: string, path: string | undefined, pathGlobs: readonly string[]): Detection | undefined {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (frontMatter) {
    const type = /^type:[ \t]*["']?([\w-]+)["']?[ \t]*$/m.exec(frontMatter[1]!);
    if (type) return /^post-?mortem$/i.test(type[1]!) ? 'front-matter' : undefined;
  }
  if (path !== undefined && pathGlobs.length > 0) {
    const posix = path.replace(/\\/g, '/');
    if (picomatch.isMatch(posix, [...pathGlobs], { nocase: true, dot: true })) return 'path';
  }
  return countSectionKinds(text, 2) >= 2 ? 'headings' : undefined;
}

// Counts distinct recognised sections, stopping at `enough`. Fenced code is skipped.
function countSectionKinds(text: string, enough: number): number {
  const kinds = new Set<SectionKind>();
  let fence: string | undefined;
  for (const { start, end } of lineSpans(text)) {
    const line = text.slice(start, end);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1]![0]!;
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(line);
    const kind = heading ? classifySection(heading[1]!, 'heading') : classifyPseudo(line);
    if (kind) kinds.add(kind);
    if (kinds.size >= enough) break;
  }
  return kinds.size;
}

function classifyPseudo(line: string): SectionKind | undefined {
  const text = pseudoHeadingText(line);
  return text === undefined ? undefined : classifySection(text, 'pseudo');
}
