import assert from 'node:assert/strict';
import { classifySection, editDistance, sectionCovers } from '../../server/src/parse/sections';
import { detectPostmortem, DEFAULT_POSTMORTEM_PATHS } from '../../server/src/parse/detect';

describe('classifySection', () => {
  const headings: Array<[string, string | undefined]> = [
    ['Issue Summary', 'summary'],
    ['**Issue Summary**', 'summary'],
    ['1. Summary:', 'summary'],
    ['🔥 Executive Summary', 'summary'],
    ['TL;DR', 'summary'],
    ['Timeline (all times Pacific Time)', 'timeline'],
    ['Timeline (in UTC', 'timeline'],
    ['II. Timline', 'timeline'],
    ['Root Cause and Resolution', 'root-cause-and-resolution'],
    ['Root cause & resolution', 'root-cause-and-resolution'],
    ['Root Causes', 'root-cause'],
    ['Root Cause Analysis', 'root-cause'],
    ['Resolution and recovery', 'resolution'],
    ['Corrective and Prevantative Measures:', 'corrective-measures'],
    ['RECOMMENDATIONS', 'corrective-measures'],
    ['Corrective and preventive measures', 'corrective-measures'],
    ['Action Items', 'corrective-measures'],
    ['Lessons Learned', 'lessons-learned'],
    ['Impact', 'impact'],
    ['Installation', undefined],
    ['The following events took place September 30, 2020:', undefined],
  ];
  for (const [title, kind] of headings) {
    it(`"${title}" is ${String(kind)}`, () => assert.equal(classifySection(title, 'heading'), kind));
  }

  it('a combined heading covers each of its parts', () => {
    const covers = (title: string) => sectionCovers(title, 'heading').sort();
    assert.deepEqual(covers('Root Cause Analysis and Resolution'), ['resolution', 'root-cause']);
    assert.deepEqual(covers('Resolution and Root Cause'), ['resolution', 'root-cause']);
    assert.deepEqual(covers('Root cause, resolution'), ['resolution', 'root-cause', 'root-cause-and-resolution']);
    assert.deepEqual(covers('Root Cause and Resolution'), ['resolution', 'root-cause', 'root-cause-and-resolution']);
    assert.deepEqual(covers('Lessons Learned and Action Items'), ['corrective-measures', 'lessons-learned']);
    assert.deepEqual(covers('Preventative and Corrective Measures'), ['corrective-measures']);
    assert.deepEqual(covers('Installation and usage'), []);
    assert.deepEqual(sectionCovers('Root cause and resolution must contain', 'pseudo'), []);
    assert.deepEqual(sectionCovers('Lessons learned and action items', 'pseudo').sort(), ['corrective-measures', 'lessons-learned']);
  });

  it('a heading of a million characters costs no more than a short one', () => {
    assert.equal(classifySection('1 '.repeat(500_000), 'heading'), undefined);
  });

  it('a pseudo-heading must be the phrase alone', () => {
    assert.equal(classifySection('Timeline', 'pseudo'), 'timeline');
    assert.equal(classifySection('Timeline of the fix was short', 'pseudo'), undefined);
    assert.equal(classifySection('Timeline of the fix was short', 'heading'), undefined);
  });

  it('counts an adjacent swap as one edit', () => {
    assert.equal(editDistance('tiemline', 'timeline', 2), 1);
    assert.equal(editDistance('summary', 'summary', 1), 0);
  });
});

describe('detectPostmortem', () => {
  it('accepts front matter that says so; front matter of another type hides nothing', () => {
    assert.equal(detectPostmortem('---\ntype: postmortem\n---\nHello', undefined, []), 'front-matter');
    assert.equal(detectPostmortem('---\ntype: blog\n---\n## Timeline\n## Root cause\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('---\ntype: incident\n---\nHello', 'postmortems/2024-db.md', DEFAULT_POSTMORTEM_PATHS), 'path');
  });

  it('needs an incident section (timeline or root cause): generic headings are not enough', () => {
    for (const text of ['## Overview\n## Next steps\n', '## Summary\n## Recovery\n', '**Overview**\n\n**Action items**\n', '## Detection\n## Mitigation\n', '## Summary\n## Earnings\n']) {
      assert.equal(detectPostmortem(text, 'docs/rfc.md', DEFAULT_POSTMORTEM_PATHS), undefined, text);
    }
    assert.equal(detectPostmortem('## Summary\n## Root Cause Analysis\n', undefined, []), 'headings');
  });

  it('accepts a path with postmortem, post-mortem or incident in it', () => {
    for (const path of ['/repo/postmortems/2024-01.md', '/repo/docs/Post-Mortem-db.md', 'C:\\repo\\incidents\\x.md']) {
      assert.equal(detectPostmortem('Just text', path, DEFAULT_POSTMORTEM_PATHS), 'path', path);
    }
    assert.equal(detectPostmortem('Just text', '/repo/README.md', DEFAULT_POSTMORTEM_PATHS), undefined);
  });

  it('accepts two recognised sections, as headings or pseudo-headings, and not one', () => {
    assert.equal(detectPostmortem('# X\n## Timeline\n## Root cause\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('Issue Summary:\ntext\n\n**Timeline**\n- 1:00 x\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# Project\n## Summary\n## Install\n', undefined, []), undefined);
  });

  it('ignores headings inside code fences', () => {
    assert.equal(detectPostmortem('# Doc\n```md\n## Timeline\n## Root cause\n```\n', undefined, []), undefined);
  });
});
