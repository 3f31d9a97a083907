/**
 * The fixed parts of the HTML report: its style sheet and its filter
 * script. Both are constants, so the page's Content-Security-Policy allows
 * exactly them by hash and nothing else (no inline handlers, no external
 * assets); the report's data reaches the script only through the DOM.
 */
import {createHash} from 'node:crypto'

export const pageStyle = `
:root { color-scheme: light; --error: #b91c1c; --warning: #a16207; --info: #1d4ed8; --ink: #1f2933; --muted: #616e7c; --rule: #d9dee3;
  --cat-claims: #d55e00; --cat-disclosures: #0072b2; --cat-language: #cc79a7; --cat-comments: #009e73; --cat-readability: #e69f00; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f7f8fa; }
body > header, main { max-width: 1300px; margin: 0 auto; padding: 0 1.5rem; }
body > header { padding-top: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 0; }
.file h2 { display: inline; font-size: 1rem; word-break: break-all; }
.totals { color: var(--muted); margin: 0 0 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 1rem; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: .5rem; }
svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
svg .count { fill: var(--muted); }
rect.cat-claims { fill: var(--cat-claims); } rect.cat-disclosures { fill: var(--cat-disclosures); } rect.cat-language { fill: var(--cat-language); }
rect.cat-comments { fill: var(--cat-comments); } rect.cat-readability { fill: var(--cat-readability); }
.cat { white-space: nowrap; font-size: .85em; color: var(--muted); }
.cat::before { content: ""; display: inline-block; width: .75em; height: .75em; border-radius: 50%; margin-right: .3em; vertical-align: -.05em; background: var(--c, var(--muted)); }
.cat-claims { --c: var(--cat-claims); } .cat-disclosures { --c: var(--cat-disclosures); } .cat-language { --c: var(--cat-language); }
.cat-comments { --c: var(--cat-comments); } .cat-readability { --c: var(--cat-readability); }
.filters { position: sticky; top: 0; z-index: 2; background: #f7f8fa; border-bottom: 1px solid var(--rule); padding: .6rem 0; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
.filters label { cursor: pointer; }
.shown { color: var(--muted); margin-left: auto; }
button { font: inherit; cursor: pointer; }
.index { background: #fff; border: 1px solid var(--rule); border-radius: 8px; margin: 0 0 1.25rem; padding: .75rem 1rem; }
.index header { display: flex; gap: 1rem; align-items: baseline; margin-bottom: .5rem; }
.index table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.index th, .index td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid #f0f2f4; }
.index th button { border: 0; background: none; padding: 0; font-weight: 600; color: var(--ink); }
.index th[aria-sort="ascending"] button::after { content: " \\25B2"; } .index th[aria-sort="descending"] button::after { content: " \\25BC"; }
.index td.num, .index th.num { text-align: right; font-variant-numeric: tabular-nums; }
.index td.path { word-break: break-all; }
.index tr.clean td { color: var(--muted); }
.file { background: #fff; border: 1px solid var(--rule); border-radius: 8px; margin: 0 0 .75rem; scroll-margin-top: 7rem; }
.file > summary { cursor: pointer; padding: .6rem 1rem; }
.file[open] > summary { border-bottom: 1px solid var(--rule); }
.file .counts { color: var(--muted); font-size: .9rem; margin-left: .5rem; }
.file .problem { padding: .75rem 1rem; color: var(--error); margin: 0; }
.document-notes { margin: 0; padding: .5rem 1rem; border-bottom: 1px solid var(--rule); }
.source { font: 13.5px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.line, .gap { display: grid; grid-template-columns: 4.5em minmax(0, 1fr) minmax(0, 26em); border-bottom: 1px solid #f0f2f4; }
.ln { color: var(--muted); text-align: right; padding: 0 .75em 0 0; user-select: none; }
.line .text, .gap .text { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 1em; }
.gap { background: #fafbfc; color: var(--muted); }
.gap .text { display: none; grid-column: 2 / 4; }
.gap .more { grid-column: 2 / 4; font: italic 12px system-ui, sans-serif; padding: .1em 0; }
body.whole .gap .text { display: block; color: var(--ink); }
body.whole .gap .more { display: none; }
body.whole .gap { background: transparent; }
.notes { list-style: none; margin: 0; padding: 0 .75em .25em; font: 13px/1.4 system-ui, sans-serif; }
.note { margin: .15em 0 .35em; padding-left: .5em; border-left: 3px solid var(--info); }
.note[data-severity="error"] { border-color: var(--error); } .note[data-severity="warning"] { border-color: var(--warning); }
.note .sev { font-weight: 600; text-transform: uppercase; font-size: .75em; letter-spacing: .03em; }
.note[data-severity="error"] .sev { color: var(--error); } .note[data-severity="warning"] .sev { color: var(--warning); } .note[data-severity="info"] .sev { color: var(--info); }
.note a { color: var(--muted); }
.help { margin-top: .15em; color: var(--muted); }
.advice { margin-top: .15em; color: #1f5130; }
.advice q { font-weight: 600; }
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
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
  var boxes = all('input[data-filter]');
  var notes = all('li[data-m]');
  var marks = all('mark[data-m]');
  var files = all('details.file[data-problems]');
  var shown = document.getElementById('shown');
  var tbody = document.querySelector('#index tbody');

  function row(file) { return tbody ? tbody.querySelector('tr[data-file="' + file.id + '"]') : null; }

  function apply() {
    var on = {severity: {}, category: {}};
    boxes.forEach(function (box) { on[box.getAttribute('data-filter')][box.value] = box.checked; });
    var visible = {};
    var count = 0;
    notes.forEach(function (note) {
      var category = note.getAttribute('data-category');
      // mindlint's own messages (no category) follow the severity filter only.
      var show = on.severity[note.getAttribute('data-severity')] === true && (category === 'none' || on.category[category] === true);
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
      var entry = row(file);
      if (entry) entry.hidden = file.hidden;
    });
    if (shown) shown.textContent = count + (count === 1 ? ' problem shown' : ' problems shown');
  }

  function sortBy(button) {
    var key = button.getAttribute('data-sort');
    var numeric = button.getAttribute('data-type') === 'number';
    var header = button.parentNode;
    var descending = header.getAttribute('aria-sort') !== 'descending' && (numeric || header.getAttribute('aria-sort') === 'ascending');
    all('#index th').forEach(function (th) { th.setAttribute('aria-sort', 'none'); });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var rows = all('tr', tbody);
    rows.sort(function (a, b) {
      var x = a.getAttribute('data-' + key);
      var y = b.getAttribute('data-' + key);
      var order;
      if (numeric) {
        var p = x === '' ? -Infinity : Number(x);
        var q = y === '' ? -Infinity : Number(y);
        order = p - q;
      } else {
        order = x < y ? -1 : x > y ? 1 : 0;
      }
      if (order === 0) order = Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      else if (descending) order = -order;
      return order;
    });
    rows.forEach(function (entry) { tbody.appendChild(entry); });
  }

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
  }

  function setView() {
    var whole = document.querySelector('input[name="view"][value="whole"]');
    document.body.classList.toggle('whole', Boolean(whole && whole.checked));
  }

  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  all('input[name="view"]').forEach(function (radio) { radio.addEventListener('change', setView); });
  all('#index th button').forEach(function (button) { button.addEventListener('click', function () { sortBy(button); }); });
  all('button[data-open]').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('data-open') === 'all';
      files.forEach(function (file) { if (!file.hidden) file.open = open; });
    });
  });
  window.addEventListener('hashchange', openTarget);
  apply();
  setView();
  openTarget();
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
