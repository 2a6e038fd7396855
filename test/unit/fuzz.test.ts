/**
 * Property and fuzz tests (fast-check) on the parser, the time engine and the fixes, with random text
 * and with mutated postmortems (ours, and the shared corpus where it is here): nothing throws, every
 * span lies inside the text, fixing twice equals fixing once, and a fix changes only what it names.
 *
 * `npm test` runs a fixed seed and a modest number of cases. `.ci/run` runs more cases with a fresh
 * seed (POSTMORTEM_FUZZ_RUNS, POSTMORTEM_FUZZ_SEED); a failure prints the seed and the shrunk case.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { resolveConfig } from '../../server/src/engine/config';
import { applyFixes } from '../../server/src/engine/fixes';
import { timelineModel } from '../../server/src/engine/timeline-model';
import { fixAll, lint } from '../../server/src/engine/lint';
import { parsePostmortem } from '../../server/src/parse/parse';
import { rules } from '../../server/src/rules/registry';
import { readDateAt } from '../../server/src/time/date';
import { readEntryTime } from '../../server/src/time/entry-time';
import { readTimestampAt } from '../../server/src/time/timestamp';
import { findZones } from '../../server/src/time/zone';
import { corpusFiles } from '../corpus';

const RUNS = Number(process.env.POSTMORTEM_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.POSTMORTEM_FUZZ_SEED ?? 20261201);
const PARAMETERS: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const { config } = resolveConfig(rules, []);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** Real-looking postmortems to mutate: our fixtures, and the corpus when it is here. */
const SAMPLES = [...markdownFiles(join(__dirname, '..', 'fixtures')), ...corpusFiles()].map((path) => readFileSync(path, 'utf8'));

const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.constantFrom('\r\n', '\r', '\t', '\uFEFF', '\u0000', '\uD800', '\uDFFF', '> ', '- ', '## ', '```', '<!--', '-->', '|', '1: 55 PM', '25:10', '13:00 PM', '**', '[', '](', '\\'),
);

/** A sample with random edits: text inserted, ranges deleted or doubled, line ends and indentation changed. */
const mutatedSample = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.integer({ min: 0, max: 4 }), junk), { maxLength: 8 }),
  )
  .map(([sample, edits]) => {
    let text = sample;
    for (const [at, length, kind, insert] of edits) {
      const start = text.length === 0 ? 0 : at % text.length;
      const end = Math.min(text.length, start + length);
      if (kind === 0) text = text.slice(0, start) + insert + text.slice(start);
      else if (kind === 1) text = text.slice(0, start) + text.slice(end);
      else if (kind === 2) text = text.slice(0, end) + text.slice(start, end) + text.slice(end);
      else if (kind === 3) text = text.replace(/\n/g, '\r\n');
      else text = text.slice(0, start) + text.slice(start, end).replace(/^/gm, '\t') + text.slice(end);
    }
    return text;
  });

const anyText = fc.oneof(mutatedSample, fc.string({ unit: 'binary', maxLength: 2000 }), fc.array(junk, { maxLength: 200 }).map((parts) => parts.join('')));

