/**
 * The timeline webview's page: a shell with a strict Content Security Policy and a fresh nonce per
 * page. No document text is ever part of it; the model arrives later by message and is drawn with
 * DOM APIs. Scripts and styles come only from the built webview folder (`cspSource`), nothing remote.
 */
import { randomBytes } from 'node:crypto';

/** Where the page's resources are, as webview URIs, and the webview's CSP source. */
export interface PreviewResources {
  cspSource: string;
  script: string;
  style: string;
}

/** A nonce for one page: 128 random bits. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The page's HTML, with `nonce` on its one script. */
export function previewHtml(resources: PreviewResources, nonce: string): string {
  return webviewPage(resources, nonce, 'Timeline preview', 'Loading the timeline…');
}

/**
 * A webview page of ours: the strict CSP, the one stylesheet and the one script (with `nonce`), and
 * a status line in the root until the script draws; `title` and `status` are our own words.
 */
export function webviewPage(resources: PreviewResources, nonce: string, title: string, status: string): string {
  const csp = [
    "default-src 'none'",
    `style-src ${resources.cspSource}`,
    `img-src ${resources.cspSource}`,
    `font-src ${resources.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${attribute(resources.style)}">`,
    `<title>${text(title)}</title>`,
    '</head>',
    '<body>',
    `<main id="root"><p class="status" role="status">${text(status)}</p></main>`,
    `<script nonce="${attribute(nonce)}" src="${attribute(resources.script)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
