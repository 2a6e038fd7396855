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
    '<title>Timeline preview</title>',
    '</head>',
    '<body>',
    '<main id="root"><p class="status" role="status">Loading the timeline…</p></main>',
    `<script nonce="${attribute(nonce)}" src="${attribute(resources.script)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
