/** section-order: the top-level sections follow the template's conventional order. */
import type { SectionKind } from '../parse/types';
import { isSection, siblingGroups, underRecognised, type OutlineNode } from '../parse/outline';
import { PROFILE_IDS, profileOf, type Profile } from '../judging/profiles';
import type { Rule } from './types';

export const sectionOrder: Rule = {
  id: 'section-order',
  description: "Sections follow the conventional order of the profile's template: the summary first, the corrective measures after the root cause, and so on.",
  // Off by default: on reports nobody here wrote it was right in none of three findings (teams order
  // sections their own way on purpose). A team that keeps one order can turn it on.
  severity: 'off',
  tags: ['structure'],
  fixable: false,
  check({ views, settings, report }) {
    const profile = views.profile();
    // Without a chosen template, any published template's order is a conventional order.
    const orders = settings.profile === 'standard' || settings.profile === 'auto' ? [profile, ...PROFILE_IDS.map(profileOf).filter((other) => other.id !== profile.id)] : [profile];
    // Only the sections the template names: where it says nothing (Impact or Lessons Learned in the holberton template), any place is fine.
    const named = new Set(profile.sections.flatMap((section) => section.kinds));
    if (named.has('root-cause') && named.has('resolution')) named.add('root-cause-and-resolution');
    const nodes = views.outline();
    // Only the top of the outline: a report's own sections at the level most of them use, not the parts of one of them.
    const top = new Set(nodes.filter((node) => isSection(node) && !underRecognised(node.parent)));
    const depth = commonDepth([...top]);
    for (const group of siblingGroups(nodes)) {
      const sections = withoutRepeats(group.filter((node) => top.has(node) && node.section.depth === depth && node.section.covers.some((kind) => named.has(kind))));
      let best: { profile: Profile; misplaced: Misplaced[] } | undefined;
      for (const candidate of orders) {
        const misplaced = misplacedSections(sections, candidate.order);
        if (!best || misplaced.length < best.misplaced.length) best = { profile: candidate, misplaced };
      }
      for (const { node, other, before } of best?.misplaced ?? []) {
        const where = before ? 'before' : 'after';
        const template = best!.profile.id === 'standard' ? 'in a postmortem' : `in the ${best!.profile.name} template`;
        report({ message: `"${node.section.title}" usually comes ${where} "${other.section.title}" ${template}.`, span: node.section.heading });
      }
    }
  },
};

/**
 * The sections whose every kind another section covers as well are left out: "Root Cause:" in the
 * issue summary before a full "Root Cause and Resolution", or a repeated "Timeline" (its second
 * one: duplicate-section reports it). Their place says nothing about the report's order.
 */
function withoutRepeats(sections: readonly OutlineNode[]): OutlineNode[] {
  const covering = new Map<SectionKind, OutlineNode[]>();
  for (const node of sections) for (const kind of node.section.covers) covering.set(kind, [...(covering.get(kind) ?? []), node].slice(0, COMPARED));
  return sections.filter((node) => {
    const kinds = node.section.covers;
    const others = (covering.get(kinds[0]!) ?? []).filter((other) => other !== node && kinds.every((kind) => other.section.covers.includes(kind)));
    // Another covers more, or covers the same and comes first.
    return !others.some((other) => other.section.covers.length > kinds.length || other.section.heading.start < node.section.heading.start);
  });
}

// A section is compared with at most this many others of its kind: nothing quadratic.
const COMPARED = 20;

// The depth most of the nodes have; the shallower on a tie.
function commonDepth(nodes: readonly OutlineNode[]): number {
  const counts = new Map<number, number>();
  for (const node of nodes) counts.set(node.section.depth, (counts.get(node.section.depth) ?? 0) + 1);
  let best = 0;
  let depth = 0;
  for (const [candidate, count] of counts) if (count > best || (count === best && candidate < depth)) [depth, best] = [candidate, count];
  return depth;
}

interface Misplaced {
  node: OutlineNode;
  /** A section in order that this one should move past. */
  other: OutlineNode;
  /** True when `node` belongs before `other`. */
  before: boolean;
}

