/**
 * Indexing the workspace's postmortems off the server's main thread: a worker thread (the server
 * bundle started again, with `workerData.role` "library") finds the Markdown files under the
 * workspace folders, and reads into library rows the ones that are new, changed on disk, or named
 * as changed; the server keeps the rows and asks again only for what changed.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { glob } from 'tinyglobby';
import { configsByFolder, readLibrary } from './read';
import type { IncidentRecord } from './record';

/** What the server asks: the folders, the files it knows (with their modification times), the files to read again whatever their time. */
export interface LibraryJob {
  folders: string[];
  known: Record<string, number>;
  stale: string[];
  /** The editor's settings (postmortem.*), under each file's rc file. */
  settings: unknown;
}

/** Every Markdown file found now, and the rows of those read again (null: not a postmortem, or it could not be read). */
export interface LibraryAnswer {
  files: Record<string, number>;
  read: Record<string, IncidentRecord | null>;
  failed: Array<{ file: string; message: string }>;
}

const ROLE = 'library';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** True when this code runs as the library worker. */
export function isLibraryWorker(): boolean {
  return !isMainThread && parentPort !== null && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** In the worker: answers each job. */
export function serveLibraryJobs(): void {
  parentPort!.on('message', (job: LibraryJob) => {
    void indexFolders(job).then(
      (answer) => parentPort!.postMessage(answer),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** The job's work, on whatever thread calls it (the worker; the benchmark and tests directly). */
export async function indexFolders(job: LibraryJob): Promise<LibraryAnswer> {
  const files: Record<string, number> = {};
  const toRead: string[] = [];
  const stale = new Set(job.stale);
  for (const folder of job.folders) {
    for (const file of await glob('**/*.{md,markdown}', { cwd: folder, ignore: IGNORE, absolute: true })) {
      let mtime: number;
      try {
        mtime = statSync(file).mtimeMs;
      } catch {
        continue; // gone since it was found
      }
      files[file] = mtime;
      if (job.known[file] !== mtime || stale.has(file)) toRead.push(file);
    }
  }
  const folderOf = (file: string) => job.folders.filter((folder) => !relative(folder, file).startsWith('..')).sort((a, b) => b.length - a.length)[0];
  const name = (file: string) => {
    const folder = folderOf(file);
    return folder === undefined ? file : relative(folder, file).replace(/\\/g, '/');
  };
  const configFor = configsByFolder([{ source: 'settings (postmortem.*)', settings: job.settings }]);
  const read: Record<string, IncidentRecord | null> = {};
  for (const file of toRead) read[file] = null;
  // Each file is detected by its path below its workspace folder (as the linter does), so a
  // workspace that lives in a folder named "postmortems" does not make every Markdown file one.
  const byFolder = new Map<string | undefined, string[]>();
  for (const file of toRead) {
    const folder = folderOf(file);
    const group = byFolder.get(folder) ?? [];
    group.push(file);
    byFolder.set(folder, group);
  }
  const failed: LibraryAnswer['failed'] = [];
  for (const [folder, group] of byFolder) {
    const result = readLibrary(group, configFor, (file) => file, folder);
    for (const incident of result.incidents) read[incident.file] = { ...incident, file: name(incident.file) };
    failed.push(...result.failed);
  }
  return { files, read, failed };
}

/** The server's side: one worker, started on the first job and kept for the next. */
export class LibraryWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** `script` is the server bundle, which serves library jobs when started with the library role. */
  constructor(private readonly script: string | undefined) {}

  /** Runs `job` in the worker (one job at a time), or on this thread when there is no bundle to start (tests from source). */
  run(job: LibraryJob): Promise<LibraryAnswer> {
    const next = this.queue.then(() => (this.script ? this.inWorker(job) : indexFolders(job)));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private inWorker(job: LibraryJob): Promise<LibraryAnswer> {
    const worker = (this.worker ??= new Worker(this.script!, { workerData: { role: ROLE } }));
    return new Promise((resolve, reject) => {
      // Only our own listeners come off: removeAllListeners would also take Node's, which keep the worker's port referenced.
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onStop);
        worker.off('exit', onExit);
      };
      const onStop = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      const onExit = (code: number) => onStop(new Error(`the library worker stopped (exit code ${code}) before it answered`));
      const onMessage = (answer: LibraryAnswer | { error: string }) => {
        done();
        if ('error' in answer) reject(new Error(answer.error));
        else resolve(answer);
      };
      worker.on('message', onMessage);
      worker.on('error', onStop);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
