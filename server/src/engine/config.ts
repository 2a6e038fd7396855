/**
 * Configuration: the shape, the defaults, validation with clear messages, and merging of layers
 * (defaults < `.postmortemrc.json` < editor settings). Invalid values are reported and ignored.
 */
import picomatch from 'picomatch';
import { DEFAULT_POSTMORTEM_PATHS } from '../parse/detect';
import { editDistance } from '../parse/sections';
import { resolveZoneName } from '../time/zone';
import { PROFILE_SETTINGS, type ProfileSetting } from '../judging/profiles';
import type { Rule, RuleOption, Severity } from '../rules/types';
import type { SharedSettings, TimestampStyleSetting } from '../judging/settings';

// Defined with the rules that read them; re-exported for the engine, features and CLI.
export type { SharedSettings, TimestampStyleSetting } from '../judging/settings';

/** A rule's setting: a severity, `off`, or an object with a severity and options. */
export type RuleSetting = Severity | 'off' | ({ severity?: Severity | 'off' } & Record<string, unknown>);

/** Settings as a user writes them, every key optional. */
export interface PostmortemSettings {
  rules?: Record<string, RuleSetting>;
  /** Globs: a Markdown file whose path matches one is a postmortem. */
  paths?: string[];
  /** The zone to assume and to offer when a postmortem states none ("UTC", "Europe/Paris", "PST"). */
  timezone?: string;
  /** Which template the report follows: decides the required sections, their order and the length. */
  profile?: ProfileSetting;
  timestamps?: { style?: TimestampStyleSetting };
  inlayHints?: { elapsed?: boolean };
  import?: { authors?: 'keep' | 'initials' | 'drop' };
}

/** Settings resolved: every rule has a severity (or is off) and its options. */
export interface ResolvedConfig {
  rules: Map<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
  paths: string[];
  settings: SharedSettings;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

// Every top-level key a settings layer may hold: ours, a `$schema` in the file, the language
// client's own `trace` (postmortem.trace.server), and the VS Code client's `library` (where New
// Postmortem writes: postmortem.library.folder), which the editor passes on with the rest.
const KNOWN_KEYS = ['rules', 'paths', 'profile', 'timezone', 'timestamps', 'inlayHints', 'import', '$schema', 'trace', 'library'];

/**
 * A problem found in settings: which layer, the key path of the bad value (`["rules", "timline-order"]`,
 * empty for the layer as a whole) so a file can be marked where it is wrong, and what is wrong in
 * words for a person.
 */
export interface ConfigProblem {
  source: string;
  path: Array<string | number>;
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
    rules: new Map(rules.map((rule) => [rule.id, { severity: rule.severity, options: defaultOptions(rule) }])),
    paths: [...DEFAULT_POSTMORTEM_PATHS],
    settings: { timezone: undefined, profile: 'auto', timestampStyle: 'auto', elapsedHints: true, importAuthors: 'keep' },
  };
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const { source, settings } of layers) {
    if (settings === undefined || settings === null) continue;
    const problem = (path: Array<string | number>, message: string) => problems.push({ source, path, message });
    if (!isObject(settings)) {
      problem([], `settings must be an object, not ${describe(settings)}`);
      continue;
    }
    if (settings['paths'] !== undefined) {
      const paths = settings['paths'];
      const invalid = Array.isArray(paths) ? paths.findIndex((path) => !isGlob(path)) : -1;
      if (Array.isArray(paths) && invalid === -1) resolved.paths = [...(paths as string[])];
      else if (Array.isArray(paths)) problem(['paths', invalid], `"paths": ${describe(paths[invalid])} is not a glob pattern`);
      else problem(['paths'], `"paths" must be a list of glob strings, not ${describe(paths)}`);
    }
    for (const key of Object.keys(settings)) {
      if (!KNOWN_KEYS.includes(key)) problem([key], `unknown setting "${key}"${suggest(key, KNOWN_KEYS)}`);
    }
    readSharedSettings(settings, resolved.settings, problem);
    const ruleSettings = settings['rules'];
    if (ruleSettings === undefined || ruleSettings === null) continue;
    if (!isObject(ruleSettings)) {
      problem(['rules'], `"rules" must be an object of rule ids, not ${describe(ruleSettings)}`);
      continue;
    }
    for (const [id, value] of Object.entries(ruleSettings)) {
      const current = resolved.rules.get(id);
      const rule = byId.get(id);
      if (!current || !rule) {
        problem(['rules', id], `unknown rule "${id}"${suggest(id, [...resolved.rules.keys()])}`);
        continue;
      }
      if (value === null || value === undefined) continue;
      if (typeof value === 'string') {
        if (SEVERITIES.has(value)) current.severity = value as Severity | 'off';
        else problem(['rules', id], `rule "${id}": "${value}" is not a severity (use off, hint, info, warning or error)`);
        continue;
      }
      if (!isObject(value)) {
        problem(['rules', id], `rule "${id}": expected a severity or an object, not ${describe(value)}`);
        continue;
      }
      const { severity, ...options } = value;
      if (severity !== undefined) {
        if (typeof severity === 'string' && SEVERITIES.has(severity)) current.severity = severity as Severity | 'off';
        else problem(['rules', id, 'severity'], `rule "${id}": severity ${describe(severity)} is not one of off, hint, info, warning, error`);
      }
      const declared = rule.options ?? {};
      for (const [name, optionValue] of Object.entries(options)) {
        const option = declared[name];
        if (!option) {
          const names = Object.keys(declared);
          problem(['rules', id, name], `rule "${id}" has no option "${name}"${names.length > 0 ? ` (it has ${names.map((known) => `"${known}"`).join(', ')})` : ''}`);
          continue;
        }
        const wrong = optionProblem(option, optionValue);
        if (wrong) problem(['rules', id, name], `rule "${id}": "${name}" ${wrong}`);
        else current.options = { ...current.options, [name]: optionValue };
      }
    }
  }
  return { config: resolved, problems };
}

