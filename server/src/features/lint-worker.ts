/**
 * Linting off the server's main thread, for large documents: remark takes seconds on a 1 MB report,
 * and the message loop must keep answering meanwhile. A worker thread (the same bundle, started
 * again) parses and runs the rules; the document model and the findings come back as plain data, and
 * each fix is rebuilt on demand on the main thread. A newer version of a document cancels the work
 * on the older one by ending its worker.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { lint, portableFindings, withFixes, type LintInput, type LintResult, type PortableFinding } from '../engine/lint';
import { timelineModel } from '../engine/timeline-model';
import type { PostmortemDoc } from '../parse/types';
import type { TimelineModel } from '../protocol';

/** The work was for a version that a newer one replaced. */
export class LintCancelled extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

/** Which document version the work is for: the timeline model names it. */
export interface DocumentVersion {
  uri: string;
  version: number;
}

/** A worker's lint: the findings, and the timeline model made there too (it reads every entry's words, which is slow for a long timeline). */
export interface OffThreadLint extends Omit<LintResult, 'views'> {
  timeline: TimelineModel | null;
}

type Job = Omit<LintInput, 'log' | 'rules'> & { document: DocumentVersion };
type Answer = { doc: PostmortemDoc | undefined; findings: PortableFinding[]; timeline: TimelineModel | null; logs: string[] } | { error: string };

/** True when this code runs as a lint worker, not as the server. */
export function isLintWorker(): boolean {
  return !isMainThread && parentPort !== null;
}

/** In a worker: answers every job the server sends. */
export function serveLintJobs(): void {
  parentPort!.on('message', (job: Job) => {
    const logs: string[] = [];
    let answer: Answer;
    try {
      const { doc, findings } = lint({ ...job, log: (message) => logs.push(message) });
      const timeline = doc ? timelineModel(doc, job.config.settings, job.document.uri, job.document.version) : null;
      answer = { doc, findings: portableFindings(findings), timeline, logs };
    } catch (error) {
      answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(answer);
  });
}

/** Lint workers: one per document being linted, one kept warm for the next. */
export class LintWorkers {
  private readonly running = new Map<string, { worker: Worker; cancel: () => void }>();
  private idle: Worker | undefined;

  /** `script` is the server bundle, which serves lint jobs when started as a worker. */
  constructor(private readonly script: string) {}

  /** Lints `input` in a worker; rejects with LintCancelled when the same document is linted again before it ends. */
  run(document: DocumentVersion, input: LintInput): Promise<OffThreadLint> {
    const key = document.uri;
    this.cancel(key);
    const worker = this.idle ?? new Worker(this.script);
    this.idle = undefined;
    return new Promise<OffThreadLint>((resolve, reject) => {
      // Only our own listeners come off: removeAllListeners would also take Node's own, which keep
      // the worker's port referenced, and a reused worker's answer would then never arrive.
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (this.running.get(key)?.worker === worker) this.running.delete(key);
      };
      const onMessage = (answer: Answer) => {
        done();
        if (this.idle) void worker.terminate();
        else this.idle = worker;
        if ('error' in answer) return reject(new Error(answer.error));
        for (const message of answer.logs) input.log?.(message);
        resolve({ doc: answer.doc, findings: answer.doc ? withFixes(answer.doc, answer.findings, input.config) : [], timeline: answer.timeline });
      };
      const onError = (error: Error) => {
        done();
        reject(error);
      };
      // A worker that ends without answering (out of memory, killed) must not leave the lint pending.
      const onExit = (code: number) => {
        done();
        reject(new Error(`the lint worker stopped (exit code ${code}) before it answered`));
      };
      this.running.set(key, {
        worker,
        cancel: () => {
          done();
          void worker.terminate();
          reject(new LintCancelled());
        },
      });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const job: Job = { text: input.text, path: input.path, root: input.root, config: input.config, document };
      worker.postMessage(job);
    });
  }

  /** Ends the work on `key`, if any. */
  cancel(key: string): void {
    this.running.get(key)?.cancel();
  }

  /** Ends every worker. */
  dispose(): void {
    for (const key of [...this.running.keys()]) this.cancel(key);
    void this.idle?.terminate();
    this.idle = undefined;
  }
}
