/**
 * The corpus review (npm run corpus-review): the matching of today's findings to the reviewer's
 * labels, on small rows written here, and the totals on ../shared/corpus/reviewed, which must not
 * slide back. The reviewed documents are other people's writing, read in place.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../corpus';
import { corpusReview, findingTopic, matchLabels, parseLabels, reviewFindings, type ReviewFinding, type ReviewLabel, type Verdict } from '../../scripts/corpus-review-lib';

/** At least this share of the findings a reviewer judged wrong must no longer be reported. */
const MIN_FALSE_GONE_SHARE = 0.9;
/** At least this share of the findings a reviewer judged right must still be reported. */
const MIN_TRUE_KEPT_SHARE = 0.9;
/** How many reviewed documents may go unrecognised as postmortems (all of them are postmortems). */
const MAX_NOT_RECOGNISED = 0;

function label(file: string, line: number, rule: string, verdict: Verdict, message = ''): ReviewLabel {
  return { file, line, column: 1, rule, severity: 'warning', verdict, message, reason: 'synthetic' };
}

function finding(file: string, line: number, rule: string, message = ''): ReviewFinding {
  return { file, line, rule, message };
}

describe('corpus review: topics', () => {
  it('a required-sections finding is about the section its message quotes', () => {
    assert.equal(findingTopic('required-sections', 'Missing section "Root Cause": what caused it.'), 'root cause');
    assert.equal(findingTopic('required-sections', 'Add a \u201cResolution\u201d section ("what was done")'), 'resolution');
    assert.equal(findingTopic('required-sections', 'No  "Issue   Summary " here'), 'issue summary');
    assert.equal(findingTopic('required-sections', 'Missing a section'), '');
  });

  it('a timeline-coverage finding is about detection, escalation or resolution, by the first stem it names', () => {
    assert.equal(findingTopic('timeline-coverage', 'The timeline never says how the problem was detected.'), 'detection');
    assert.equal(findingTopic('timeline-coverage', 'No escalation entry; say that no one was paged.'), 'escalation');
    assert.equal(findingTopic('timeline-coverage', 'Whether it was Escalated, and then resolved'), 'escalation');
    assert.equal(findingTopic('timeline-coverage', 'Add the resolution entry.'), 'resolution');
    assert.equal(findingTopic('timeline-coverage', 'It never says when it was resolved.'), 'resolution');
    assert.equal(findingTopic('timeline-coverage', 'Something else entirely.'), '');
  });

  it('other rules have no topic', () => {
    assert.equal(findingTopic('summary-window', 'Say "when" it started'), '');
  });
});

