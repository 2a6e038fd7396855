/** impact-missing: the summary, or an Impact section, says how much was affected, in numbers. */
import { impactStatementsIn } from '../parse/summary/impact';
import { headingWordsAt } from '../parse/summary/region';
import type { Rule } from './types';

export const impactMissing: Rule = {
  id: 'impact-missing',
  description: 'The summary or the Impact section quantifies the impact: a percentage, a count of users, requests or orders, or "all users".',
  severity: 'hint',
  tags: ['summary', 'impact'],
  fixable: false,
  check({ doc, views, report }) {
    // Only the 0x19 assignment's layout asks for the impact in numbers; a release, a validator or a
    // library is hurt in other units, and its authors say so in words.
    if (!views.profile().assignment) return;
    // Prose before the first section is read as a summary for its times, not judged as one: without a
    // summary section, required-sections says the summary is missing.
    const summary = doc.summary?.section ? doc.summary : undefined;
    const impactSections = doc.sections.filter((section) => section.covers.includes('impact'));
    // Without either, there is nothing to read; required-sections reports a missing summary.
    if (!summary && impactSections.length === 0) return;
    if (summary && summary.impact.length > 0) return;
    if (impactSections.some((section) => impactStatementsIn(doc.text, section.span, doc.sections, doc.opaque).length > 0)) return;
    // An opening paragraph before the first section that states it ("100% of users were down") says it.
    const first = doc.sections.find((section) => section.kind !== undefined);
    const opening = { start: doc.title?.span.end ?? 0, end: first?.heading.start ?? 0 };
    if (opening.end > opening.start && impactStatementsIn(doc.text, opening, doc.sections, doc.opaque).length > 0) return;
    const where = summary && impactSections.length > 0 ? 'Neither the summary nor the Impact section quantifies' : summary ? 'The summary does not quantify' : 'The Impact section does not quantify';
    report({
      message: `${where} the impact: say how many users, requests or orders were affected, or what share (a count or a percentage).`,
      span: summary?.anchor ?? headingWordsAt(doc.text, impactSections[0]!.heading.start),
    });
  },
};
