/** Postmortems the LSP tests open, written for them. */

/**
 * A postmortem a reviewer would pass but for one problem: "1: 55 PM" (line 9, characters 2-10) is
 * malformed. Every core section is there, the summary gives the window, the impact and the cause,
 * and the timeline says how it was detected, who was brought in and when it was over.
 */
export const ORDERS_OUTAGE_LINES: readonly string[] = [
  '# Orders API outage',
  '',
  '## Issue Summary',
  '',
  'From 1:00 PM to 3:10 PM PT on March 3, the orders API failed for 40% of requests. The root cause was a full disk on the primary database, which stopped all writes.',
  '',
  '## Timeline (all times PT)',
  '',
  '- 1:00 PM - The primary database disk fills up and writes start failing.',
  '- 1: 55 PM - The on-call engineer is paged by the error-rate alert and brings in the database team.',
  '- 2:20 PM - Old WAL segments are removed and writes resume.',
  '- 3:10 PM - The error rate is back to normal; the incident is closed.',
  '',
  '## Root Cause',
  '',
  'WAL archiving had failed silently for a week, so segments piled up on the data disk.',
  '',
  '## Resolution',
  '',
  'We removed archived WAL segments and restarted the archiver.',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- Alert when WAL archiving fails.',
  '- Alert at 80% disk usage on database hosts.',
  '',
];

/** ORDERS_OUTAGE_LINES as one text with LF line breaks. */
export const ORDERS_OUTAGE = ORDERS_OUTAGE_LINES.join('\n');
