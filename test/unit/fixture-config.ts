/** The settings a fixture file lints with, shared by the rule harness and the good-report guard. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolveConfig, type ResolvedConfig } from '../../server/src/engine/config';
import { rules } from '../../server/src/rules/registry';

/** The settings in `<name>.config.json` beside the fixture (`{"profile": "google-sre"}`), else the defaults; a problem in them fails the test. */
export function fixtureConfig(path: string): ResolvedConfig {
  const settingsPath = path.replace(/\.md$/, '.config.json');
  const layers = existsSync(settingsPath) ? [{ source: settingsPath, settings: JSON.parse(readFileSync(settingsPath, 'utf8')) }] : [];
  const { config, problems } = resolveConfig(rules, layers);
  assert.deepEqual(problems, [], `${settingsPath} has problems`);
  return config;
}
