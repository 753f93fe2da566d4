// Checks vscode_probe.cjs's result.json: entity words are painted in colours distinct from a plain word
// (and person / organisation / location / date distinct from each other), and the hover shows the card.
//   node check_e2e.cjs result.json WORDS HOVER_WORD [missing-server/result.json]
// WORDS: the probe's --words, in this order: person, person, location, organisation, date, plain word.
// Prints "N passed, M failed"; exit 1 on failure.
'use strict';
const fs = require('node:fs');
const [file, wordsArg, hoverWord, missingFile] = process.argv.slice(2);
const words = wordsArg.split(',');
const kinds = ['person', 'person', 'location', 'organization', 'date', 'plain'];
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
};

let r = {};
try { r = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { check('result.json readable', false, String(e)); }
check('probe ran without error', !r.error, r.error || '');
const colors = r.colors || {};
const plainWord = words[kinds.indexOf('plain')];
const plain = colors[plainWord];
check(`plain word "${plainWord}" found`, !!plain, String(plain));
const byKind = {};
words.forEach((w, i) => {
  const kind = kinds[i];
  if (kind === 'plain') return;
  const c = colors[w];
  check(`${kind} "${w}" is coloured, unlike plain text`, !!c && c !== plain, `${c} vs plain ${plain}`);
  if (c) (byKind[kind] = byKind[kind] || new Set()).add(c);
});
const firstOf = Object.fromEntries(Object.entries(byKind).map(([k, s]) => [k, [...s][0]]));
const distinct = new Set(Object.values(firstOf));
check('person, location, organisation and date colours are distinct', distinct.size === Object.keys(firstOf).length && distinct.size === 4,
  JSON.stringify(firstOf));
check('both persons share the person colour', (byKind.person || new Set()).size === 1, [...(byKind.person || [])].join(' '));
const hover = r.hover || '';
check(`hover on "${hoverWord}" shows the entity card`, hover.includes(hoverWord) && /person/i.test(hover), JSON.stringify(hover.slice(0, 200)));
if (Array.isArray(r.statusbar)) {
  const s = r.statusbar.join(' | ');
  check('status bar shows "newsls: N entities · M articles"', /newsls: [\d,]+ entit\w* · [\d,]+ articles?/.test(s), s);
}
if (process.env.EXPORT_DIR) {
  const notes = (r.exportNotifications || []).join(' | ');
  check('"newsls: Export Corpus…" reports the export', /newsls: exported \d+ file/.test(notes), notes);
  let files = [];
  try { files = fs.readdirSync(process.env.EXPORT_DIR); } catch {}
  check('the export folder holds the files', files.length > 0, files.join(', '));
}
if (missingFile) {
  let m = {};
  try { m = JSON.parse(fs.readFileSync(missingFile, 'utf8')); } catch (e) { check('missing-server result.json readable', false, String(e)); }
  const notes = (m.notifications || []).join(' | ');
  check('wrong newsls.server.path: a notification names the setting and the path',
    /newsls\.server\.path/.test(notes) && notes.includes('/nonexistent/bin/newsls'), notes.slice(0, 300));
  const sb = (m.statusbar || []).join(' | ');
  check('wrong newsls.server.path: the status bar says there is no server', /newsls: no server/.test(sb), sb);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
