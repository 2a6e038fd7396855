/** The rules that read the report's words: sentence counting, and the suggestions they offer (never applied by fix-all). */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { applyFixes } from '../../server/src/engine/fixes';
import { fixAll, lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import { templateLeftover } from '../../server/src/rules/template-leftover';
import { countSentences } from '../../server/src/rules/timeline-entry-length';
import type { Finding } from '../../server/src/rules/types';

const { config } = resolveConfig(rules, []);

function findings(text: string, rule: string): Finding[] {
  return lint({ text: `---\ntype: postmortem\n---\n${text}`, config }).findings.filter((finding) => finding.rule === rule);
}

/** The text after applying the finding's suggestion. */
function suggested(text: string, finding: Finding): string {
  const fix = finding.fix?.();
  assert.ok(fix?.suggestion, 'a suggestion');
  return applyFixes(`---\ntype: postmortem\n---\n${text}`, [fix]).text.replace(/^---\ntype: postmortem\n---\n/, '');
}

describe('countSentences', () => {
  const cases: Array<[string, number]> = [
    ['The cache restarted.', 1],
    ['The cache restarted. Hit rate recovers to 90%.', 2],
    ['The cache restarted. Hit rate recovers to 90%. Latency is back under 300 ms. We watch the graphs.', 4],
    ['Is the cache up? It is not! We restart it now.', 3],
    // Abbreviations, initialisms, titles
    ['Latency rose approx. 40% in the U.S. East region, e.g. for checkout, i.e. every paid order.', 1],
    ['Dr. Osei joins at 3:10 p.m. UTC and takes the lead.', 1],
    ['Pages, logs, dashboards etc. were checked by the on-call.', 1],
    ['Ms. Diaz confirms the rollback on node No. 4 of the pool.', 1],
    ['John F. Kennedy airport reports slow check-ins at the desk.', 1],
    // Numbers, versions, addresses, URLs, code
    ['Upgraded from v1.2.3 to v1.2.4 on 10.0.0.17 with 1.5x the memory.', 1],
    ['Runbook at https://wiki.example.com/ops/cache.v2. Steps. Followed it to the letter.', 2],
    ['Ran `redis-cli info. memory` on the primary node by hand.', 1],
    ['Mail from ops.team@example.com arrives with the graphs attached.', 1],
    // Ellipses, a lower-case word after a full stop
    ['Sam joins... and confirms the nodes have 8 GB.', 1],
    ['Checked the pool… Nothing unusual in the pool stats.', 1],
    ['Restarted nginx. then the proxy came back on its own.', 1],
    // Fragments do not count
    ['Someone finally checks the proxy. Oh. My. God.', 1],
    ['No luck. Nothing. Still down.', 0],
    ['', 0],
  ];
  for (const [text, expected] of cases) {
    it(`${expected}: ${text || '(empty)'}`, () => assert.equal(countSentences(text), expected));
  }
});

describe('template-leftover suggestions', () => {
  it('deletes a line that holds only assignment instructions, and nothing else', () => {
    const text = '## Timeline (UTC)\n(format bullet point, format: time - keep it short, 1 or 2 sentences) must contain:\n\n- 10:00 - Deploy.\n';
    const [finding] = findings(text, 'template-leftover');
    assert.equal(suggested(text, finding!), '## Timeline (UTC)\n\n- 10:00 - Deploy.\n');
  });

  it('offers nothing when the line also says something real', () => {
    const [finding] = findings('## Root Cause\n\n* Root cause and resolution must contain:\n', 'template-leftover');
    assert.equal(finding!.fix, undefined);
  });

  it('deletes a closing line that is all chat, the last line included', () => {
    const text = '## Root Cause\n\nA bad config.\n\nI hope this helps! Let me know if you want changes.';
    const found = findings(text, 'template-leftover');
    assert.deepEqual(found.map((finding) => finding.message.slice(0, 30)), ['Text from a chat assistant is ', 'Text from a chat assistant is ']);
    assert.equal(suggested(text, found[0]!), '## Root Cause\n\nA bad config.\n');
  });

  it('tells a note to fill in later, left above what was filled in, and deletes it', () => {
    const notes = 'The platform team met on 13 March.\n\n### Root cause\n\nThe registry signing keys were rotated by hand and the new ones never reached the build nodes.\n';
    const text = `## Post-mortem\n\n_To be filled in at the time of incident retro_\n\n${notes}`;
    const [finding] = findings(text, 'template-leftover');
    assert.equal(finding?.message, '"To be filled in at the time of incident retro" is a note to fill this in later, left above what was filled in: delete the note.');
    assert.equal(suggested(text, finding!), `## Post-mortem\n\n${notes}`);
    // Nothing under it, or only a quote, is no content: the note is still the placeholder.
    for (const below of ['## Next\n', '> My son, you shall tread the path of containers and code!\n\n## Next\n']) {
      const [alone] = findings(`## Lessons learned\n\n_To be filled in at the time of incident retro_\n\n${below}`, 'template-leftover');
      assert.match(alone!.message, /is a placeholder left in the report/, below);
    }
  });

  it('fix-all never applies a suggestion', () => {
    const text = '---\ntype: postmortem\n---\nSure! Here is the postmortem you asked for:\n\n## Root Cause\n\nTODO\n';
    assert.equal(fixAll({ text, config, rules: [templateLeftover] }).text, text);
  });
});

describe('blameless-language suggestions', () => {
  const cases: Array<[string, string | undefined]> = [
    ['The outage was caused by human error.', 'The outage was caused by a manual step without a safeguard.'],
    ['Human error took the site down.', 'A manual step without a safeguard took the site down.'],
    ['It was a human error in the deploy script.', 'It was a manual step without a safeguard in the deploy script.'],
    ['Root cause: operator error.', 'Root cause: a manual step without a safeguard.'],
    ['It was a simple human error.', undefined],
    ['Two human errors combined.', undefined],
  ];
  for (const [sentence, expected] of cases) {
    it(`${sentence} → ${expected ?? 'message only'}`, () => {
      const text = `## Root Cause\n\n${sentence}\n`;
      const [finding] = findings(text, 'blameless-language');
      assert.ok(finding, 'reported');
      if (expected === undefined) assert.equal(finding.fix, undefined);
      else assert.equal(suggested(text, finding), `## Root Cause\n\n${expected}\n`);
    });
  }

  it('reports a name only when the report never writes the word in lower case', () => {
    assert.equal(findings('## Root Cause\n\nNginx broke production for an hour.\n', 'blameless-language').length, 1);
    assert.equal(findings('## Root Cause\n\nNginx broke production: nginx kept the old upstream.\n', 'blameless-language').length, 0);
  });
});

describe('timestamp-malformed messages', () => {
  it('suggests one-digit minutes padded in the author’s own writing, and no minute past 59', () => {
    const messages = findings('# Postmortem\n\n## Timeline\n\n- 07:7:47 - Build starts.\n- 9:5 PM - Build fails.\n', 'timestamp-malformed').map((finding) => finding.message);
    assert.deepEqual(messages, [
      '"07:7:47" is not a well-formed time: minutes take two digits: "07:07:47"?',
      '"9:5 PM" is not a well-formed time: minutes take two digits: "9:05" or "9:50"?',
    ]);
  });
});
