/** Every rule, in the order they are documented. Adding a rule adds one line here. */
import { actionItemsSpecific } from './action-items-specific';
import { blamelessLanguage } from './blameless-language';
import { contentMissing } from './content-missing';
import { dateMalformed } from './date-malformed';
import { dateWeekday } from './date-weekday';
import { duplicateSection } from './duplicate-section';
import { emptySection } from './empty-section';
import { htmlSwallowsMarkdown } from './html-swallows-markdown';
import { impactMissing } from './impact-missing';
import { requiredSections } from './required-sections';
import { sectionOrder } from './section-order';
import { summaryDuration } from './summary-duration';
import { summaryRootCause } from './summary-root-cause';
import { summaryTimeline } from './summary-timeline';
import { summaryWindow } from './summary-window';
import { templateLeftover } from './template-leftover';
import { timelineCoverage } from './timeline-coverage';
import { timelineEntryLength } from './timeline-entry-length';
import { timelineGluedEntries } from './timeline-glued-entries';
import { timelineOrder } from './timeline-order';
import { timelineUntimed } from './timeline-untimed';
import { timestampMalformed } from './timestamp-malformed';
import { timestampStyle } from './timestamp-style';
import { timezoneInconsistent } from './timezone-inconsistent';
import { timezoneMissing } from './timezone-missing';
import { timezoneSeason } from './timezone-season';
import { timezoneUnknown } from './timezone-unknown';
import type { Rule } from './types';
import { wordCount } from './word-count';

/** The registry the engine runs. */
export const rules: readonly Rule[] = [requiredSections, contentMissing, emptySection, duplicateSection, htmlSwallowsMarkdown, sectionOrder, actionItemsSpecific, wordCount, timestampMalformed, timestampStyle, timelineOrder, timelineGluedEntries, timelineUntimed, dateWeekday, dateMalformed, timezoneMissing, timezoneUnknown, timezoneSeason, timezoneInconsistent, summaryWindow, summaryDuration, summaryTimeline, impactMissing, summaryRootCause, timelineCoverage, timelineEntryLength, templateLeftover, blamelessLanguage];