function assertInside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside a text of ${text.length}`);
}

describe('fuzz: nothing a document holds breaks the engine', function () {
  this.timeout(Math.max(60_000, RUNS * 2_000));

  it(`parses and lints any text with spans inside it (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parsePostmortem(text, 'headings');
        for (const section of doc.sections) assertInside(text, section.span, 'section');
        for (const entry of doc.timeline.entries) {
          assertInside(text, entry.line, 'entry');
          assertInside(text, { start: entry.timestamp.start, end: entry.timestamp.end }, 'timestamp');
        }
        const { findings } = lint({ text, path: 'postmortem.md', config, log: (message) => assert.fail(message) });
        for (const finding of findings) assertInside(text, finding.span, `${finding.rule} finding`);
        const model = timelineModel(doc, { timezone: undefined }, 'file:///x.md', 1);
        assert.equal(model.entries.length + model.unplaced.length, doc.timeline.entries.length);
      }),
      PARAMETERS,
    );
  });

  it(`fixing twice equals fixing once, and each fix changes only its spans (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(mutatedSample, (text) => {
        const { findings } = lint({ text, path: 'postmortem.md', config });
        for (const finding of findings) {
          const fix = finding.fix?.();
          if (!fix) continue;
          for (const edit of fix.edits) assertInside(text, edit.span, `${finding.rule} edit`);
          const { text: fixed, applied } = applyFixes(text, [fix]);
          if (applied.length === 0) continue;
          // Outside the edits, the text is the same: compare what precedes the first and follows the last.
          const spans = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
          const first = spans[0]!.span.start;
          const last = spans[spans.length - 1]!.span.end;
          assert.equal(fixed.slice(0, first), text.slice(0, first), `${finding.rule} changed text before its edit`);
          assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${finding.rule} changed text after its edit`);
        }
        const once = fixAll({ text, path: 'postmortem.md', config }).text;
        assert.equal(fixAll({ text: once, path: 'postmortem.md', config }).text, once);
      }),
      { ...PARAMETERS, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });

  it(`the time readers take any line at any offset (${RUNS * 10} cases)`, () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 30 }).map((parts) => parts.join('')), fc.nat(), (line, at) => {
        const index = line.length === 0 ? 0 : at % line.length;
        const timestamp = readTimestampAt(line, index, 10);
        if (timestamp) assertInside(line, { start: timestamp.start - 10, end: timestamp.end - 10 }, 'timestamp');
        const date = readDateAt(line, index, 0);
        if (date) assertInside(line, date, 'date');
        for (const zone of findZones(line)) assertInside(line, zone, 'zone');
        const entry = readEntryTime(line, index, 0);
        if (entry) assertInside(line, entry.timestamp, 'entry time');
      }),
      { ...PARAMETERS, numRuns: RUNS * 10 },
    );
  });

  describe('hostile shapes, one case each', () => {
    const cases: Array<[string, () => string]> = [
      ['a 1 MB line', () => `# Postmortem\n\n## Timeline\n\n- 10:00 - ${'x'.repeat(1_000_000)}\n`],
      ['a 1 MB line of times', () => `## Timeline\n\n${'10:00 - a '.repeat(100_000)}\n## Root Cause\n`],
      ['50 levels of nested quotes and lists', () => `## Timeline\n\n${Array.from({ length: 50 }, (_, depth) => `${'> '.repeat(depth)}${'  '.repeat(depth)}- ${String(depth % 24).padStart(2, '0')}:00 - level ${depth}`).join('\n')}\n## Root Cause\n\nx\n`],
      ['binary junk', () => Array.from({ length: 50_000 }, (_, index) => String.fromCharCode((index * 7919) % 65536)).join('')],
      ['lone surrogates everywhere', () => `## Timeline\n\n- 10:00 - \uD800\uD800 \uDFFF\n- 1\uD800: 55 PM - x\n## Root Cause\n\n\uDC00`],
      ['CRLF, BOM and tabs', () => `\uFEFF# Postmortem\r\n\r\n## Timeline (UTC)\r\n\r\n\t- 10:00 - a\r\n\t- 1: 55 PM - b\r\n\r\n## Root Cause\r\n\r\nc\r\n`],
    ];
    for (const [name, make] of cases) {
      it(`${name}: lints, fixes idempotently, spans inside`, () => {
        const text = make();
        const { findings } = lint({ text, path: 'postmortem.md', config, log: (message) => assert.fail(message) });
        for (const finding of findings) assertInside(text, finding.span, finding.rule);
        const once = fixAll({ text, path: 'postmortem.md', config }).text;
        assert.equal(fixAll({ text: once, path: 'postmortem.md', config }).text, once);
      });
    }
  });
});
