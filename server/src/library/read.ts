/**
 * Reading a set of files into the library: each postmortem's row (other Markdown is skipped, as the
 * linter skips it), each under the settings of its nearest `.postmortemrc.json`; a file that cannot
 * be read or breaks the engine is reported and the others still count.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../engine/config';
import { configLayers, findConfigFile, loadConfigFile } from '../engine/config-file';
import { rules } from '../rules/registry';
import { incidentRecord, type IncidentRecord } from './record';

/** What reading the files gave: the postmortems' rows, how many files were other Markdown, and the files that failed. */
export interface LibraryRead {
  incidents: IncidentRecord[];
  skipped: number;
  failed: Array<{ file: string; message: string }>;
}

/**
 * Each file's settings: its nearest rc file's, over `base` (the editor's settings, in the server).
 * Cached per rc file; a broken rc file gives the defaults.
 */
export function configsByFolder(base: ReadonlyArray<{ source: string; settings: unknown }> = []): (file: string) => ResolvedConfig {
  const byRc = new Map<string, ResolvedConfig>();
  return (file) => {
    const rcPath = findConfigFile(dirname(file));
    const key = rcPath ?? '';
    let config = byRc.get(key);
    if (!config) {
      const rc = rcPath === undefined ? undefined : loadConfigFile(rcPath);
      config = resolveConfig(rules, [...(rc ? configLayers(rc) : []), ...base]).config;
      byRc.set(key, config);
    }
    return config;
  };
}

/** The library of `files`; `name` gives each file's name in the rows (a path relative to the reader, say). */
export function readLibrary(files: readonly string[], configFor: (file: string) => ResolvedConfig, name: (file: string) => string = (file) => file, root?: string): LibraryRead {
  const read: LibraryRead = { incidents: [], skipped: 0, failed: [] };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      read.failed.push({ file, message: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    try {
      const record = incidentRecord(name(file), text, configFor(file), root);
      if (record) read.incidents.push(record);
      else read.skipped++;
    } catch (error) {
      read.failed.push({ file, message: `cannot read it as a postmortem: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return read;
}
