/** The timeline model the preview draws: entries on one axis, phases with their words, metrics, unplaced entries with reasons. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { timelineModel } from '../../server/src/engine/timeline-model';
import { parsePostmortem } from '../../server/src/parse/parse';
import type { TimelineModel } from '../../server/src/protocol';
import { CORPUS_DIR, corpusFiles } from '../corpus';

const PREVIEW_FIXTURES = join(__dirname, '..', 'fixtures', 'preview');

function modelOf(text: string, timezone?: string): TimelineModel {
  return timelineModel(parsePostmortem(text, 'headings'), { timezone }, 'file:///report.md', 7);
}

function fixtureModel(name: string): TimelineModel {
  return modelOf(readFileSync(join(PREVIEW_FIXTURES, name), 'utf8'));
}

describe('the timeline model', () => {
  it('puts a two-day timeline on one axis, with days, phases and the words that showed them', () => {
    const model = fixtureModel('multi-day.md');
    assert.equal(model.uri, 'file:///report.md');
    assert.equal(model.version, 7);
    assert.deepEqual(model.zone, { name: 'UTC', source: 'timeline' });
    assert.deepEqual(
      model.entries.map((entry) => [entry.line, entry.time, entry.minutes, entry.day]),
      [
        [11, '22:30', 0, '2024-03-08'],
        [12, '22:40', 10, '2024-03-08'],
        [13, '23:10', 40, '2024-03-08'],
        [14, '23:35', 65, '2024-03-08'],
        [16, '00:20', 110, '2024-03-09'],
        [17, '01:05', 155, '2024-03-09'],
        [18, '18:45', 1215, '2024-03-09'],
        [19, '19:05', 1235, '2024-03-09'],
      ],
    );
    assert.equal(model.entries[4]!.utc, '2024-03-09T00:20:00.000Z');
    assert.deepEqual(model.entries[2]!.phases, [{ phase: 'detection', words: 'alert fires', cue: 'alert' }]);
    assert.deepEqual(
      model.entries.map((entry) => entry.phases.map((reason) => reason.phase).join('+')),
      ['trigger', 'outage-start', 'detection', 'mitigation', 'escalation', 'mitigation', '', 'resolution'],
    );
    assert.equal(model.entries[1]!.sinceOutageStart, 0);
    assert.equal(model.entries[0]!.sinceOutageStart, -10);
    assert.equal(model.headingLine, 8);
    assert.deepEqual(model.unplaced, []);
  });

  it('measures from the entries whose words say so: start, detection, mitigation, resolution', () => {
    const { metrics } = fixtureModel('multi-day.md');
    assert.deepEqual(
      [metrics.start?.time, metrics.detected?.time, metrics.mitigated?.time, metrics.resolved?.time],
      ['22:40', '23:10', '23:35', '19:05'],
    );
    assert.equal(metrics.start?.because, '"start failing"');
    assert.equal(metrics.timeToDetect, 30);
    assert.equal(metrics.timeToMitigate, 55);
    assert.equal(metrics.timeToResolve, 19 * 60 + 55, 'from detection (23:10) to restored (19:05 the next day)');
    assert.equal(metrics.duration, 20 * 60 + 25, 'from the start (22:40) to restored (19:05 the next day)');
    assert.equal(metrics.entryCount, 8);
  });

  it('says nothing it cannot read: no start without words for it, so no duration', () => {
    const model = modelOf('# Deploy\n\n## Timeline (UTC)\n\n- 10:00 - Deploy starts.\n- 10:20 - Deploy finishes.\n\n## Root Cause\n\nNone.\n');
    assert.equal(model.entries.length, 2);
    assert.equal(model.metrics.start, undefined);
    assert.equal(model.metrics.duration, undefined);
    assert.equal(model.metrics.timeToDetect, undefined);
    assert.equal(model.entries[0]!.sinceOutageStart, undefined, 'no elapsed time from a guessed start');
  });

  it('lists entries it cannot place, with why', () => {
    const model = fixtureModel('hostile.md');
    assert.deepEqual(
      model.unplaced.map((entry) => [entry.line, entry.reason]),
      [[13, '"25:10" is not a time of day: there is no hour 25']],
    );
    assert.match(model.unplaced[0]!.text, /^- 25:10 - An entry whose time is not a time/);
  });

  it('lists an entry in a zone it cannot put on the same clock, and keeps the others', () => {
    const model = modelOf('# Outage\n\n## Timeline\n\n- 10:00 UTC - Outage begins.\n- 10:30 PT - Service restored.\n\n## Root Cause\n\nA bug.\n');
    assert.deepEqual(
      model.entries.map((entry) => entry.time),
      ['10:00'],
    );
    assert.match(model.unplaced[0]!.reason, /^its zone \(PT\) cannot be put on one clock with the first entry's \(UTC\)/);
  });

  it('sorts by time and marks an entry that runs backwards', () => {
    const model = modelOf('# Outage\n\n## Timeline (UTC)\n\n- 10:00 - Outage begins.\n- 10:30 - Rollback.\n- 10:20 - Alert fires.\n- 11:00 - Service restored.\n\n## Root Cause\n\nA bug.\n');
    assert.deepEqual(
      model.entries.map((entry) => [entry.time, entry.outOfOrder]),
      [
        ['10:00', false],
        ['10:20', true],
        ['10:30', false],
        ['11:00', false],
      ],
    );
  });

  it('reads every seed of the shared corpus without losing an entry', function () {
    if (!CORPUS_DIR) this.skip();
    for (const file of corpusFiles().filter((path) => path.includes('/seeds/'))) {
      const text = readFileSync(file, 'utf8');
      const doc = parsePostmortem(text, 'headings');
      const model = timelineModel(doc, { timezone: undefined }, 'file:///seed.md', 1);
      assert.equal(model.entries.length + model.unplaced.length, doc.timeline.entries.length, basename(file));
      assert.equal(model.metrics.entryCount, doc.timeline.entries.length, basename(file));
      for (let index = 1; index < model.entries.length; index++) assert.ok(model.entries[index]!.minutes >= model.entries[index - 1]!.minutes, basename(file));
    }
  });
});
