/**
 * `npm run corpus-review [-- --json]`: how right our findings are on the labelled development set,
 * ../shared/corpus/reviewed. Prints, per rule and in total, what became of the findings a reviewer
 * judged (false ones gone, true ones kept, debatable ones either way) and the new findings nobody has
 * judged yet, then lists those and the lost true findings. docs/corpus-review.md explains the table.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusReview, type CorpusReview, type ReviewCounts } from './corpus-review-lib';

const COLUMNS: ReadonlyArray<[keyof ReviewCounts, string]> = [
  ['falseGone', 'false gone'],
  ['falseReported', 'false still'],
  ['trueKept', 'true kept'],
  ['trueLost', 'true lost'],
  ['debatableKept', 'deb. kept'],
  ['debatableGone', 'deb. gone'],
  ['unlabelled', 'unlabelled'],
];

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

/** The review as the table and lists a developer reads. */
export function formatReview(review: CorpusReview): string {
  const rows: Array<[string, ReviewCounts]> = [...Object.entries(review.byRule), ['TOTAL', review.total]];
  const width = Math.max(...rows.map(([rule]) => rule.length), 'rule'.length);
  const line = (name: string, cells: string[]) => `${name.padEnd(width)}  ${cells.map((cell, i) => cell.padStart(COLUMNS[i]![1].length)).join('  ')}`;
  const out = [line('rule', COLUMNS.map(([, title]) => title))];
  for (const [rule, counts] of rows) {
    if (rule === 'TOTAL') out.push('-'.repeat(out[0]!.length));
    out.push(line(rule, COLUMNS.map(([key]) => String(counts[key]))));
  }
  const { total } = review;
  out.push(
    '',
    `false findings gone: ${percent(review.falseGoneShare)} (${total.falseGone} of ${total.falseGone + total.falseReported})`,
    `true findings kept:  ${percent(review.trueKeptShare)} (${total.trueKept} of ${total.trueKept + total.trueLost})`,
    `documents recognised as postmortems: ${review.documents - review.notRecognised.length} of ${review.documents}`,
  );
  const section = (title: string, items: string[]) => (items.length === 0 ? [] : ['', `${title} (${items.length}):`, ...items.map((item) => `  ${item}`)]);
  out.push(
    ...section('Not recognised as a postmortem', review.notRecognised),
    ...section('New findings with no label', review.unlabelled.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)),
    ...section('True findings lost', review.trueLost.map((l) => `${l.file}:${l.line} ${l.rule} ${l.message}`)),
    ...section('False findings still reported', review.falseReported.map((l) => `${l.file}:${l.line} ${l.rule} (${l.reason})`)),
    ...section('Label rows that cannot match', review.labelProblems),
  );
  return out.join('\n');
}

function main(): void {
  const reviewedDir = resolve(__dirname, '..', '..', 'shared', 'corpus', 'reviewed');
  if (!existsSync(reviewedDir)) {
    console.error(`corpus-review: ${reviewedDir} is not here; nothing to review.`);
    process.exitCode = 2;
    return;
  }
  const review = corpusReview(reviewedDir);
  console.log(process.argv.includes('--json') ? JSON.stringify(review, null, 2) : formatReview(review));
}

if (require.main === module) main();
