/** empty-section: a recognised section says something, itself or in a section under it. */
import { isSection, type OutlineNode } from '../parse/outline';
import { TIMELINE_PHASES } from '../parse/sections';
import type { Rule } from './types';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A recognised section has content: a heading with nothing under it (only blank lines or comments) answers nothing.',
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  check({ doc, views, report }) {
    const nodes = views.outline();
    nodes.forEach((node, index) => {
      // A plain line that names a section may be a group title or a label in a report written without
      // Markdown, and its emptiness is not certain; a heading or a bold label is a section's own.
      if (!isSection(node) || node.content || plainLine(doc.text, node) || isGroupHeading(node, nodes[index + 1]) || saysOnItsLine(node)) return;
      report({ message: `"${node.section.title}" is empty: write what it should say, or remove the heading.`, span: node.section.heading });
    });
  },
};

/**
 * A heading with nothing under it that is followed at once by a heading the outline does not know,
 * at the same level, is most likely a group title for it ("## Lessons Learned", "## What went well"
 * one level too high; "## Issue Summary", "## Duration"): not reported, it is not clearly empty. So
 * is one followed by a part of the same kind ("**Follow-up:**" then
 * "**Things to fix:**" and its tasks, "**Tasks ahead:**" and its list), and a timeline followed by
 * the phases it is told in.
 */
function isGroupHeading(node: OutlineNode, next: OutlineNode | undefined): boolean {
  if (next === undefined || next.parent !== node.parent) return false;
  if (next.section.kind === undefined || next.section.covers.some((kind) => node.section.covers.includes(kind))) return true;
  // "### Timeline:" over "### Detection:", "### Actions Taken:", "### Escalation:": the phases it is told in.
  return node.section.covers.includes('timeline') && TIMELINE_PHASES.has(next.section.kind);
}

// A pseudo-heading written as a plain line, without bold or a list marker.
function plainLine(text: string, node: OutlineNode): boolean {
  return node.section.form === 'pseudo' && !/^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)/.test(text.slice(node.section.heading.start, node.section.heading.end));
}

// A heading that gives its content on its own line, after its name and a colon: "Issue Summary:
// Duration: 2 hours (9:00 AM - 11:00 AM, UTC)".
function saysOnItsLine(node: OutlineNode): boolean {
  const after = /^[^:]*:(.*)$/.exec(node.section.title.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '))?.[1] ?? '';
  return (after.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
}
