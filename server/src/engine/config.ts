/**
 * Configuration: the shape, the defaults, validation with clear messages, and merging of layers
 * (defaults < `.postmortemrc.json` < editor settings). Invalid values are reported and ignored.
 */
import picomatch from 'picomatch';
import { DEFAULT_POSTMORTEM_PATHS } from '../parse/detect';
import { resolveZoneName } from '../time/zone';
import type { Rule, Severity } from '../rules/types';

/** A rule's setting: a severity, `off`, or an object with a severity and options. */
export type RuleSetting = Severity | 'off' | ({ severity?: Severity | 'off' } & Record<string, unknown>);

/** Settings as a user writes them, every key optional. */
export interface PostmortemSettings {
  rules?: Record<string, RuleSetting>;
  /** Globs: a Markdown file whose path matches one is a postmortem. */
  paths?: string[];
  /** The zone to assume and to offer when a postmortem states none ("UTC", "Europe/Paris", "PST"). */
  timezone?: string;
  timestamps?: { style?: TimestampStyleSetting };
  inlayHints?: { elapsed?: boolean };
}

/** How timeline times should be written: the document's majority, or one style for all. */
export type TimestampStyleSetting = 'auto' | '24h' | '12h' | 'iso';

/** The settings that rules and features read besides rule severities. */
export interface SharedSettings {
  /** An IANA name, `UTC` or `UTC±HH:MM`; undefined when not set. */
  timezone: string | undefined;
  timestampStyle: TimestampStyleSetting;
  elapsedHints: boolean;
}

/** Settings resolved: every rule has a severity (or is off) and its options. */
export interface ResolvedConfig {
  rules: Map<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
  paths: string[];
  settings: SharedSettings;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** A problem found in settings: where it was and what is wrong, in words for a person. */
export interface ConfigProblem {
  source: string;
  message: string;
}

/**
 * Merges settings layers, lowest first, over the rules' defaults. Problems (unknown rules, bad
 * severities, wrong types) are collected, never thrown; the bad value is ignored.
 */
export function resolveConfig(
  rules: readonly Rule[],
  layers: ReadonlyArray<{ source: string; settings: unknown }>,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const resolved: ResolvedConfig = {
    rules: new Map(rules.map((rule) => [rule.id, { severity: rule.severity, options: {} }])),
    paths: [...DEFAULT_POSTMORTEM_PATHS],
    settings: { timezone: undefined, timestampStyle: 'auto', elapsedHints: true },
  };
  for (const { source, settings } of layers) {
    if (settings === undefined || settings === null) continue;
    if (!isObject(settings)) {
      problems.push({ source, message: `settings must be an object, not ${describe(settings)}` });
      continue;
    }
    if (settings['paths'] !== undefined) {
      const paths = settings['paths'];
      const invalid = Array.isArray(paths) ? paths.find((path) => !isGlob(path)) : paths;
      if (Array.isArray(paths) && invalid === undefined) resolved.paths = [...(paths as string[])];
      else if (Array.isArray(paths)) problems.push({ source, message: `"paths": ${describe(invalid)} is not a glob pattern` });
      else problems.push({ source, message: `"paths" must be a list of glob strings, not ${describe(paths)}` });
    }
    readSharedSettings(settings, resolved.settings, (message) => problems.push({ source, message }));
    const ruleSettings = settings['rules'];
    if (ruleSettings === undefined || ruleSettings === null) continue;
    if (!isObject(ruleSettings)) {
      problems.push({ source, message: `"rules" must be an object of rule ids, not ${describe(ruleSettings)}` });
      continue;
    }
    for (const [id, value] of Object.entries(ruleSettings)) {
      const current = resolved.rules.get(id);
      if (!current) {
        problems.push({ source, message: `unknown rule "${id}"${suggest(id, [...resolved.rules.keys()])}` });
        continue;
      }
      if (value === null || value === undefined) continue;
      if (typeof value === 'string') {
        if (SEVERITIES.has(value)) current.severity = value as Severity | 'off';
        else problems.push({ source, message: `rule "${id}": "${value}" is not a severity (use off, hint, info, warning or error)` });
        continue;
      }
      if (!isObject(value)) {
        problems.push({ source, message: `rule "${id}": expected a severity or an object, not ${describe(value)}` });
        continue;
      }
      const { severity, ...options } = value;
      if (severity !== undefined) {
        if (typeof severity === 'string' && SEVERITIES.has(severity)) current.severity = severity as Severity | 'off';
        else problems.push({ source, message: `rule "${id}": severity ${describe(severity)} is not one of off, hint, info, warning, error` });
      }
      current.options = { ...current.options, ...options };
    }
  }
  return { config: resolved, problems };
}

const STYLES = new Set(['auto', '24h', '12h', 'iso']);

// timezone, timestamps.style and inlayHints.elapsed: each checked, a bad value named and ignored.
function readSharedSettings(settings: Record<string, unknown>, into: SharedSettings, problem: (message: string) => void): void {
  const timezone = settings['timezone'];
  if (timezone !== undefined && timezone !== null && timezone !== '') {
    const zone = typeof timezone === 'string' ? resolveZoneName(timezone) : undefined;
    if (zone) into.timezone = zone;
    else problem(`"timezone": ${describe(timezone)} is not a timezone (use an IANA name like "Europe/Paris", "UTC", "UTC+3" or an abbreviation like "PST")`);
  }
  const timestamps = settings['timestamps'];
  const style = isObject(timestamps) ? timestamps['style'] : undefined;
  if (style !== undefined && style !== null) {
    if (typeof style === 'string' && STYLES.has(style)) into.timestampStyle = style as TimestampStyleSetting;
    else problem(`"timestamps.style": ${describe(style)} is not one of auto, 24h, 12h, iso`);
  }
  const inlayHints = settings['inlayHints'];
  const elapsed = isObject(inlayHints) ? inlayHints['elapsed'] : undefined;
  if (elapsed !== undefined && elapsed !== null) {
    if (typeof elapsed === 'boolean') into.elapsedHints = elapsed;
    else problem(`"inlayHints.elapsed": ${describe(elapsed)} is not true or false`);
  }
}

function isGlob(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    picomatch(value);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

function suggest(id: string, known: readonly string[]): string {
  const close = known.find((candidate) => candidate.includes(id) || id.includes(candidate));
  return close ? ` (did you mean "${close}"?)` : '';
}
