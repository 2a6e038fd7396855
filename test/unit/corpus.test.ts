/**
 * The engine on every real postmortem in ../shared/corpus: nothing throws, every finding's span lies
 * inside the text, and fixing is idempotent. The corpus is other people's writing, read in place.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { fixAll, lint } from '../../server/src/engine/lint';
import { parsePostmortem } from '../../server/src/parse/parse';
import { rules } from '../../server/src/rules/registry';
import { CORPUS_DIR, corpusFiles } from '../corpus';
import { corpusReport } from '../../scripts/corpus-report';

const { config } = resolveConfig(rules, []);

describe('the shared corpus', function () {
  before(function () {
    if (!CORPUS_DIR) {
      console.warn('    ../shared/corpus is not here: the corpus tests cannot run in this checkout.');
      this.skip();
    }
  });

  it('holds documents to test against', () => {
    assert.ok(corpusFiles().length >= 3, `expected corpus files in ${CORPUS_DIR}`);
  });

  for (const file of corpusFiles()) {
    it(`${basename(file)}: parses, lints with spans in range, and fixes idempotently`, () => {
      const text = readFileSync(file, 'utf8');
      const doc = parsePostmortem(text, 'headings');
      for (const entry of doc.timeline.entries) assert.ok(entry.timestamp.start >= entry.line.start && entry.timestamp.end <= entry.line.end);
      const { findings } = lint({ text, path: file, config, log: (message) => assert.fail(message) });
      for (const finding of findings) assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length);
      const once = fixAll({ text, path: file, config }).text;
      assert.equal(fixAll({ text: once, path: file, config }).text, once);
    });
  }

  it('the seeds get the findings a reviewer would give', () => {
    const seeds = corpusFiles().filter((file) => file.includes('/seeds/'));
    const summary = seeds.map((file) => {
      const text = readFileSync(file, 'utf8');
      return [basename(file), lint({ text, path: file, config }).findings.map((finding) => `${finding.rule} ${text.slice(finding.span.start, finding.span.end)}`)];
    });
    // Each reviewed by hand (test/corpus-snapshot/REVIEW.md has the verdicts and reasons).
    assert.deepEqual(Object.fromEntries(summary), {
      '000-lawsearch-bad-deployment.md': [
        'summary-timeline 03:00', // the summary says "until 03:00 PT"; the timeline has everything working at 02:30
        'timeline-coverage ### Timeline (all times Pacific Time)', // no escalation entry
        'template-leftover (format bullet point, format: time - keep it short, 1 or 2 sentences) must contain:',
        'action-items-specific ### Corrective measures', // two paragraphs of "it is suggested", no tasks
      ],
      '002-web-infrastructure-outage.md': [
        // The summary is there as prose with its window, without its heading: it is written, so
        // required-sections says nothing, and the summary rules do not judge unlabelled prose.
        // The <center> banner has no blank line after it: the "---" and the backticks of the first paragraph show as typed.
        'html-swallows-markdown ---',
        'timezone-unknown PCT',
        // "10:35 Am" is only a marker's spelling: reported with timestamp-malformed's markerSpelling.
      ],
      '004-misspelt-config-file.md': [
        'template-leftover Any software system will eventually fail', // the assignment's introduction, copied in
        'template-leftover A postmortem is a tool widely used in the tech industry',
        // How it was detected is asked only when a team turns it on (timeline-coverage's options).
        'timeline-coverage ## Timeline (all times are Indian Standard Time)', // escalation
        // "11:05 Am", "11:15 Am", "11:19 Am": a marker's spelling, one habit, reported with markerSpelling.
        'timestamp-malformed 1: 55 PM',
        'timestamp-malformed 2: 23 PM',
      ],
    });
  });

  it('reads every time-bearing timeline line, except the ones explained here', () => {
    // Each line the reader leaves alone, and why that is right.
    const explained: Record<string, string> = {
      'public/014-alx-0793rebecca.md: Normal service gradually restored, with complete recovery by 1:30 PM (UTC).':
        'a continuation line of the entry above it, not an entry of its own',
    };
    const unread = corpusReport(CORPUS_DIR!).flatMap((report) => report.unread.map((line) => `${report.file}: ${line}`));
    assert.deepEqual(unread.filter((line) => !(line in explained)), []);
  });
});
