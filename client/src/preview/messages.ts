/**
 * What the extension host and the timeline webview say to each other, and the checks each side runs
 * on what it receives: neither trusts the other's messages (the webview's page is built from a
 * document we did not write).
 */
import type { TimelineModel } from '../../../server/src/protocol';

/** Host → webview. */
export type HostMessage =
  | { type: 'model'; model: TimelineModel }
  | { type: 'highlight'; line: number }
  | { type: 'status'; text: string };

/** Webview → host. */
export type WebviewMessage = { type: 'ready' } | { type: 'reveal'; line: number };

/** What the webview keeps across reloads (vscode.setState), and what the panel serializer reads back. */
export interface PreviewState {
  uri: string;
  scrollY: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 10_000_000;
const isString = (value: unknown): value is string => typeof value === 'string';
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || value === null || check(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The message if it is one the webview may send, else undefined. */
export function webviewMessage(data: unknown): WebviewMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'ready') return { type: 'ready' };
  if (data.type === 'reveal' && isLine(data.line)) return { type: 'reveal', line: data.line };
  return undefined;
}

/** The message if it is one the host may send (with a model of the right shape), else undefined. */
export function hostMessage(data: unknown): HostMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'highlight' && isLine(data.line)) return { type: 'highlight', line: data.line };
  if (data.type === 'status' && isString(data.text)) return { type: 'status', text: data.text };
  if (data.type === 'model' && isTimelineModel(data.model)) return { type: 'model', model: data.model };
  return undefined;
}

/** The state if it has the shape the preview saves, else undefined. */
export function previewState(data: unknown): PreviewState | undefined {
  if (!isObject(data) || !isString(data.uri)) return undefined;
  return { uri: data.uri, scrollY: isNumber(data.scrollY) ? data.scrollY : 0 };
}

function isTimelineModel(value: unknown): value is TimelineModel {
  if (!isObject(value) || !isString(value.uri) || !isNumber(value.version) || !isObject(value.metrics)) return false;
  if (!Array.isArray(value.entries) || !Array.isArray(value.unplaced)) return false;
  const entriesOk = value.entries.every(
    (entry: unknown) =>
      isObject(entry) &&
      isLine(entry.line) &&
      isString(entry.time) &&
      isString(entry.description) &&
      isNumber(entry.minutes) &&
      isNumber(entry.minuteOfDay) &&
      isOptional(entry.day, isString) &&
      isOptional(entry.zone, isString) &&
      isOptional(entry.sinceOutageStart, isNumber) &&
      Array.isArray(entry.phases) &&
      entry.phases.every((phase: unknown) => isObject(phase) && isString(phase.phase) && isString(phase.words) && isString(phase.cue)),
  );
  const unplacedOk = value.unplaced.every((entry: unknown) => isObject(entry) && isLine(entry.line) && isString(entry.text) && isString(entry.reason));
  return entriesOk && unplacedOk && isOptional(value.title, isString);
}
