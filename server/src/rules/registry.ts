/** Every rule, in the order they are documented. Adding a rule adds one line here. */
import { requiredSections } from './required-sections';
import { timelineOrder } from './timeline-order';
import { timestampMalformed } from './timestamp-malformed';
import { timestampStyle } from './timestamp-style';
import { timezoneInconsistent } from './timezone-inconsistent';
import { timezoneMissing } from './timezone-missing';
import { timezoneUnknown } from './timezone-unknown';
import type { Rule } from './types';

/** The registry the engine runs. */
export const rules: readonly Rule[] = [requiredSections, timestampMalformed, timestampStyle, timelineOrder, timezoneMissing, timezoneUnknown, timezoneInconsistent];
