/**
 * `npm run bench`: how fast the linter is, measured against its floor (a bare remark parse of the same
 * text) and its closest peer (markdownlint with its default rules), on generated postmortems of 20,
 * 1,000 and 10,000 timeline entries in mixed styles. Also: time per doubling (growth must be
 * linear), the server's memory after the 10,000-entry document, and the LSP round trip from
 * didChange to publishDiagnostics. Prints a Markdown table and the targets it meets or misses.
 * Medians of warm runs; nothing here is a test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../server/src/engine/config';
import { lint } from '../server/src/engine/lint';
import { parseMarkdown, parsePostmortem } from '../server/src/parse/parse';
import { importedMarkdown, importInto } from '../server/src/import/index';
import { LibraryWorker } from '../server/src/library/worker';
import { rules } from '../server/src/rules/registry';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/server';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from '../test/lsp/client';

const { config } = resolveConfig(rules, []);
const DEBOUNCE_MS = DEFAULT_DEBOUNCE_MS; // the server's delay after the last edit

/** A deterministic pseudo-random generator (mulberry32), so every run benches the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = [
  'Deploy of the checkout service starts.',
  'Error rate on /api/orders rises above 5%.',
  'The latency alert fires and pages the on-call.',
  'On-call checks the dashboards and the recent deploys.',
  'Escalated to the database team.',
  'Rolled back the last configuration change.',
  'Restarted the worker pool on every host.',
  'Traffic moved to the standby region.',
  'Error rate back to baseline; service restored.',
  'Customer support reports users seeing blank pages.',
];

/** A postmortem with `entries` timeline entries: day lines, 12- and 24-hour times, now and then a zone or an ISO date. */
export function generatePostmortem(entries: number, seed = 1): string {
  const next = random(seed);
  const lines = [
    '# Postmortem: checkout errors after a configuration change',
    '',
    '## Issue Summary',
    '',
    'From 09:12 to 11:40 UTC on March 9, 2024, 18% of checkout requests failed with a 500 error. The root cause was a configuration change that lowered the database connection limit.',
    '',
    '## Timeline (all times UTC)',
    '',
  ];
  let minute = 9 * 60;
  let day = 9;
  for (let index = 0; index < entries; index++) {
    if (index % 400 === 0) lines.push(`- March ${day}, 2024`);
    minute += 1 + Math.floor(next() * 3);
    if (minute >= 24 * 60) {
      minute -= 24 * 60;
      day = Math.min(28, day + 1);
      lines.push(`- March ${day}, 2024`);
    }
    const h = Math.floor(minute / 60);
    const m = String(minute % 60).padStart(2, '0');
    const style = next();
    const time = style < 0.6 ? `${String(h).padStart(2, '0')}:${m}` : style < 0.9 ? `${h % 12 || 12}:${m} ${h < 12 ? 'AM' : 'PM'}` : `${String(h).padStart(2, '0')}:${m} UTC`;
    lines.push(`  - ${time} - ${EVENTS[Math.floor(next() * EVENTS.length)]}`);
  }
  lines.push(
    '',
    '## Root Cause',
    '',
    'The change set the pool limit to 10 instead of 100, so requests waited for a connection and timed out.',
    '',
    '## Resolution',
    '',
    'The change was rolled back and the workers restarted.',
    '',
    '## Corrective and Preventative Measures',
    '',
    '- [ ] Validate connection limits in CI (owner: platform).',
    '- [ ] Alert on connection pool saturation (owner: database).',
    '',
  );
  return lines.join('\n');
}

/**
 * Warm medians of several runs measured in turns (a, b, c, a, b, c…), so that a slow stretch of a
 * busy machine lands on all of them alike. Warm: at least three rounds and 300 ms first.
 */
