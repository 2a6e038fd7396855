/**
 * The corpus review: today's findings on ../shared/corpus/reviewed matched against the findings a
 * reviewer judged at an earlier version (labels.tsv), so "how right are we" is a number. A label is
 * one earlier finding with its verdict: `true`, `false` or `debatable`. `npm run corpus-review` prints
 * it (scripts/corpus-review.ts); test/unit/corpus-review.test.ts keeps the totals from sliding back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../server/src/engine/config';
import { lint } from '../server/src/engine/lint';
import { LineIndex } from '../server/src/parse/lines';
import { rules } from '../server/src/rules/registry';

/** A reviewer's verdict on one finding. */
export type Verdict = 'true' | 'false' | 'debatable';

/** One row of labels.tsv: a finding the CLI reported then, and what the reviewer made of it. */
export interface ReviewLabel {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  verdict: Verdict;
  message: string;
  reason: string;
}

/** A finding as the review compares it: where, which rule, what it says. */
export interface ReviewFinding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** What became of the labelled findings of one rule (or of all), and what is new. */
export interface ReviewCounts {
  falseGone: number;
  falseReported: number;
  trueKept: number;
  trueLost: number;
  debatableKept: number;
  debatableGone: number;
  unlabelled: number;
}

/** The whole review: counts per rule and in total, and the findings a developer should look at. */
export interface CorpusReview {
  documents: number;
  /** Reviewed documents that today's detection does not take for a postmortem. */
  notRecognised: string[];
  byRule: Record<string, ReviewCounts>;
  total: ReviewCounts;
  /** Share of the `false` labels no longer reported (1 when there are none). */
  falseGoneShare: number;
  /** Share of the `true` labels still reported (1 when there are none). */
  trueKeptShare: number;
  /** Findings reported today that match no label. */
  unlabelled: ReviewFinding[];
  /** `true` labels no longer reported. */
  trueLost: ReviewLabel[];
  /** Labelled false findings that are still reported, with the reviewer's reason. */
  falseReported: ReviewLabel[];
  /** Label rows that are malformed or point at no document or line: they can never match. */
  labelProblems: string[];
}

const VERDICTS: readonly string[] = ['true', 'false', 'debatable'];

/** Parses labels.tsv (header row, tab-separated); rows that cannot be read are named in `problems`. */
export function parseLabels(tsv: string): { labels: ReviewLabel[]; problems: string[] } {
  const labels: ReviewLabel[] = [];
  const problems: string[] = [];
  const rows = tsv.split(/\r?\n/);
  rows.forEach((row, index) => {
    if (index === 0 || row.trim() === '') return;
    const [file = '', line = '', column = '', rule = '', severity = '', verdict = '', message = '', reason = ''] = row.split('\t');
    if (!/^\d+$/.test(line) || !/^\d+$/.test(column) || !VERDICTS.includes(verdict) || rule === '') {
      problems.push(`labels.tsv row ${index + 1} cannot be read: ${row.slice(0, 100)}`);
      return;
    }
    labels.push({ file, line: Number(line), column: Number(column), rule, severity, verdict: verdict as Verdict, message, reason });
  });
  return { labels, problems };
}

