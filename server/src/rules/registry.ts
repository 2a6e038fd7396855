/** Every rule, in the order they are documented. Adding a rule adds one line here. */
import { actionItemsSpecific } from './action-items-specific';
import { duplicateSection } from './duplicate-section';
import { emptySection } from './empty-section';
import { requiredSections } from './required-sections';
import { sectionOrder } from './section-order';
import { timelineOrder } from './timeline-order';
import { timestampMalformed } from './timestamp-malformed';
import { timestampStyle } from './timestamp-style';
import { timezoneInconsistent } from './timezone-inconsistent';
import { timezoneMissing } from './timezone-missing';
import { timezoneUnknown } from './timezone-unknown';
import type { Rule } from './types';
import { wordCount } from './word-count';

/** The registry the engine runs. */
export const rules: readonly Rule[] = [requiredSections, emptySection, duplicateSection, sectionOrder, actionItemsSpecific, wordCount, timestampMalformed, timestampStyle, timelineOrder, timezoneMissing, timezoneUnknown, timezoneInconsistent];
