/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The timeline webview's script: it says `ready`, then draws each model the extension sends, marks
 * the editor's current entry, and asks the extension to reveal an entry's line when it is clicked.
 * Every message is checked before it is used; the scroll position is kept across updates and reloads.
 */
import { hostMessage, previewState, type PreviewState, type WebviewMessage } from '../preview/messages';
import { highlightLine, renderStatus, renderTimeline } from './render';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let state = previewState(vscode.getState());
let restoreScroll = state !== undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = hostMessage(event.data);
  if (!message) return;
  if (message.type === 'status') renderStatus(root, message.text);
  else if (message.type === 'highlight') highlightLine(root, message.line)?.scrollIntoView({ block: 'nearest' });
  else {
    if (state && state.uri !== message.model.uri) restoreScroll = false; // another document: start at its top
    state = { uri: message.model.uri, scrollY: state?.uri === message.model.uri ? state.scrollY : 0 };
    vscode.setState(state);
    renderTimeline(root, message.model);
    if (restoreScroll) window.scrollTo(0, state.scrollY);
    restoreScroll = false;
  }
});

root.addEventListener('click', (event) => {
  const entry = (event.target as Element | null)?.closest<HTMLElement>('[data-line]');
  if (entry) vscode.postMessage({ type: 'reveal', line: Number(entry.dataset.line) });
});

// Up and down move between entries, as in a list.
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const entries = [...root.querySelectorAll<HTMLElement>('button.entry')];
  const index = entries.indexOf(document.activeElement as HTMLElement);
  if (index === -1) return;
  entries[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  event.preventDefault();
});

window.addEventListener('scroll', () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (state) vscode.setState((state = { ...state, scrollY: window.scrollY }));
  }, 200);
});

vscode.postMessage({ type: 'ready' });
