/**
 * content-missing: a report written in a layout of its own (no template's headings) tells a summary,
 * a timeline and what will change somewhere in its text. A hint: whether a blog post or an informal
 * write-up needs them is the author's call, and over eight rounds of blind review on public reports
 * most of these findings were judged right but debatable.
 */
import { heldToTemplate, missingSections } from '../judging/missing-sections';
import type { Rule } from './types';

export const contentMissing: Rule = {
  id: 'content-missing',
  description: 'A report in a layout of its own tells somewhere what a summary, a timeline and corrective measures would: when it started and ended, what happened when, and what will change.',
  severity: 'hint',
  tags: ['structure'],
  fixable: true,
  check({ doc, views, report }) {
    const profile = views.profile();
    // A template's layout, or headings that open as the standard template does, are required-sections' to judge.
    if (!heldToTemplate(doc, profile)) for (const missing of missingSections(doc, profile, () => views.prose())) report(missing);
  },
};