function medians(runs: ReadonlyArray<() => void>, minRounds: number, minMs = 400): number[] {
  const warmUntil = performance.now() + 300;
  for (let round = 0; round < 3 || performance.now() < warmUntil; round++) for (const run of runs) run();
  const times = runs.map((): number[] => []);
  const started = performance.now();
  for (let round = 0; round < minRounds || (performance.now() - started < minMs && round < 200); round++) {
    runs.forEach((run, index) => {
      const start = performance.now();
      run();
      times[index]!.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

type MarkdownlintSync = { lint(options: { strings: Record<string, string> }): unknown };

async function main(): Promise<void> {
  const markdownlint = (await import('markdownlint/sync')) as unknown as MarkdownlintSync;
  const rows: string[] = [];
  const results: Record<number, { lint: number; parse: number }> = {};
  for (const entries of [20, 1_000, 10_000]) {
    const text = generatePostmortem(entries);
    const runs = entries >= 10_000 ? 5 : entries >= 1_000 ? 9 : 50;
    const [lintMs, parseMs, peerMs] = medians([() => lint({ text, path: 'postmortem.md', config }), () => parseMarkdown(text), () => markdownlint.lint({ strings: { 'postmortem.md': text } })], runs) as [number, number, number];
    results[entries] = { lint: lintMs, parse: parseMs };
    rows.push(`| ${entries.toLocaleString('en')} entries (${Math.round(text.length / 1024)} KB) | ${format(lintMs)} | ${format(parseMs)} | ${(lintMs / parseMs).toFixed(2)}× | ${format(peerMs)} | ${(lintMs / peerMs).toFixed(2)}× |`);
  }
  const doubling: string[] = [];
  let previous: number | undefined;
  for (const entries of [2_500, 5_000, 10_000, 20_000]) {
    const text = generatePostmortem(entries);
    const [ms] = medians([() => lint({ text, path: 'postmortem.md', config })], 3) as [number];
    doubling.push(`${entries.toLocaleString('en')}: ${format(ms)}${previous === undefined ? '' : ` (×${(ms / previous).toFixed(2)})`}`);
    previous = ms;
  }
  const { rssMiB, roundTripMs } = await serverNumbers();
  const imports = importNumbers();
  const library = await libraryNumbers();

  const typical = results[20]!;
  const large = results[10_000]!;
  const growth = doubling.slice(1).map((line) => Number(/×([\d.]+)/.exec(line)![1]));
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  console.log('| document | lint | bare remark-parse | lint / parse | markdownlint (default rules) | lint / markdownlint |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`\nTime per doubling (lint): ${doubling.join(', ')}`);
  console.log(`Server memory (RSS) after the 10,000-entry document: ${rssMiB.toFixed(0)} MiB`);
  console.log(`LSP round trip on the 20-entry document, didChange to publishDiagnostics, less the ${DEBOUNCE_MS} ms debounce: ${format(roundTripMs)}`);
  console.log(`Importing 10,000 messages: Slack export ${format(imports.slackMs)}, IRC log ${format(imports.ircMs)}, merged into a 20-entry timeline ${format(imports.mergeMs)}`);
  console.log(`Incident library: ${library.files} postmortems (${library.megabytes.toFixed(1)} MB) indexed on the worker thread in ${format(library.firstMs)}; after one edit, ${library.reread} file read again in ${format(library.editMs)}\n`);
  const targets: Array<[string, boolean]> = [
    [`typical document under 5 ms warm (${format(typical.lint)})`, typical.lint < 5],
    [`10,000 entries within 1.5× bare remark-parse (${(large.lint / large.parse).toFixed(2)}×)`, large.lint <= 1.5 * large.parse],
    [`growth linear: no doubling above 2.3× (${growth.map((ratio) => `${ratio}×`).join(', ')})`, growth.every((ratio) => ratio <= 2.3)],
    [`round trip under 20 ms (${format(roundTripMs)})`, roundTripMs < 20],
    [`10,000 messages imported under a second (${format(Math.max(imports.slackMs, imports.ircMs, imports.mergeMs))})`, Math.max(imports.slackMs, imports.ircMs, imports.mergeMs) < 1000],
    [`500 postmortems indexed in under 5 s (${format(library.firstMs)})`, library.firstMs < 5000],
    [`an edit re-reads only the file that changed (${library.reread} of ${library.files})`, library.reread === 1],
  ];
  for (const [target, met] of targets) console.log(`${met ? 'met   ' : 'MISSED'} ${target}`);
}

// Reading 10,000 messages as a Slack export and as an IRC log, and merging them into a postmortem.
function importNumbers(): { slackMs: number; ircMs: number; mergeMs: number } {
  const start = Date.UTC(2025, 5, 3, 3, 0);
  const messages = Array.from({ length: 10_000 }, (_, index) => ({ at: start + index * 7_000, who: `user${index % 40}`, text: `step ${index}: checked the proxy pool and the error rate` }));
  const slack = JSON.stringify(messages.map((message) => ({ type: 'message', ts: (message.at / 1000).toFixed(6), user: message.who, text: message.text })));
  const irc = messages.map((message) => `[${new Date(message.at).toISOString().slice(0, 19).replace('T', ' ')}] <${message.who}> ${message.text}`).join('\n');
  const doc = parsePostmortem(generatePostmortem(20), 'path');
  const options = { from: 'auto' as const, zone: 'UTC', style: undefined, authors: 'keep' as const };
  const [slackMs, ircMs, mergeMs] = medians([() => importedMarkdown(slack, options), () => importedMarkdown(irc, options), () => importInto(doc, irc, options)], 3) as [number, number, number];
  return { slackMs, ircMs, mergeMs };
}

// The workspace library as the server builds it: 500 postmortems of 10 to 60 entries in a folder,
// indexed by the library worker (the built server bundle on a worker thread), then one report edited
// and reported changed.
async function libraryNumbers(): Promise<{ files: number; megabytes: number; firstMs: number; editMs: number; reread: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-library-'));
  let bytes = 0;
  for (let index = 0; index < 500; index++) {
    const text = generatePostmortem(10 + (index % 51), index + 1);
    bytes += text.length;
    writeFileSync(join(folder, `incident-${String(index).padStart(3, '0')}.md`), text);
  }
  const worker = new LibraryWorker(join(__dirname, '..', 'dist', 'server.js'));
  try {
    const job = { folders: [folder], known: {}, stale: [] as string[], settings: {} };
    let start = performance.now();
    const first = await worker.run(job);
    const firstMs = performance.now() - start;
    const edited = join(folder, 'incident-123.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEdited.\n`);
    start = performance.now();
    const second = await worker.run({ ...job, known: first.files, stale: [edited] });
    const editMs = performance.now() - start;
    return { files: Object.keys(first.files).length, megabytes: bytes / 2 ** 20, firstMs, editMs, reread: Object.keys(second.read).length };
  } finally {
    worker.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

// The built server over stdio: its memory after linting the 10,000-entry document, and the median
// time from a didChange to its diagnostics on the typical one.
async function serverNumbers(): Promise<{ rssMiB: number; roundTripMs: number }> {
  const server = ServerProcess.start();
  try {
    await server.initialize({});
    const uri = 'file:///bench/postmortem-large.md';
    await server.openAndWait(uri, generatePostmortem(10_000));
    const rssMiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
    const small = 'file:///bench/postmortem-small.md';
    const text = generatePostmortem(20);
    await server.openAndWait(small, text);
    const times: number[] = [];
    for (let version = 2; version < 32; version++) {
      const from = server.diagnostics.length;
      const start = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: small, version }, contentChanges: [{ text: `${text}\nEdit ${version}.\n` }] });
      await server.nextDiagnostics(small, version, from);
      times.push(performance.now() - start - DEBOUNCE_MS);
    }
    times.sort((a, b) => a - b);
    return { rssMiB, roundTripMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await server.kill();
  }
}

function format(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`;
}

if (require.main === module) void main();
