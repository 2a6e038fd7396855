/**
 * The incident trends page: the same shell as the timeline preview's (a strict Content Security
 * Policy, a fresh nonce per page, our own script and stylesheet only). No report text is part of
 * it; the library arrives later by message and is drawn with DOM APIs.
 */
import { webviewPage, type PreviewResources } from '../preview/html';

/** The page's HTML, with `nonce` on its one script. */
export function trendsHtml(resources: PreviewResources, nonce: string): string {
  return webviewPage(resources, nonce, 'Incident trends', 'Reading the workspace’s postmortems…');
}
