import { createHash } from 'node:crypto';

/**
 * The stylesheet of the readable export: system fonts, readable line length, light and dark, and
 * a print layout (no background, tables that do not break a row across pages). It is inline, and
 * allowed by its hash in the page's Content-Security-Policy: no external resource, no script.
 */
export const EXPORT_CSS = `
:root { color-scheme: light dark; --ink: #1f1f1f; --muted: #5c5c5c; --line: #d1d1d1; --paper: #ffffff; --band: #f5f5f5; }
@media (prefers-color-scheme: dark) { :root { --ink: #f0f0f0; --muted: #b3b3b3; --line: #4d4d4d; --paper: #1f1f1f; --band: #292929; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p, li { max-width: 40rem; }
.muted { color: var(--muted); }
p, li, dd, td, h1, h2, h3 { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: var(--band); }
dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
@media (max-width: 40rem) {
  /* A phone: each answer becomes a block of labelled lines instead of five narrow columns; the
     rows keep their table roles in the markup, so a screen reader still reads a table. */
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { padding: .5rem 0; border-bottom: 1px solid var(--line); }
  td { padding: .1rem 0; border: 0; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
  dl { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dd { margin-bottom: .5rem; }
}
.note { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 4px solid var(--line); background: var(--band); white-space: pre-wrap; overflow-wrap: anywhere; }
.note p { margin: 0 0 .25rem; }
@media print {
  :root { --ink: #000000; --muted: #333333; --line: #999999; --paper: #ffffff; --band: #ffffff; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .note { break-inside: avoid; }
}
`;

/** The Content-Security-Policy for the page: nothing but this stylesheet. */
export const EXPORT_HTML_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(EXPORT_CSS).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
