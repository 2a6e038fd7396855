/**
 * Reading a source in a named format, or recognising it (`auto`): JSON is a Slack export or a
 * PagerDuty log; `git log` output starts with "commit"; a CSV has a time and a text column; a chat
 * transcript is the text format whose message lines are most of its lines.
 */
import { chatTextScores, readChatText, type ChatTextFormat } from './chat-text';
import { isGitLog, readGitLog } from './git-log';
import { isPagerDutyJson, isTimedCsv, readCsv, readPagerDutyJson } from './records';
import { isSlackExport, readSlackJson } from './slack-json';
import { ImportError, type ImportFormat, type ImportResult } from './types';

/** Reads `text` as `format`; throws an ImportError, naming what it could not read, when it cannot. */
export function readRecords(text: string, format: ImportFormat = 'auto'): ImportResult {
  const chosen = format === 'auto' ? recognise(text) : format;
  const result = readAs(text, chosen);
  if (result.events.length === 0) {
    throw new ImportError(`no message or log line with a time was found in it as ${describe(chosen)}${result.skipped.length > 0 ? ` (${result.skipped.length} lines left out: ${result.skipped[0]!.reason}, …)` : ''}`);
  }
  return { format: chosen, ...result };
}

function readAs(text: string, format: Exclude<ImportFormat, 'auto'>): Omit<ImportResult, 'format'> {
  switch (format) {
    case 'slack-json':
      return readSlackJson(parseJson(text));
    case 'pagerduty':
      return text.trimStart().startsWith('[') || text.trimStart().startsWith('{') ? readPagerDutyJson(parseJson(text)) : readCsv(text);
    case 'csv':
      return readCsv(text);
    case 'git-log':
      return readGitLog(text);
    default:
      return readChatText(text, format);
  }
}

function recognise(text: string): Exclude<ImportFormat, 'auto'> {
  const start = text.trimStart();
  if (start === '') throw new ImportError('the input is empty');
  if (start.startsWith('[') || start.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined; // "[2025-06-03 03:38] <amina>" starts with "[" too
    }
    if (json !== undefined) {
      if (isSlackExport(json)) return 'slack-json';
      if (isPagerDutyJson(json)) return 'pagerduty';
      throw new ImportError('the JSON is neither a Slack export (messages with "ts") nor a PagerDuty log (entries with "created_at")');
    }
  }
  if (isGitLog(text)) return 'git-log';
  if (isTimedCsv(text)) return 'csv';
  const scores = chatTextScores(text);
  const [best, count] = (Object.entries(scores) as Array<[ChatTextFormat, number]>).sort((a, b) => b[1] - a[1])[0]!;
  if (count === 0) {
    throw new ImportError('it is not a format the importer knows: a Slack export or copied text, Teams, Discord, IRC or Matrix logs, a PagerDuty log, a CSV with a time column, or git log output');
  }
  return best;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`the JSON cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describe(format: Exclude<ImportFormat, 'auto'>): string {
  const names: Record<Exclude<ImportFormat, 'auto'>, string> = {
    'slack-json': 'a Slack export',
    'slack-text': 'text copied from Slack',
    teams: 'text copied from Teams',
    discord: 'text copied from Discord',
    irc: 'an IRC or Matrix log',
    pagerduty: 'a PagerDuty log',
    csv: 'a CSV log',
    'git-log': 'git log output',
  };
  return names[format];
}
