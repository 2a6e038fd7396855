/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The incident trends page's script: it says `ready`, draws each library the extension sends, and
 * asks the extension to open a report when its row or a point of the chart is clicked (or Enter is
 * pressed on it). Every message is checked before it is used.
 */
import { trendsHostMessage, type TrendsPageMessage } from './messages';
import { renderTrends, renderTrendsStatus } from './render';

interface VsCodeApi {
  postMessage(message: TrendsPageMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = trendsHostMessage(event.data);
  if (!message) return;
  if (message.type === 'status') renderTrendsStatus(root, message.text);
  else {
    const scroll = window.scrollY;
    renderTrends(root, message.model);
    window.scrollTo(0, scroll); // an update in place, not a new page
  }
});

function act(target: EventTarget | null): boolean {
  const node = (target as Element | null)?.closest?.('[data-uri], [data-action]');
  if (!node) return false;
  const uri = node.getAttribute('data-uri');
  if (uri) vscode.postMessage({ type: 'open', uri });
  else if (node.getAttribute('data-action') === 'newPostmortem') vscode.postMessage({ type: 'newPostmortem' });
  return true;
}

root.addEventListener('click', (event) => {
  act(event.target);
});

// The chart's points are focusable; Enter or Space opens the report, as a button would.
root.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element | null)?.matches?.('circle.point') && act(event.target)) event.preventDefault();
});

vscode.postMessage({ type: 'ready' });
