/** required-sections: every section the profile's template asks for is present. */
import { heldToTemplate, missingSections } from '../judging/missing-sections';
import type { PostmortemDoc } from '../parse/types';
import type { Profile } from '../judging/profiles';
import type { Rule, RuleContext } from './types';

export const requiredSections: Rule = {
  id: 'required-sections',
  description:
    "Every section the profile's template asks for is present (standard: a summary, a timeline, the root cause, the resolution and corrective measures).",
  severity: 'warning',
  tags: ['structure'],
  fixable: true,
  check({ doc, views, report }) {
    const profile = views.profile();
    // A report in a layout of its own is read for its content instead: content-missing, a hint.
    if (heldToTemplate(doc, profile)) for (const missing of missingSections(doc, profile, () => views.prose())) report(missing);
    lessonsParts(doc, profile, report);
  },
};

// Google's template splits the lessons into what went well, what went wrong and where the team got lucky.
function lessonsParts(doc: PostmortemDoc, profile: Profile, report: RuleContext['report']): void {
  const lessons = profile.lessons.length > 0 ? doc.sections.find((section) => section.kind === 'lessons-learned') : undefined;
  if (!lessons) return;
  const text = doc.text.slice(lessons.span.start, lessons.span.end);
  const absent = profile.lessons.filter((part) => !part.pattern.test(text));
  if (absent.length === 0) return;
  report({
    message: `"${lessons.title}" has no ${absent.map((part) => `"${part.name}"`).join(', ')} part: the ${profile.name} template asks for what went well, what went wrong and where the team got lucky.`,
    span: lessons.heading,
  });
}
