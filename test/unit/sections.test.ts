import assert from 'node:assert/strict';
import { classifySection, editDistance, sectionCovers } from '../../server/src/parse/sections';
import { detectPostmortem, DEFAULT_POSTMORTEM_PATHS } from '../../server/src/parse/detect';
import type { Detection } from '../../server/src/parse/types';
import { parsePostmortem } from '../../server/src/parse/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEAR_WORDS_PATH, nearWordsModule } from '../../scripts/near-words';

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
    ['## <span style="color:green">Root Cause:</span> :warning:', 'root-cause'],
    ['/*Timeline*/', 'timeline'],
    ['What was the root cause?', 'root-cause'],
    ['How did we fix it?', 'resolution'],
    ['ACTIONS TAKEN', 'resolution'],
    ['The fix', 'resolution'],
    ['Long-Term Solutions', 'corrective-measures'],
    ['Improvements:', 'corrective-measures'],
    ['What happens next', 'corrective-measures'],
    ['What did we learn?', 'lessons-learned'],
    ['How was it detected?', 'detection'],
    ['Who was affected?', 'impact'],
    ['Response Timeline', 'timeline'],
    ['Timeline (all times PST) 01/16/2024 - 02/28/2024. All times approximate', 'timeline'],
    ['In-depth Analysis of Root Cause and Resolution', 'root-cause-and-resolution'],
    ["What we're doing about it", 'corrective-measures'],
    ['What was impacted', 'impact'],
    ['Steps to Resolution:', 'resolution'],
    ['How was the fix deployed?', 'resolution'],
    ['Issue Description', 'summary'],
    ["Why didn't testnet fail?", undefined],
    ['The Unfortunate Incident: A Costly Mistake', undefined],
    ['How to fix a flaky test', undefined],
    ['Installation', undefined],
    ['Getting started', undefined],
    ['Why use this library?', undefined],
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
    assert.deepEqual(covers('Mitigation and Future Prevention').sort(), ['corrective-measures', 'resolution']);
    assert.deepEqual(covers('Corrective/Preventive Measures'), ['corrective-measures']);
    assert.deepEqual(sectionCovers('Root cause and resolution must contain', 'pseudo'), []);
    assert.deepEqual(sectionCovers('Lessons learned and action items', 'pseudo').sort(), ['corrective-measures', 'lessons-learned']);
    // One word before "and" shares the noun that ends the heading: "remedial measures", "preventative measures".
    assert.deepEqual(sectionCovers('Remedial and Preventative Measures:', 'pseudo'), ['corrective-measures']);
    assert.deepEqual(sectionCovers('Impact and detection', 'pseudo').sort(), ['detection', 'impact']);
  });

  it('takes a typo for the name, not a common word near it (run `npm run generate` if the list is stale)', () => {
    assert.equal(readFileSync(join(__dirname, '..', '..', NEAR_WORDS_PATH), 'utf8'), nearWordsModule());
    assert.equal(classifySection('Content:', 'heading'), undefined);
    assert.equal(classifySection('Vault', 'heading'), undefined);
    assert.equal(classifySection('Revolution', 'heading'), undefined);
    for (const typo of ['Contex', 'Summery', 'Resolutoin', 'Timline', 'Corrective measure', 'Recover']) assert.notEqual(classifySection(typo, 'heading'), undefined, typo);
    // A word that sounds like the section's: "Route Cause:" is the root cause, "Route planning" is not.
    assert.equal(classifySection('Route Cause:', 'pseudo'), 'root-cause');
    assert.equal(classifySection('Lessens Learned', 'heading'), 'lessons-learned');
    assert.equal(classifySection('Route planning', 'heading'), undefined);
  });

  it('a heading that gives its section a title after a colon covers the section it names', () => {
    assert.deepEqual(sectionCovers('Recovery: Restoring from an April 2024 Backup', 'heading'), ['resolution']);
    assert.deepEqual(sectionCovers('Impact: 65% of users', 'heading'), ['impact']);
    assert.deepEqual(sectionCovers('Note: read this first', 'heading'), []);
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
    assert.equal(detectPostmortem('---\ntype: runbook\n---\nHello', 'postmortems/2024-db.md', DEFAULT_POSTMORTEM_PATHS), 'path');
    assert.equal(detectPostmortem('---\ntype: incident\n---\nHello', undefined, []), 'front-matter');
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

  it('accepts a title that calls the document a postmortem, alone', () => {
    assert.equal(detectPostmortem('# Post-Mortem: checkout errors\n\nWe broke checkout.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('**Incident report: login outage**\n\ntext\n', undefined, []), 'title');
    assert.equal(detectPostmortem("---\ntitle: 'Mainnet post mortem for the June incident'\n---\n## What we learned\n", undefined, []), 'title');
    assert.equal(detectPostmortem('# Our incident response runbook\n\n## Install\n', undefined, []), undefined);
    // Hyphens written as entities or as other dashes: a non-breaking hyphen, an en dash.
    assert.equal(detectPostmortem('---\nlayout: post\ntitle: "Spec repo rate limiting post&#x2011;mortem"\n---\nWe were told…\n', undefined, []), 'title');
    assert.equal(detectPostmortem('# Post\u2011mortem of the March outage\n', undefined, []), 'title');
    assert.equal(detectPostmortem('# Post–Mortem: the billing job\n', undefined, []), 'title');
  });

  it('accepts a title that names an outage with one incident section', () => {
    assert.equal(detectPostmortem('# 2023-01-04 - api gateway outage\n\nintro\n\n## Timeline\n\n- 10:00 down\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# Release notes\n\n## Timeline\n\n- 10:00 shipped\n', undefined, []), undefined);
  });

  it('accepts front matter that files the document as an incident report', () => {
    for (const matter of ['layout: postmortem', 'category: incident-report', 'tags: [database, post-mortem]', 'tags:\n  - outage\n  - incident']) {
      assert.equal(detectPostmortem(`---\n${matter}\n---\nHello\n`, undefined, []), 'front-matter', matter);
    }
    assert.equal(detectPostmortem('---\ntags: [incidentally, blog]\n---\nHello\n', undefined, []), undefined);
  });

  it('reads headings written with inline HTML, emoji shortcodes or as code comments', () => {
    assert.equal(detectPostmortem('## <span style="color:red">Summary:</span>\n\nx\n\n## <span>Timeline:</span> :clock1:\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('/*Summary*/\n\nx\n\n/*Root cause*/\n\ny\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('<h3>Issue Summary</h3>\n<p>x</p>\n<h3 align="left">Timeline</h3>\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('<h1>Post-mortem</h1>\n<p>x</p>\n', undefined, []), 'title');
    assert.equal(detectPostmortem('What happened?\n\nx\n\nWhat was the root cause?\n\ny\n', undefined, []), 'headings');
  });

  it('reads a plain first line standing alone as the title, past a block of page metadata', () => {
    assert.equal(detectPostmortem('Postmortem Report: The Night the Cache Ate Memory\n\nIt was slow.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('slug: the-day-the-disk-filled-up\npublished: Tue, 4 Mar 2025\n\n# Downtime post-mortem\n\nx\n', undefined, []), 'title');
    // A sentence, or a line leading into something, is not a title.
    assert.equal(detectPostmortem('Here is the postmortem report you asked for:\n\n```markdown\n# Postmortem\n```\n', undefined, []), undefined);
    assert.equal(detectPostmortem('We wrote a postmortem template for the team.\n\nUse it.\n', undefined, []), undefined);
  });

  it('accepts front matter published at a postmortem’s address, or recording the incident’s times', () => {
    assert.equal(detectPostmortem("---\ntitle: 'Token leak: what happened'\nslug: token-leak-postmortem\n---\nx\n", undefined, []), 'front-matter');
    assert.equal(detectPostmortem('---\ntitle: Grid failure\nstart_time: 2012-07-30T02:33:00Z\nend_time: 2012-07-31T16:00:00Z\n---\nx\n', undefined, []), 'front-matter');
    assert.equal(detectPostmortem('---\ntitle: Release\nslug: release-notes-3\nstart_time: 2024-01-01\n---\nx\n', undefined, []), undefined);
  });

  it('reads a heading whose "#" lost its space, a misspelt "Posmortem" title, and a log of incidents', () => {
    assert.equal(detectPostmortem('###Posmortem\n\nAn outage happened.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('# Notes\n\n###Timeline\n\n- 10:00 x\n\n###Root cause\n\ny\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# Incidents\n\nOne section per outage.\n\n## 2026-09-08 — the VM wedged\n\n### What happened\n\nA request hung.\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# Release notes\n\n### What happened in 2.0\n\nNew things.\n', undefined, []), undefined);
    const sections = parsePostmortem('###Issue Summary\n\nx\n\n###Summation\n\ny\n', 'path').sections;
    assert.deepEqual(sections.map((section) => [section.title, section.kind ?? null, section.form]), [['Issue Summary', 'summary', 'heading'], ['Summation', null, 'heading']]);
  });

  it('reads no section in a table of contents’ link, and knows "Future Measures"', () => {
    assert.equal(detectPostmortem('# Retro\n\n- [Timeline](#timeline)\n- [Root cause](#root-cause)\n\nx\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# Retro\n\n![Incident timeline](window.png)\n\n**Root cause**\n\nx\n', undefined, []), undefined);
    assert.equal(classifySection('Future Measures', 'heading'), 'corrective-measures');
    assert.equal(classifySection('Proactive measures', 'heading'), 'corrective-measures');
    assert.equal(classifySection('Problem Definition', 'heading'), 'summary');
    assert.equal(classifySection('Problem statement:', 'pseudo'), 'summary');
  });

  it('reads a pseudo-heading that gives its section a title, not a labelled fact', () => {
    assert.deepEqual(sectionCovers('🕵️ The Timeline: A Journey Through the Chaos', 'pseudo'), ['timeline']);
    assert.deepEqual(sectionCovers('Impact: 65% of users saw errors', 'pseudo'), []);
    assert.deepEqual(sectionCovers('Root cause: a memory leak in the cache', 'pseudo'), []);
  });

  it('ignores headings inside code fences', () => {
    assert.equal(detectPostmortem('# Doc\n```md\n## Timeline\n## Root cause\n```\n', undefined, []), undefined);
  });

  it('reads a plain title over the report’s metadata, an incident’s status, and a dated title naming a failure', () => {
    assert.equal(detectPostmortem('📝 Post-Mortem Report\nIncident Date: March 3rd\nTime of Outage: 2:35 PM\n\nThe disk filled.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('Postmortem\nAt 00:07 PST the web server began returning 500 errors.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('Outage report - checkout\n**Incident Date:** March 3rd\n\nThe disk filled.\n', undefined, []), 'title');
    assert.equal(detectPostmortem('Postmortem templates\nA list of templates.\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# 0007 — api.example.org returned 530\n\n**Status:** Recovered\n\n## What happened\n\nThe tunnel flapped.\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# Queue stalls\n\nSeverity: SEV-2\n\n## Impact\n\nJobs waited an hour.\n', undefined, []), 'headings');
    assert.equal(detectPostmortem('# 2025-06-06 — Sign-up failures\n\n## Summary\n\nA user could not sign up.\n', undefined, []), 'headings');
    // Not a report: a status that is no incident's, a dated title naming no failure, a list with a label.
    assert.equal(detectPostmortem('# Project\n\nStatus: active\n\n## Summary\n\nA library.\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# 2025-05-01 — Release 2.0\n\n## Summary\n\nNew things.\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# 2025-05-01 — Fixing build errors in the parser\n\n## Summary\n\nA blog post.\n', undefined, []), undefined);
    assert.equal(detectPostmortem('Shopping list\nApples: 3\nPears: 2\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# Ticket 12\n\nStatus: Resolved\n\nThe printer works again.\n', undefined, []), undefined);
    assert.equal(detectPostmortem('# Login button misaligned\n\nPriority: High\n\n## Summary\n\nThe button overlaps the logo.\n\n## Steps to reproduce\n\n1. Open the page.\n', undefined, []), undefined);
  });

  it('reads a dated title naming a failure, an incident over two report sections, TOML front matter and linked headings', () => {
    const cases: Array<[string, Detection | undefined]> = [
      // A date anywhere in the title, or a month and year, with a failure named; a title or heading that
      // names an incident over two sections only a report has.
      ['# Mainnet outage 2021-11-22 17:40 UTC\n\nThe network stalled.\n\n## What was the fix?\n\nA patch.\n', 'headings'],
      ['# January 2020 - Media Server Outage for two weeks\n### Steps to Resolution:\n* Ports changed\n', 'headings'],
      ['---\ntitle: Security Incident Disclosure\n---\n\nA token leaked.\n\n### What was impacted\n\nNothing.\n\n### What we\'re doing about it\n\n- 2FA.\n', 'headings'],
      ['# When innovation goes wrong\n\n## The Unfortunate Incident\n\nData was lost.\n\n## Recovery: From a Backup\n\nRestored.\n\n## Moving Forward\n\nBackups daily.\n', 'headings'],
      ['# 2024-03-17 OVH1 Down\n\n## Mitigation\n\nWe freed disk space.\n', 'headings'],
      ['---\nlayout: page\ntitle: Downtime Report\n---\nA page about downtime.\n', 'title'],
      ['# 2025-05-01 Scaling down the cluster\n\n## Summary\n\nFewer nodes.\n', undefined],
      // A blog export's title field ("post_title"); an overview naming the incident over the response and the scope.
      ['---\npost_title: The Gallery Outage on March 9th\nlayout: post\n---\nThe gallery was unavailable all night.\n\n## What Happened\n\nA reboot.\n\n## What We Are Changing\n\n- Alerts.\n', 'headings'],
      ['# Incident overview\n\n## Summary\n\nThe incident was caused by a stale approval.\n\n## Immediate response\n\nWe banned the contract.\n\n## Scope\n\n40 tokens moved.\n', 'headings'],
      // An incident update as a title; an attack or a breach named as the incident, over what happened.
      ['---\ntitle: "Sep 29 Incident Update: Read-Only Repls"\n---\n\nOn Sep 29 an incomplete build was pushed.\n', 'title'],
      ['---\ntitle: "Github DDoS Attack"\n---\n\n## Background\n\nTraffic peaked at 1.35Tbps.\n\n## Next steps\n\nMore capacity.\n', 'headings'],
      // A look back at an incident; a sprint's retrospective is none.
      ['---\ntitle: "Retrospective: lessons we learned from 2 major API outages"\n---\n\nWe got a flood of requests.\n', 'title'],
      ['# Lessons learned from the March outage\n\nThe disk filled.\n', 'title'],
      ['# Sprint 14 retrospective\n\n## What went well\n\nShipped search.\n', undefined],
      // A status page's incident: a title naming it over its state.
      ['---\ntitle: Network outage in data center\npermalink: /incidents/1\nstatus: resolved\n---\n\nOn July 11th our network was down.\n', 'front-matter'],
      ['---\ntitle: Incident response plan\nstatus: draft\nseverity: internal\n---\n\nPage the on-call.\n', undefined],
      ['---\ntitle: Outage notifications\nstatus: shipped\n---\n\nWe now email you when an outage starts.\n', undefined],
      // TOML front matter (Hugo, Zola), and headings whose words follow an anchor link ("[#](…)Description").
      ['+++\ntitle = "Post-mortem and remediations for the April incident"\n+++\n\nText.\n', 'title'],
      ['+++\npath = "/blog/2019/05/08/post-mortem-for-apr-11"\n+++\n\nText.\n', 'front-matter'],
      ['# Testnet Halt 95\n\nThe testnet halted at block 95.\n\n### [#](https://docs.example.org/pm.html#action-items)Action Items <a href="#action-items"></a>\n\n- Add a check.\n\n### [#](https://docs.example.org/pm.html#recovery)Recovery Process\n\nRestarted.\n', 'headings'],
      // Not a report: a title naming an incident over one report section, a month with no failure.
      ['# Incident tooling\n\n## Impact\n\nFaster pages.\n\n## Installation\n\nnpm i.\n', undefined],
      ['# March 2024 release\n\n## Lessons learned\n\nShip smaller.\n', undefined],
      // Nor is a release or an update that names failures it fixed or counted,
      ['# v2.3.0 (March 2024): fixes crashes on startup\n\n## Summary\n\nBug fixes.\n\n## Changes\n\n- x\n', undefined],
      ['# Team update, June 2023 - incident stats\n\n## Impact\n\nFewer pages.\n', undefined],
      // nor a document about handling incidents in general, or one that tells no incident as having happened.
      ['# Incident Response Plan\n\n## Detection\n\nAlerts page on-call.\n\n## Recovery\n\nRestore from backups.\n\n## Lessons learned\n\nHold a review.\n', undefined],
      ['# Database runbook\n\n## Reporting an incident\n\nOpen a ticket.\n\n## Impact assessment\n\nCount users.\n\n## Recovery steps\n\n1. Restart.\n', undefined],
      ['# Security Policy\n\n## Reporting a security incident\n\nEmail us.\n\n## Impact\n\nWe rate severity.\n\n## Remediation\n\nWe patch.\n\n## Next steps\n\nWe publish an advisory.\n', undefined],
      ['# DDoS attack protection\n\n## Background\n\nAttacks grow every year.\n\n## Next steps\n\nEnable the firewall.\n', undefined],
      ['# Data breach drills\n\n## What happened in the last drill\n\nThe team found the leak in an hour.\n', undefined],
      ['# Incident overview\n\n## Immediate response\n\nPage the on-call.\n\n## Scope\n\nWhat counts as an incident.\n', undefined],
      ['# Database incidents\n\n## Detection\n\nAlerts page on-call.\n\n## Recovery\n\nIf the job failed, restart it.\n', undefined],
    ];
    for (const [text, expected] of cases) assert.equal(detectPostmortem(text, undefined, []), expected, text);
  });
});