// The first double-quoted string (straight or curly quotes) of a message: the section's name.
const QUOTED = /["\u201c\u201d]([^"\u201c\u201d]+)["\u201c\u201d]/;
// The first of these stems in a timeline-coverage message says which moment it is about.
const COVERAGE_STEM = /detect|escalat|resol[uv]/i;
const COVERAGE_TOPIC: Record<string, string> = { detect: 'detection', escalat: 'escalation', resolu: 'resolution', resolv: 'resolution' };

/**
 * What a finding is about, beyond its rule and line, for rules that report several things on one
 * line: the missing section's name for `required-sections` (its first quoted string, lower-cased),
 * detection / escalation / resolution for `timeline-coverage` (its first such stem); otherwise ''.
 * Reads stems and quotes rather than exact sentences so a rewording keeps the match.
 */
export function findingTopic(rule: string, message: string): string {
  if (rule === 'required-sections') return QUOTED.exec(message)?.[1]?.trim().replace(/\s+/g, ' ').toLowerCase() ?? '';
  if (rule === 'timeline-coverage') return COVERAGE_TOPIC[COVERAGE_STEM.exec(message)?.[0].toLowerCase() ?? ''] ?? '';
  return '';
}

function matchKey(item: { file: string; line: number; rule: string; message: string }): string {
  return [item.file, item.rule, item.line, findingTopic(item.rule, item.message)].join('\u0000');
}

function emptyCounts(): ReviewCounts {
  return { falseGone: 0, falseReported: 0, trueKept: 0, trueLost: 0, debatableKept: 0, debatableGone: 0, unlabelled: 0 };
}

/**
 * Pairs today's findings with the labels, one to one: same file, rule, line and topic. Returns each
 * rule's counts and the findings left over on either side.
 */
export function matchLabels(
  labels: readonly ReviewLabel[],
  findings: readonly ReviewFinding[],
): { byRule: Record<string, ReviewCounts>; unlabelled: ReviewFinding[]; trueLost: ReviewLabel[]; falseReported: ReviewLabel[] } {
  const waiting = new Map<string, ReviewLabel[]>();
  for (const label of labels) waiting.set(matchKey(label), [...(waiting.get(matchKey(label)) ?? []), label]);
  const byRule: Record<string, ReviewCounts> = {};
  const countsOf = (rule: string) => (byRule[rule] ??= emptyCounts());
  const unlabelled: ReviewFinding[] = [];
  const falseReported: ReviewLabel[] = [];
  for (const finding of findings) {
    const label = waiting.get(matchKey(finding))?.shift();
    const counts = countsOf(finding.rule);
    if (!label) {
      counts.unlabelled++;
      unlabelled.push(finding);
    } else if (label.verdict === 'true') counts.trueKept++;
    else if (label.verdict === 'false') {
      counts.falseReported++;
      falseReported.push(label);
    } else counts.debatableKept++;
  }
  const trueLost: ReviewLabel[] = [];
  for (const label of [...waiting.values()].flat()) {
    const counts = countsOf(label.rule);
    if (label.verdict === 'true') {
      counts.trueLost++;
      trueLost.push(label);
    } else if (label.verdict === 'false') counts.falseGone++;
    else counts.debatableGone++;
  }
  return { byRule, unlabelled, trueLost, falseReported };
}

/** The counts of every rule added up. */
export function totalCounts(byRule: Record<string, ReviewCounts>): ReviewCounts {
  const total = emptyCounts();
  for (const counts of Object.values(byRule)) for (const key of Object.keys(total) as Array<keyof ReviewCounts>) total[key] += counts[key];
  return total;
}

/** Compares labelled findings with today's: the two shares, per-rule counts and what to look at. */
export function reviewFindings(labels: readonly ReviewLabel[], findings: readonly ReviewFinding[]): Omit<CorpusReview, 'documents' | 'notRecognised' | 'labelProblems'> {
  const { byRule, unlabelled, trueLost, falseReported } = matchLabels(labels, findings);
  const total = totalCounts(byRule);
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b))),
    total,
    falseGoneShare: share(total.falseGone, total.falseGone + total.falseReported),
    trueKeptShare: share(total.trueKept, total.trueKept + total.trueLost),
    unlabelled,
    trueLost,
    falseReported,
  };
}

/** Lints every document of `reviewedDir`/docs in-process (default settings) and reviews the result against labels.tsv. */
export function corpusReview(reviewedDir: string): CorpusReview {
  const { config } = resolveConfig(rules, []);
  const docsDir = join(reviewedDir, 'docs');
  const files = readdirSync(docsDir).filter((file) => file.endsWith('.md')).sort();
  const { labels, problems: labelProblems } = parseLabels(readFileSync(join(reviewedDir, 'labels.tsv'), 'utf8'));
  const notRecognised: string[] = [];
  const lineCounts = new Map<string, number>();
  const findings: ReviewFinding[] = [];
  for (const file of files) {
    const text = readFileSync(join(docsDir, file), 'utf8');
    lineCounts.set(file, text.split('\n').length);
    // The bare file name as the path, as the CLI sees it when run inside docs/: path globs apply.
    const result = lint({ text, path: file, config });
    if (!result.doc) notRecognised.push(file);
    const index = new LineIndex(text);
    for (const finding of result.findings) findings.push({ file, line: index.position(finding.span.start).line + 1, rule: finding.rule, message: finding.message });
  }
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const label of labels) {
    const where = `${label.file}:${label.line} ${label.rule}`;
    const lineCount = lineCounts.get(label.file);
    if (lineCount === undefined) labelProblems.push(`${where}: no such document in docs/`);
    else if (label.line < 1 || label.line > lineCount) labelProblems.push(`${where}: the document has ${lineCount} lines`);
    if (!ruleIds.has(label.rule)) labelProblems.push(`${where}: no rule has this id today`);
    if ((label.rule === 'required-sections' || label.rule === 'timeline-coverage') && findingTopic(label.rule, label.message) === '') {
      labelProblems.push(`${where}: no topic can be read from the message, so it matches only a finding without one`);
    }
  }
  return { documents: files.length, notRecognised, labelProblems, ...reviewFindings(labels, findings) };
}
