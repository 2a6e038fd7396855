/**
 * The Mermaid export, read back by the mermaid package itself: the chart parses as a gantt diagram
 * and its tasks land at the entries' times. Mermaid needs a DOM (DOMPurify), so it runs in jsdom.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { mermaidBlock, mermaidGantt } from '../../client/src/mermaid';
import { timelineModel } from '../../server/src/engine/timeline-model';
import { parsePostmortem } from '../../server/src/parse/parse';
import type { TimelineModel } from '../../server/src/protocol';
import { CORPUS_DIR, corpusFiles } from '../corpus';

interface GanttTask {
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  milestone?: boolean;
  crit?: boolean;
}
interface Mermaid {
  parse(text: string): Promise<{ diagramType: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): GanttTask[] } }> };
}

function modelOf(text: string): TimelineModel {
  return timelineModel(parsePostmortem(text, 'headings'), { timezone: undefined }, 'file:///report.md', 1);
}

const local = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

describe('the Mermaid timeline export', function () {
  let mermaid: Mermaid;
  let dom: JSDOM;

  before(async function () {
    dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
  });

  after(function () {
    delete (globalThis as Record<string, unknown>).window;
    delete (globalThis as Record<string, unknown>).document;
    dom.window.close();
  });

  async function tasksOf(chart: string): Promise<GanttTask[]> {
    assert.equal((await mermaid.parse(chart)).diagramType, 'gantt');
    return (await mermaid.mermaidAPI.getDiagramFromText(chart)).db.getTasks();
  }

  it('charts the two-day timeline: the outage as a bar, every entry a milestone at its time, a section per day', async () => {
    const model = modelOf(readFileSync(join(__dirname, '..', 'fixtures', 'preview', 'multi-day.md'), 'utf8'));
    const tasks = await tasksOf(mermaidGantt(model)!);
    assert.deepEqual(
      tasks.map((task) => [task.section, task.task.trim(), local(task.startTime), task.milestone === true]),
      [
        ['Outage', 'Outage', '2024-03-08 22:40', false],
        ['2024-03-08', '22∶30 Schema migration 0412 is deployed with the evening release.', '2024-03-08 22:30', true],
        ['2024-03-08', '22∶40 Exports start failing∶ the job waits on a lock on the exports table.', '2024-03-08 22:40', true],
        ['2024-03-08', '23∶10 The export-latency alert fires and pages the data on-call.', '2024-03-08 23:10', true],
        ['2024-03-08', '23∶35 The on-call restarts the export workers, they block again.', '2024-03-08 23:35', true],
        ['2024-03-09', '00∶20 Escalated to the database team.', '2024-03-09 00:20', true],
        ['2024-03-09', '01∶05 The migration is rolled back and the lock is released.', '2024-03-09 01:05', true],
        ['2024-03-09', '18∶45 A re-run of the failed exports is started.', '2024-03-09 18:45', true],
        ['2024-03-09', '19∶05 All exports are complete, service restored.', '2024-03-09 19:05', true],
      ],
    );
    assert.equal(local(tasks[0]!.endTime), '2024-03-09 19:05');
    assert.equal(tasks[0]!.crit, true, 'the outage bar is marked critical');
    assert.match(mermaidGantt(model)!, /axisFormat %b %d %H:%M/);
  });

  it('wraps the chart in a ```mermaid fence, and draws a timeline without dates on one placeholder day', async () => {
    const model = modelOf('# Login outage\n\n## Timeline (all times PT)\n\n- 9:05 AM - Outage begins: logins fail.\n- 9:10 AM - Alert fires.\n- 9:40 AM - Service restored.\n\n## Root Cause\n\nA bad config.\n');
    const block = mermaidBlock(model)!;
    assert.match(block, /^```mermaid\ngantt\n {4}title Login outage timeline \(PT\)\n[\s\S]*\n```\n$/);
    const tasks = await tasksOf(mermaidGantt(model)!);
    assert.deepEqual(
      tasks.map((task) => local(task.startTime)),
      ['2000-01-01 09:05', '2000-01-01 09:05', '2000-01-01 09:10', '2000-01-01 09:40'],
    );
    assert.match(mermaidGantt(model)!, /axisFormat %H:%M\n/);
  });

  it('keeps a hostile entry from breaking the chart: colons, semicolons, hashes and line noise', async () => {
    const model = modelOf('# Outage\n\n## Timeline (UTC)\n\n- 10:00 - Outage begins: a; b # c %% d : e :milestone, x, 2000-01-01, 0m\n- 10:30 - Service restored.\n\n## Root Cause\n\nA bug.\n');
    const tasks = await tasksOf(mermaidGantt(model)!);
    assert.equal(tasks.length, 3);
    assert.deepEqual(
      tasks.map((task) => local(task.startTime)),
      ['2000-01-01 10:00', '2000-01-01 10:00', '2000-01-01 10:30'],
    );
  });

  it('charts every seed of the shared corpus that has placed entries', async function () {
    if (!CORPUS_DIR) this.skip();
    for (const file of corpusFiles().filter((path) => path.includes('/seeds/'))) {
      const model = modelOf(readFileSync(file, 'utf8'));
      const chart = mermaidGantt(model);
      if (!chart) continue;
      const milestones = (await tasksOf(chart)).filter((task) => task.milestone);
      assert.equal(milestones.length, model.entries.length, file);
    }
  });

  it('has nothing to chart without a placed entry', () => {
    assert.equal(mermaidGantt(modelOf('# Outage\n\n## Timeline\n\nNothing yet.\n\n## Root Cause\n\nA bug.\n')), undefined);
  });
});