/** A rule's declared options at their defaults. */
export function defaultOptions(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, option]) => [name, option.default]));
}

// Why a value does not fit an option, or undefined when it does.
function optionProblem(option: RuleOption, value: unknown): string | undefined {
  switch (option.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, not ${describe(value)}`;
      if (option.minimum !== undefined && value < option.minimum) return `must be at least ${option.minimum}, not ${value}`;
      if (option.maximum !== undefined && value > option.maximum) return `must be at most ${option.maximum}, not ${value}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, not ${describe(value)}`;
    case 'string':
      if (typeof value !== 'string') return `must be a string, not ${describe(value)}`;
      return option.enum && !option.enum.includes(value) ? `must be one of ${option.enum.join(', ')}, not "${value}"` : undefined;
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : `must be a list of strings, not ${describe(value)}`;
  }
}

const STYLES = new Set(['auto', '24h', '12h', 'iso']);

// timezone, timestamps.style, inlayHints.elapsed and import.authors: each checked, a bad value named and ignored.
function readSharedSettings(settings: Record<string, unknown>, into: SharedSettings, problem: (path: Array<string | number>, message: string) => void): void {
  const timezone = settings['timezone'];
  if (timezone !== undefined && timezone !== null && timezone !== '') {
    const zone = typeof timezone === 'string' ? resolveZoneName(timezone) : undefined;
    if (zone) into.timezone = zone;
    else problem(['timezone'], `"timezone": ${describe(timezone)} is not a timezone (use an IANA name like "Europe/Paris", "UTC", "UTC+3" or an abbreviation like "PST")`);
  }
  const profile = settings['profile'];
  if (profile !== undefined && profile !== null) {
    if (typeof profile === 'string' && (PROFILE_SETTINGS as readonly string[]).includes(profile)) into.profile = profile as ProfileSetting;
    else problem(['profile'], `"profile": ${describe(profile)} is not one of ${PROFILE_SETTINGS.join(', ')}`);
  }
  const timestamps = settings['timestamps'];
  const style = isObject(timestamps) ? timestamps['style'] : undefined;
  if (style !== undefined && style !== null) {
    if (typeof style === 'string' && STYLES.has(style)) into.timestampStyle = style as TimestampStyleSetting;
    else problem(['timestamps', 'style'], `"timestamps.style": ${describe(style)} is not one of auto, 24h, 12h, iso`);
  }
  const inlayHints = settings['inlayHints'];
  const elapsed = isObject(inlayHints) ? inlayHints['elapsed'] : undefined;
  if (elapsed !== undefined && elapsed !== null) {
    if (typeof elapsed === 'boolean') into.elapsedHints = elapsed;
    else problem(['inlayHints', 'elapsed'], `"inlayHints.elapsed": ${describe(elapsed)} is not true or false`);
  }
  const imports = settings['import'];
  const authors = isObject(imports) ? imports['authors'] : undefined;
  if (authors !== undefined && authors !== null) {
    if (authors === 'keep' || authors === 'initials' || authors === 'drop') into.importAuthors = authors;
    else problem(['import', 'authors'], `"import.authors": ${describe(authors)} is not one of keep, initials, drop`);
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
  const close = known.find((candidate) => candidate.includes(id) || id.includes(candidate) || editDistance(candidate, id, 2) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}