/** A section's place in an order: a single rank, or the span of a combined section's parts. */
interface Ranked {
  node: OutlineNode;
  low: number;
  high: number;
}

/**
 * The fewest sections whose moving puts the rest in order: everything outside a largest set in
 * which no section ranks wholly after one that follows it. Sections the order does not name are
 * ignored.
 */
function misplacedSections(sections: readonly OutlineNode[], order: readonly SectionKind[]): Misplaced[] {
  const ranked = sections.map((node) => rankOf(node, order)).filter((entry): entry is Ranked => entry !== undefined);
  const keptIndexes = largestInOrder(ranked, order.length);
  const kept = keptIndexes.map((index) => ranked[index]!);
  // For naming the section to move past: the highest low rank up to each kept section, the lowest high rank from each on.
  const maxLow: number[] = [];
  kept.forEach((entry, at) => maxLow.push(Math.max(entry.low, at > 0 ? maxLow[at - 1]! : -1)));
  const minHigh: number[] = [];
  for (let at = kept.length - 1; at >= 0; at--) minHigh[at] = Math.min(kept[at]!.high, at < kept.length - 1 ? minHigh[at + 1]! : Infinity);
  const misplaced: Misplaced[] = [];
  let next = 0; // kept[next] is the first kept section after the current one
  ranked.forEach((entry, index) => {
    if (keptIndexes[next] === index) return void next++;
    // One kept before it ranks wholly after it: it belongs before the first such. Else one kept
    // after it ranks wholly before it (or it would be kept): it belongs after the last such.
    const first = firstIndex(maxLow, (low) => low > entry.high);
    if (first < next) return void misplaced.push({ node: entry.node, other: kept[first]!.node, before: true });
    const last = firstIndex(minHigh, (high) => high >= entry.low) - 1;
    if (last >= next) misplaced.push({ node: entry.node, other: kept[last]!.node, before: false });
  });
  return misplaced;
}

/**
 * Indexes of a largest subsequence in which every section's low rank is at most the high rank of
 * every section after it: a longest non-decreasing run when every rank is single. One pass,
 * keeping the longest run for each highest low rank so far (at most `ranks` of them).
 */
function largestInOrder(ranked: readonly Ranked[], ranks: number): number[] {
  interface Run {
    length: number;
    index: number;
    previous: Run | undefined;
  }
  let best: Array<Run | undefined> = new Array<Run | undefined>(ranks + 1).fill(undefined); // best[m + 1]: runs whose highest low rank is m
  best[0] = { length: 0, index: -1, previous: undefined };
  ranked.forEach((entry, index) => {
    const updated = [...best];
    best.forEach((run, state) => {
      if (!run || state - 1 > entry.high) return;
      const target = Math.max(state - 1, entry.low) + 1;
      if (!updated[target] || updated[target]!.length < run.length + 1) updated[target] = { length: run.length + 1, index, previous: run };
    });
    best = updated;
  });
  let longest = best[0]!;
  for (const run of best) if (run && run.length > longest.length) longest = run;
  const indexes: number[] = [];
  for (let run: Run | undefined = longest; run && run.index >= 0; run = run.previous) indexes.push(run.index);
  return indexes.reverse();
}

// The first index where a monotone array satisfies `test` (its length when none does).
function firstIndex(values: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A section's place in the order: its own kind's. A combined section whose kind the order does not
 * name ("Root Cause and Resolution" in the Google template, where Trigger comes between the two)
 * spans its parts' places: it is out of order only where both parts would be.
 */
function rankOf(node: OutlineNode, order: readonly SectionKind[]): Ranked | undefined {
  const own = order.indexOf(node.section.kind!);
  if (own >= 0) return { node, low: own, high: own };
  const ranks = node.section.covers.map((kind) => order.indexOf(kind)).filter((rank) => rank >= 0);
  return ranks.length === 0 ? undefined : { node, low: Math.min(...ranks), high: Math.max(...ranks) };
}
