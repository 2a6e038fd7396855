/** Finding and reading `.postmortemrc.json`, upward from a file. Errors become messages, never throws. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The configuration file's name. */
export const CONFIG_FILE_NAME = '.postmortemrc.json';

/** A configuration file read from disk: its settings, or the reason it could not be used. */
export interface LoadedConfigFile {
  path: string;
  settings: unknown;
  error: string | undefined;
}

/** The nearest `.postmortemrc.json` at or above `directory`, or undefined. Stops at `stopAt` if given. */
export function findConfigFile(directory: string, stopAt?: string): string | undefined {
  let current = resolve(directory);
  const boundary = stopAt === undefined ? undefined : resolve(stopAt);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking upward
    }
    const parent = dirname(current);
    if (parent === current || current === boundary) return undefined;
    current = parent;
  }
}

/** Reads and parses a configuration file. A missing or broken file yields an error message. */
export function loadConfigFile(path: string): LoadedConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, settings: undefined, error: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    return { path, settings: JSON.parse(text.replace(/^\uFEFF/, '')), error: undefined };
  } catch (error) {
    return { path, settings: undefined, error: `${path} is not valid JSON: ${(error as Error).message}` };
  }
}
