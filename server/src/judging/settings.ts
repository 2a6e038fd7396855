/** The settings rules read besides their own options; configuration (engine/config) fills them in. */
import type { ProfileSetting } from './profiles';

/** How timeline times should be written: the document's majority, or one style for all. */
export type TimestampStyleSetting = 'auto' | '24h' | '12h' | 'iso';

/** The settings that rules and features read besides rule severities. */
export interface SharedSettings {
  /** An IANA name, `UTC` or `UTC±HH:MM`; undefined when not set. */
  timezone: string | undefined;
  profile: ProfileSetting;
  timestampStyle: TimestampStyleSetting;
  elapsedHints: boolean;
  /** How imported timeline entries name their authors: as written, as initials, or not at all. */
  importAuthors: 'keep' | 'initials' | 'drop';
}
