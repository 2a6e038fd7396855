/**
 * The outline the structure rules read: which section sits under which. The parser nests sections
 * by heading level only; real reports also nest by indentation ("Issue Summary:" with an indented
 * "    Root Cause:" under it), by list ("## Issue Summary" then "- ## Impact"), and by a combined
 * heading followed by its parts ("Root Cause and Resolution:", then "Root Cause:", "Resolution:").
 */
import { indentOf } from './lines';
import type { PostmortemDoc, Section, Span } from './types';

/** A section in the outline. */
export interface OutlineNode {
  section: Section;
  parent: OutlineNode | undefined;
  children: OutlineNode[];
  /** What the section says itself: from its heading to the next section's heading. */
  own: Span;
  /** True when `own` has a letter or digit outside HTML comments. */
  ownContent: boolean;
  /** True when the section or any section under it has content. */
  content: boolean;
  /**
   * A pseudo-heading that is not a section of its own: a list item that only names a section (a
   * table of contents, assignment instructions), or a label inside a section of the same kind
   * ("**Timeline**" under "## Timeline"). The structure rules skip it.
   */
  label: boolean;
}

/** Every section as an outline node, in document order. Rules read it through `views.outline()`, built once per lint. */
export function outline(doc: PostmortemDoc): OutlineNode[] {
  const nodes = doc.sections.map((section, index): OutlineNode => {
    const next = doc.sections[index + 1];
    const own = { start: section.heading.end, end: Math.max(section.heading.end, next ? next.heading.start : doc.text.length) };
    return { section, parent: undefined, children: [], own, ownContent: hasText(doc.text.slice(own.start, own.end)), content: false, label: false };
  });
  adoptParts(nest(doc.text, nodes));
  for (const node of nodes) if (node.children.length > 0) node.children = adoptParts(node.children);
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    node.content = node.ownContent || node.children.some((child) => child.content);
  }
  for (const node of nodes) node.label = isLabel(doc.text, node);
  return nodes;
}

/** The sibling groups: the nodes with no parent, then the children of each node. */
export function siblingGroups(nodes: readonly OutlineNode[]): OutlineNode[][] {
  return [nodes.filter((node) => node.parent === undefined), ...nodes.filter((node) => node.children.length > 0).map((node) => node.children)];
}

/** True when this node or one above it is a recognised section. */
export function underRecognised(node: OutlineNode | undefined): boolean {
  for (let current = node; current; current = current.parent) if (isSection(current)) return true;
  return false;
}

/** A recognised section that is not a label. */
export function isSection(node: OutlineNode): boolean {
  return node.section.kind !== undefined && !node.label;
}

// A node's parent: the nearest earlier node at a lower level, or at the same level but less
// indented; for a real heading, the nearest such real heading. Returns the nodes without a parent.
function nest(text: string, nodes: readonly OutlineNode[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: Array<{ node: OutlineNode; indent: number }> = [];
  for (const node of nodes) {
    const indent = indentOf(text, node.section.heading.start);
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      // A real heading is never under a pseudo-heading ("- Root Cause" in a list of contents, then
      // "## Issue Summary"), except under a plain line with nothing of its own that the parser nested
      // it under ("Corrective measures", then "# Improvements:" and "# Tasks:").
      const under = node.section.form === 'pseudo' || top.node.section.form === 'heading' || isGroupLine(text, top.node);
      if (under && (top.node.section.depth < node.section.depth || (top.node.section.depth === node.section.depth && top.indent < indent))) break;
      open.pop();
    }
    const parent = open[open.length - 1]?.node;
    node.parent = parent;
    (parent ? parent.children : roots).push(node);
    open.push({ node, indent });
  }
  return roots;
}

// A combined heading with nothing under it, followed by sections it covers ("Root Cause and
// Resolution:", then "Root Cause:" and "Resolution:"), is their parent. Returns the group without them.
function adoptParts(group: readonly OutlineNode[]): OutlineNode[] {
  const kept: OutlineNode[] = [];
  let whole: OutlineNode | undefined;
  for (const node of group) {
    if (whole && isPartOf(node, whole)) {
      node.parent = whole;
      whole.children.push(node);
      continue;
    }
    whole = node.section.covers.length > 1 && !node.ownContent && node.children.length === 0 ? node : undefined;
    kept.push(node);
  }
  return kept;
}

function isPartOf(part: OutlineNode, whole: OutlineNode): boolean {
  const kind = part.section.kind;
  return kind !== undefined && kind !== whole.section.kind && whole.section.covers.includes(kind);
}

// A pseudo-heading on a line of its own (not a list item) with nothing under it before the next heading.
function isGroupLine(text: string, node: OutlineNode): boolean {
  return node.section.form === 'pseudo' && !node.ownContent && !/^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]/.test(text.slice(node.section.heading.start, node.section.heading.end));
}

function isLabel(text: string, node: OutlineNode): boolean {
  if (node.section.form !== 'pseudo') return false;
  for (let above = node.parent; above; above = above.parent) if (above.section.kind !== undefined && above.section.kind === node.section.kind) return true;
  if (node.content) return false;
  const line = text.slice(node.section.heading.start, node.section.heading.end);
  return /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]/.test(line);
}

// Content: any letter or digit outside HTML comments (a code block, an image or "TODO" is content).
function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
}
