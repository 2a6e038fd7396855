/**
 * The server's incident library: every postmortem in the workspace folders, read lazily (on the
 * first request) by the library worker, and afterwards only the files that changed: those the
 * client reports (a save, a new or deleted file) or whose time on disk moved. A settings or rc-file
 * change reads them all again.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestFirst, type Library } from './formats';
import type { IncidentRecord } from './record';
import { libraryTotals } from './totals';
import type { LibraryWorker } from './worker';

/** What `postmortem/library` answers: the CLI's JSON, each incident with the URI to open it by. */
export interface WorkspaceLibraryResult extends Library {
  incidents: Array<IncidentRecord & { uri: string }>;
  /** Files that could not be read, and why. */
  failed: Array<{ file: string; message: string }>;
}

export class WorkspaceLibrary {
  private files: Record<string, number> = {};
  private readonly rows = new Map<string, IncidentRecord>();
  private readonly stale = new Set<string>();
  private everything = true;

  constructor(
    private readonly worker: LibraryWorker,
    private readonly folders: () => string[],
    private readonly settings: () => Promise<unknown>,
  ) {}

  /** Files the client says were created, changed or deleted; an rc file changes how every report reads. */
  changed(paths: readonly string[]): void {
    for (const path of paths) {
      if (basename(path) === '.postmortemrc.json') this.everything = true;
      else this.stale.add(path);
    }
  }

  /** Settings or workspace folders changed: every file is read again on the next request. */
  invalidate(): void {
    this.everything = true;
  }

  /** The library now, reading only what changed since the last request. */
  async library(): Promise<WorkspaceLibraryResult> {
    const everything = this.everything;
    const stale = [...this.stale];
    this.everything = false;
    this.stale.clear();
    let answer;
    try {
      answer = await this.worker.run({ folders: this.folders(), known: everything ? {} : this.files, stale, settings: await this.settings() });
    } catch (error) {
      // Asked again next time.
      this.everything ||= everything;
      for (const path of stale) this.stale.add(path);
      throw error;
    }
    this.files = answer.files;
    for (const path of [...this.rows.keys()]) if (!(path in answer.files)) this.rows.delete(path);
    for (const [path, record] of Object.entries(answer.read)) {
      if (record) this.rows.set(path, record);
      else this.rows.delete(path);
    }
    const incidents = newestFirst([...this.rows.values()]);
    const uris = new Map([...this.rows].map(([path, record]) => [record, pathToFileURL(path).href]));
    return { incidents: incidents.map((incident) => ({ ...incident, uri: uris.get(incident)! })), totals: libraryTotals(incidents), failed: answer.failed };
  }
}
