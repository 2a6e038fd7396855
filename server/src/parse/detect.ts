/**
 * Deciding whether a Markdown file is a postmortem without parsing it: front matter, path, or at
 * least two recognised section headings found by a line scan.
 */
import picomatch from 'picomatch';
import { INCIDENT_KINDS, sectionCovers } from './sections';
import { lineSpans, pseudoHeadingText } from './lines';
import type { Detection, SectionKind } from './types';

/** The path globs that mark a file as a postmortem by default. */
export const DEFAULT_POSTMORTEM_PATHS = ['**/*postmortem*{,/**}', '**/*post-mortem*{,/**}', '**/*incident*{,/**}'];

/** Why `text` (at `path`) is a postmortem, or undefined when it is not one. */
export function detectPostmortem(text: string, path: string | undefined, pathGlobs: readonly string[]): Detection | undefined {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  // Any one signal is enough: front matter of another type does not hide a file the path or headings mark.
  if (frontMatter && /^type:[ \t]*["']?post-?mortem["']?[ \t]*$/im.test(frontMatter[1]!)) return 'front-matter';
  if (path !== undefined && pathGlobs.length > 0) {
    const posix = path.replace(/\\/g, '/');
    if (picomatch.isMatch(posix, [...pathGlobs], { nocase: true, dot: true })) return 'path';
  }
  return hasIncidentSections(text) ? 'headings' : undefined;
}

// Two or more recognised sections, one of them incident-specific (a timeline or a root cause): a
// README with "Summary" and "Next steps" is not a postmortem. Fenced code is skipped.
function hasIncidentSections(text: string): boolean {
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
    const pseudo = heading ? undefined : pseudoHeadingText(line);
    const covers = heading ? sectionCovers(heading[1]!, 'heading') : pseudo === undefined ? [] : sectionCovers(pseudo, 'pseudo');
    for (const kind of covers) kinds.add(kind);
    if (kinds.size >= 2 && [...kinds].some((kind) => INCIDENT_KINDS.has(kind))) return true;
  }
  return false;
}
