/**
 * `npm run corpus-report`: how well the time engine reads the real postmortems in ../shared/corpus.
 * For each document: timeline entries found, times read, times flagged by the time rules; then every
 * line inside a timeline that looks like it holds a time but was not read as an entry, so the parse
 * rate is a number and every miss is visible.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../server/src/engine/config';
import { lint } from '../server/src/engine/lint';
import { lineSpans, startsInside } from '../server/src/parse/lines';
import { rules } from '../server/src/rules/registry';

// A clock time a person would recognise: "14:05", "1: 55 PM", "8am", "2100hrs"; not "v1.12.13".
const TIME_LIKE = /(?<![\w.:])\d{1,2}[ \t]?:[ \t]?\d{2}(?![\d.])|(?<![\w.])\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?[ \t]?m\b\.?|(?<![\w.])\d{4}[ \t]?hrs?\b/i;

/** One document's numbers and its unread lines. */
export interface CorpusDocumentReport {
  file: string;
  postmortem: boolean;
  entries: number;
  read: number;
  flagged: number;
  unread: string[];
}

/** Reads every corpus document and reports on its timeline. */
export function corpusReport(corpusDir: string): CorpusDocumentReport[] {
  const { config } = resolveConfig(rules, []);
  const timeRules = new Set(rules.filter((rule) => rule.tags.includes('time') || rule.tags.includes('zone')).map((rule) => rule.id));
  const files = ['seeds', 'public'].flatMap((folder) =>
    existsSync(join(corpusDir, folder)) ? readdirSync(join(corpusDir, folder)).filter((file) => file.endsWith('.md')).sort().map((file) => join(folder, file)) : [],
  );
  return files.map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const { doc, findings } = lint({ text, path: file, config });
    if (!doc) return { file, postmortem: false, entries: 0, read: 0, flagged: 0, unread: [] };
    const entries = doc.timeline.entries;
    const flaggedStarts = new Set(findings.filter((finding) => timeRules.has(finding.rule)).map((finding) => finding.span.start));
    const entryLines = lineSpans(text).filter((line) => entries.some((entry) => entry.line.start < line.end + 1 && entry.line.end >= line.start));
    const read = new Set(entryLines.map((line) => line.start));
    const unread: string[] = [];
    for (const section of doc.timeline.sections) {
      for (const line of lineSpans(text)) {
        if (line.start <= section.heading.start || line.start >= section.span.end || read.has(line.start) || startsInside(doc.opaque, text, line)) continue;
        const lineText = text.slice(line.start, line.end);
        if (TIME_LIKE.test(lineText)) unread.push(lineText.trim());
      }
    }
    return {
      file,
      postmortem: true,
      entries: entries.length,
      read: entries.filter((entry) => entry.timestamp.minutesOfDay !== undefined).length,
      flagged: entries.filter((entry) => entry.timestamp.problems.length > 0 || flaggedStarts.has(entry.timestamp.start)).length,
      unread,
    };
  });
}

function main(): void {
  const corpusDir = resolve(__dirname, '..', '..', 'shared', 'corpus');
  if (!existsSync(corpusDir)) {
    console.error(`corpus-report: ${corpusDir} is not here; nothing to report.`);
    process.exitCode = 2;
    return;
  }
  const reports = corpusReport(corpusDir);
  const width = Math.max(...reports.map((report) => report.file.length));
  console.log(`${'document'.padEnd(width)}  entries  read  flagged  unread lines`);
  for (const report of reports) {
    if (!report.postmortem) {
      console.log(`${report.file.padEnd(width)}  (not a postmortem: skipped)`);
      continue;
    }
    console.log(`${report.file.padEnd(width)}  ${String(report.entries).padStart(7)}  ${String(report.read).padStart(4)}  ${String(report.flagged).padStart(7)}  ${String(report.unread.length).padStart(12)}`);
  }
  const sum = (pick: (report: CorpusDocumentReport) => number) => reports.reduce((total, report) => total + pick(report), 0);
  const unread = sum((report) => report.unread.length);
  const entries = sum((report) => report.entries);
  console.log(
    `\n${reports.filter((report) => report.postmortem).length} postmortems of ${reports.length} documents: ${entries} timeline entries, ${sum((report) => report.read)} times read, ${sum((report) => report.flagged)} flagged, ${unread} time-like lines not read as entries (${((100 * entries) / Math.max(1, entries + unread)).toFixed(1)}% of time-bearing timeline lines read).`,
  );
  if (unread > 0) {
    console.log('\nTimeline lines with a time that were not read as entries:');
    for (const report of reports) for (const line of report.unread) console.log(`  ${report.file}: ${line.length > 110 ? `${line.slice(0, 107)}...` : line}`);
  }
}

if (require.main === module) main();
