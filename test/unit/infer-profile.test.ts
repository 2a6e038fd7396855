import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { parsePostmortem } from '../../server/src/parse/parse';
import { inferProfile, profileFor } from '../../server/src/judging/infer-profile';
import { rules } from '../../server/src/rules/registry';

// required-sections in a template's layout, content-missing in a layout of the author's own.
const MISSING_RULES = new Set(['required-sections', 'content-missing']);
const doc = (headings: string[]) => parsePostmortem(headings.map((heading) => `## ${heading}\n\ntext\n`).join('\n'), 'headings');
const requiredOf = (headings: string[]) => inferProfile(doc(headings)).sections.map((section) => section.heading);
const missing = (text: string, profile?: string) =>
  lint({ text, config: resolveConfig(rules, profile ? [{ source: 'test', settings: { profile } }] : []).config })
    .findings.filter((finding) => MISSING_RULES.has(finding.rule))
    .map((finding) => /"([^"]+)"/.exec(finding.message)![1]);

describe('the auto profile', () => {
  it('reads the 0x19 layout from its combined section, and the standard one otherwise', () => {
    assert.equal(inferProfile(doc(['Issue Summary', 'Timeline', 'Root Cause and Resolution'])).id, 'holberton');
    assert.equal(inferProfile(doc(['Summary', 'Timeline', 'Root Cause', 'Resolution'])).id, 'standard');
  });

  it("reads Google's, PagerDuty's and Atlassian's layouts from the sections only they have", () => {
    assert.equal(inferProfile(doc(['Summary', 'Impact', 'Trigger', 'Detection', 'Timeline'])).id, 'google-sre');
    assert.equal(inferProfile(doc(['Overview', 'What Happened', 'Responders', 'Timeline'])).id, 'pagerduty');
    assert.equal(inferProfile(doc(['Incident Summary', 'Leadup', 'Fault', 'Five Whys'])).id, 'atlassian');
  });

  it('asks a release write-up (Background, Timeline, lessons, Action Items) for its core only', () => {
    assert.deepEqual(requiredOf(['Background', 'Impact', 'Timeline', 'What went well', 'Action Items']), ['Summary', 'Timeline', 'Action Items']);
    const text = '# 2.4.1 release\n\n## Background\n\nA bad build shipped.\n\n## Impact\n\nAll users on Windows.\n\n## Timeline\n\n- 10:00 - published\n\n## Lessons Learned\n\nx\n';
    assert.deepEqual(missing(text), ['Action Items']);
    const message = lint({ text, config: resolveConfig(rules, []).config }).findings.find((finding) => finding.rule === 'content-missing')?.message;
    assert.match(message ?? '', /no section, and no sentence anywhere in the report, says what will change/);
  });

  it('tells a report that dates its events but gives no times what it gives and lacks', () => {
    const text = '# Postmortem: relayer paused\n\nThe relayer stopped.\n\n## What went wrong\n\nOn May 8, 2024 a change broke it. On May 10 we found the cause.\n\n## What we will change\n\n- Alert on rejected withdrawals.\n';
    const message = lint({ text, config: resolveConfig(rules, []).config }).findings.find((finding) => finding.rule === 'content-missing' && finding.message.includes('"Timeline"'))?.message;
    assert.match(message ?? '', /the report dates what happened \("May 8, 2024", "May 10"\) but gives no time of day and no timeline/);
  });

  it('takes a "What happened?" section for the summary', () => {
    assert.deepEqual(missing('# Outage\n\n## What happened?\n\nx\n\n## Timeline\n\n- 1:00 x\n\n## Root cause\n\ny\n\n## Resolution\n\nz\n\n## Corrective measures\n\n- a\n'), []);
  });

  it('asks for nothing an explicit profile would not, and an explicit profile still wins', () => {
    const inferred = inferProfile(doc(['Issue Summary', 'Timeline', 'Root Cause and Resolution']));
    assert.equal(inferred.words, undefined);
    assert.equal(profileFor(doc(['Summary', 'Impact', 'Trigger', 'Detection']), 'holberton').id, 'holberton');
    const google = '# X\n\n## Summary\n\nx\n\n## Impact\n\ny\n\n## Trigger\n\nz\n\n## Detection\n\nw\n\n## Timeline\n\n- 1:00 x\n';
    assert.ok(missing(google, 'standard').includes('Resolution'));
    assert.ok(!missing(google).includes('Resolution'));
  });

  it("in the assignment's layout, takes a section under the author's own heading that gives the content, not a line of the summary", () => {
    const base = '# Outage\n\n## Issue Summary\n\nFrom 10:00 to 11:00 UTC all logins failed.\n\n- **Root cause:** an expired key.\n\n## Timeline (UTC)\n\n- 10:00 - x\n\n## Corrective and Preventative Measures\n\n- [ ] Rotate keys.\n';
    assert.deepEqual(missing(base), ['Root Cause', 'Resolution']);
    const own = base.replace('## Corrective', '## The road back\n\nThe key had expired because nobody rotated it. We issued a new key and logins were restored.\n\n## Corrective');
    assert.deepEqual(missing(own), []);
  });
});
