/**
 * The fixed parts of the HTML report: its style sheet and its filter
 * script. Both are constants, so the page's Content-Security-Policy allows
 * exactly them by hash and nothing else (no inline handlers, no external
 * assets); the report's data reaches the script only through the DOM.
 */
import {createHash} from 'node:crypto'

export const pageStyle = `
:root { color-scheme: light; --error: #b91c1c; --warning: #a16207; --info: #1d4ed8; --ink: #1f2933; --muted: #616e7c; --rule: #d9dee3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f7f8fa; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 0; word-break: break-all; }
.totals { color: var(--muted); margin: 0 0 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 1rem; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: .5rem; }
svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
svg .count { fill: var(--muted); }
.cat-claims { fill: #c2410c; } .cat-disclosures { fill: #7c3aed; } .cat-language { fill: #0e7490; } .cat-comments { fill: #4d7c0f; } .cat-readability { fill: #b45309; }
.filters { position: sticky; top: 0; z-index: 2; background: #f7f8fa; border-bottom: 1px solid var(--rule); padding: .6rem 0; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
.filters label { cursor: pointer; }
.shown { color: var(--muted); margin-left: auto; }
.file { background: #fff; border: 1px solid var(--rule); border-radius: 8px; margin: 0 0 1.25rem; }
.file > header, .file > details > summary { padding: .75rem 1rem; border-bottom: 1px solid var(--rule); }
.file > details > summary { cursor: pointer; color: var(--muted); }
.file .counts { color: var(--muted); font-size: .9rem; }
.file .problem { padding: .75rem 1rem; color: var(--error); }
.document-notes { margin: 0; padding: .5rem 1rem; border-bottom: 1px solid var(--rule); }
.source { font: 13.5px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.line { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) minmax(0, 24em); border-bottom: 1px solid #f0f2f4; }
.line .ln { color: var(--muted); text-align: right; padding: 0 .75em 0 0; user-select: none; }
.line .text { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 1em; }
.notes { list-style: none; margin: 0; padding: 0 .75em .25em; font: 13px/1.4 system-ui, sans-serif; }
.note { margin: .15em 0 .35em; padding-left: .5em; border-left: 3px solid var(--info); }
.note.sev-error { border-color: var(--error); } .note.sev-warning { border-color: var(--warning); }
.note .sev { font-weight: 600; text-transform: uppercase; font-size: .75em; letter-spacing: .03em; }
.note.sev-error .sev { color: var(--error); } .note.sev-warning .sev { color: var(--warning); } .note.sev-info .sev { color: var(--info); }
.note a { color: var(--muted); }
mark { background: transparent; color: inherit; }
mark[data-sev="error"] { background: #fde2e2; box-shadow: inset 0 -2px var(--error); }
mark[data-sev="warning"] { background: #fef3c7; box-shadow: inset 0 -2px var(--warning); }
mark[data-sev="info"] { background: #dbeafe; box-shadow: inset 0 -2px var(--info); }
mark.caret[data-sev] { background: transparent; border-left: 2px solid var(--error); margin-left: -1px; }
[hidden] { display: none !important; }
`

export const pageScript = `
(function () {
  'use strict';
  var rank = {error: 3, warning: 2, info: 1};
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var notes = Array.prototype.slice.call(document.querySelectorAll('li[data-m]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[data-m]'));
  var files = Array.prototype.slice.call(document.querySelectorAll('section.file[data-problems]'));
  var shown = document.getElementById('shown');

  function apply() {
    var on = {severity: {}, category: {}};
    boxes.forEach(function (box) { on[box.getAttribute('data-filter')][box.value] = box.checked; });
    var visible = {};
    var count = 0;
    notes.forEach(function (note) {
      var show = on.severity[note.getAttribute('data-severity')] === true && on.category[note.getAttribute('data-category')] === true;
      note.hidden = !show;
      if (show) { visible[note.getAttribute('data-m')] = note.getAttribute('data-severity'); count++; }
    });
    marks.forEach(function (mark) {
      var best = '';
      mark.getAttribute('data-m').split(' ').forEach(function (id) {
        var severity = visible[id];
        if (severity && (!best || rank[severity] > rank[best])) best = severity;
      });
      if (best) mark.setAttribute('data-sev', best); else mark.removeAttribute('data-sev');
    });
    files.forEach(function (file) {
      file.hidden = file.querySelector('li[data-m]:not([hidden])') === null;
    });
    if (shown) shown.textContent = count + (count === 1 ? ' problem shown' : ' problems shown');
  }

  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  apply();
})();
`

/** A CSP source expression allowing exactly this inline text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The page's policy: nothing loads or runs but the report's own style and script. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${cspHash(pageStyle)}`,
  `script-src ${cspHash(pageScript)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