describe('corpus review: matching', () => {
  it('matches on file, rule, line and topic, one finding to one label', () => {
    const labels = [
      label('a.md', 1, 'required-sections', 'true', 'Missing section "Timeline".'),
      label('a.md', 1, 'required-sections', 'false', 'Missing section "Resolution".'),
      label('a.md', 5, 'impact-missing', 'false'),
      label('a.md', 9, 'timezone-missing', 'debatable'),
      label('a.md', 9, 'timezone-missing', 'debatable'),
      label('b.md', 3, 'timeline-coverage', 'true', 'never says how it was detected'),
    ];
    const findings = [
      finding('a.md', 1, 'required-sections', 'The "Timeline" section is missing.'),
      finding('a.md', 6, 'impact-missing'),
      finding('a.md', 9, 'timezone-missing'),
      finding('b.md', 3, 'timeline-coverage', 'never says whether it was escalated'),
    ];
    const { byRule, unlabelled, trueLost } = matchLabels(labels, findings);
    assert.deepEqual(byRule['required-sections'], { falseGone: 1, falseReported: 0, trueKept: 1, trueLost: 0, debatableKept: 0, debatableGone: 0, unlabelled: 0 });
    assert.deepEqual(byRule['impact-missing'], { falseGone: 1, falseReported: 0, trueKept: 0, trueLost: 0, debatableKept: 0, debatableGone: 0, unlabelled: 1 });
    assert.deepEqual(byRule['timezone-missing'], { falseGone: 0, falseReported: 0, trueKept: 0, trueLost: 0, debatableKept: 1, debatableGone: 1, unlabelled: 0 });
    assert.deepEqual(byRule['timeline-coverage'], { falseGone: 0, falseReported: 0, trueKept: 0, trueLost: 1, debatableKept: 0, debatableGone: 0, unlabelled: 1 });
    assert.deepEqual(
      unlabelled.map((each) => `${each.file}:${each.line} ${each.rule}`),
      ['a.md:6 impact-missing', 'b.md:3 timeline-coverage'],
    );
    assert.deepEqual(trueLost.map((each) => `${each.file}:${each.line} ${each.rule}`), ['b.md:3 timeline-coverage']);
  });

  it('a finding still reported as judged false counts against us, and the shares add up', () => {
    const review = reviewFindings(
      [label('a.md', 2, 'summary-window', 'false'), label('a.md', 4, 'summary-window', 'false'), label('a.md', 7, 'timeline-order', 'true')],
      [finding('a.md', 2, 'summary-window'), finding('a.md', 7, 'timeline-order')],
    );
    assert.equal(review.total.falseReported, 1);
    assert.equal(review.total.falseGone, 1);
    assert.equal(review.falseGoneShare, 0.5);
    assert.equal(review.trueKeptShare, 1);
    assert.deepEqual(Object.keys(review.byRule), ['summary-window', 'timeline-order']);
  });

  it('with nothing labelled, both shares are whole and every finding is new', () => {
    const review = reviewFindings([], [finding('a.md', 1, 'empty-section')]);
    assert.equal(review.falseGoneShare, 1);
    assert.equal(review.trueKeptShare, 1);
    assert.equal(review.total.unlabelled, 1);
  });

  it('reads labels.tsv rows and names the ones it cannot read', () => {
    const tsv = [
      'file\tline\tcolumn\trule\tseverity\tverdict\tmessage\treason',
      'a.md\t3\t1\tempty-section\twarning\tfalse\tThe section is empty.\tIt is not.',
      'a.md\tx\t1\tempty-section\twarning\tfalse\t\t',
      'a.md\t4\t1\tempty-section\twarning\tmaybe\t\t',
      '',
    ].join('\n');
    const { labels, problems } = parseLabels(tsv);
    assert.deepEqual(labels, [{ file: 'a.md', line: 3, column: 1, rule: 'empty-section', severity: 'warning', verdict: 'false', message: 'The section is empty.', reason: 'It is not.' }]);
    assert.equal(problems.length, 2);
  });
});

describe('corpus review: the reviewed postmortems', function () {
  const reviewedDir = CORPUS_DIR && join(CORPUS_DIR, 'reviewed');
  let review: ReturnType<typeof corpusReview>;

  before(function () {
    if (!reviewedDir || !existsSync(join(reviewedDir, 'labels.tsv'))) {
      console.warn('    ../shared/corpus/reviewed is not here: the corpus review cannot run in this checkout.');
      this.skip();
    }
    review = corpusReview(reviewedDir);
  });

  const numbers = () =>
    `false gone ${review.total.falseGone}/${review.total.falseGone + review.total.falseReported}, true kept ${review.total.trueKept}/${review.total.trueKept + review.total.trueLost}; run npm run corpus-review for the list`;

  it('every label row points at a document line and can be matched', () => {
    assert.deepEqual(review.labelProblems, []);
  });

  it(`at least ${100 * MIN_FALSE_GONE_SHARE}% of the findings judged false are gone`, () => {
    assert.ok(review.falseGoneShare >= MIN_FALSE_GONE_SHARE, `${(100 * review.falseGoneShare).toFixed(1)}% gone: ${numbers()}`);
  });

  it(`at least ${100 * MIN_TRUE_KEPT_SHARE}% of the findings judged true are kept`, () => {
    assert.ok(review.trueKeptShare >= MIN_TRUE_KEPT_SHARE, `${(100 * review.trueKeptShare).toFixed(1)}% kept: ${numbers()}`);
  });

  it('every reviewed document is recognised as a postmortem', () => {
    assert.ok(review.notRecognised.length <= MAX_NOT_RECOGNISED, `not recognised: ${review.notRecognised.join(', ')}`);
  });
});
