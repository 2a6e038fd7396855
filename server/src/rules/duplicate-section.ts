/** duplicate-section: a section appears once among its siblings. */
import { LineIndex } from '../parse/lines';
import { editDistance, headingWords } from '../parse/sections';
import type { Section, SectionKind } from '../parse/types';
import { isSection, siblingGroups, type OutlineNode } from '../parse/outline';
import type { Rule } from './types';

// Each heading is compared with at most this many earlier ones of its kind: nothing quadratic.
const COMPARED = 20;

export const duplicateSection: Rule = {
  id: 'duplicate-section',
  description: 'A section appears once at its level: a second "Timeline" or a "Root Causes" after "Root Cause" splits what a reader needs in one place.',
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  check({ doc, views, report }) {
    let lines: LineIndex | undefined;
    const lineOf = (node: OutlineNode) => (lines ??= new LineIndex(doc.text)).position(node.section.heading.start).line + 1;
    for (const group of siblingGroups(views.outline())) {
      // A label line ("Impact:" in an untitled opening) and a heading of the same name are two
      // layers of the report (a line of its summary, then the section), not a section written twice.
      const seen = new Map<`${SectionKind}:${Section['form']}`, Array<{ node: OutlineNode; words: string[] }>>();
      const repeats: Array<{ node: OutlineNode; first: OutlineNode }> = [];
      for (const node of group) {
        if (!isSection(node)) continue;
        const kind = `${node.section.kind!}:${node.section.form}` as const;
        const earlier = seen.get(kind) ?? [];
        const words = names(node.section.title);
        const first = earlier.find((other) => sameWords(other.words, words))?.node;
        if (first) repeats.push({ node, first });
        else if (earlier.length < COMPARED) seen.set(kind, [...earlier, { node, words }]);
      }
      // Three sections or more repeated in their order: the report itself is there twice (pasted
      // again, or a second version below the first). Said once: merging would be the wrong advice.
      if (repeats.length >= 3 && repeats.every((repeat, index) => index === 0 || repeat.first.section.heading.start > repeats[index - 1]!.first.section.heading.start)) {
        const [{ node, first }] = repeats as [{ node: OutlineNode; first: OutlineNode }];
        report({
          message: `The report's sections appear twice: from "${node.section.title}" on, ${repeats.length} sections repeat those from line ${lineOf(first)}: keep one version, or give each report its own file if these are two.`,
          span: node.section.heading,
        });
        continue;
      }
      for (const { node, first } of repeats) {
        report({ message: `"${node.section.title}" repeats "${first.section.title}" (line ${lineOf(first)}) at the same level: merge them into one section.`, span: node.section.heading });
      }
    }
  },
};

/**
 * Two headings of one kind name the same section when their words agree, allowing plurals and
 * typos. One that adds words to the other ("Root Cause" and "Root Cause Explanation", "Resolution"
 * and "Resolution Details") is most often a template's second pass at the subject (a line in the
 * summary, then the section): whether to merge them is the author's call, so it is not reported.
 * Two different names of one kind are a deliberate split ("Corrective measures" and "Preventative
 * measures", "Root Cause" and "Contributing Factors"), not a duplicate.
 */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((word, index) => similar(word, b[index]!));
}

function names(title: string): string[] {
  return headingWords(title).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}
