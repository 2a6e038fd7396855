/** summary-root-cause: the summary says, in a sentence, what caused the outage. */
import type { Rule } from './types';

export const summaryRootCause: Rule = {
  id: 'summary-root-cause',
  description: 'The summary states the root cause in a sentence, so a reader who stops there knows why it happened.',
  // A hint: on reports nobody here wrote, about half of its findings were wrong (a cause told without
  // a cue word, "a file that has a typo"); it stays a quiet suggestion in the editor.
  severity: 'hint',
  tags: ['summary'],
  fixable: false,
  check({ doc, report }) {
    const summary = doc.summary;
    // Without a summary section, required-sections already says the summary is missing.
    if (!summary?.section || summary.rootCause) return;
    report({ message: 'The summary does not say what caused the outage: add the root cause in one sentence ("The root cause was …").', span: summary.anchor });
  },
};
