#!/usr/bin/env node
// A stand-in for `newsls serve`, for developing and testing the editor integrations without the Rust
// server: same legend, commands, notifications and hover shape as the server contract, but its
// "recognition" is a fixed dictionary of names from seeds/. Node standard library only.
//   NEWSLS=editors/testing/fake-newsls.cjs editors/nvim/test/run.sh
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const TYPES = ['person', 'organization', 'location', 'misc', 'date'];
const MODS = ['declaration', 'annotated', 'variant'];
const DICT = [
  ['Kurmanbek Bakiev', 'person', 'Kurmanbek Bakiev'], ['Bakiev', 'person', 'Kurmanbek Bakiev'],
  ['Roza Otunbaeva', 'person', 'Roza Otunbaeva'], ['Otunbaeva', 'person', 'Roza Otunbaeva'],
  ['Akayev', 'person', 'Askar Akayev'], ['Edil_Baisalov', 'person', 'Edil Baisalov'], ['Baisalov', 'person', 'Edil Baisalov'],
  ['Daniyar Usenov', 'person', 'Daniyar Usenov'],
  ['RFE/RL', 'organization', 'RFE/RL'], ['Ekho Moskvy', 'organization', 'Ekho Moskvy'], ['Reuters', 'organization', 'Reuters'],
  ['Inter-fax', 'organization', 'Interfax'],
  ['Kyrgyzstan', 'location', 'Kyrgyzstan'], ['Bishkek', 'location', 'Bishkek'], ['BISHKEK', 'location', 'Bishkek'],
  ['Kyrgyz', 'misc', 'Kyrgyz'], ['Russian', 'misc', 'Russian'],
  ['April 7', 'date', 'April 7'],
];
const docs = new Map();
let settings = {};
let root = null;

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}
function log(s) { process.stderr.write(`[fake-newsls] ${s}\n`); }

function mentions(text) {
  const out = [];
  const taken = new Array(text.length).fill(false);
  for (const [surface, type, canon] of DICT) {
    let i = 0;
    while ((i = text.indexOf(surface, i)) >= 0) {
      const end = i + surface.length;
      const okL = i === 0 || !/[\p{L}\p{N}_]/u.test(text[i - 1]);
      const okR = end >= text.length || !/[\p{L}\p{N}_]/u.test(text[end]);
      if (okL && okR && !taken.slice(i, end).some(Boolean)) {
        for (let k = i; k < end; k++) taken[k] = true;
        out.push({ start: i, end, type, canon, surface });
      }
      i = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function pos(text, off) {
  const before = text.slice(0, off);
  const line = (before.match(/\n/g) || []).length;
  return { line, character: off - (before.lastIndexOf('\n') + 1) };
}
function offset(text, p) {
  const lines = text.split('\n');
  let off = 0;
  for (let l = 0; l < p.line && l < lines.length; l++) off += lines[l].length + 1;
  return off + p.character;
}
function tokens(text) {
  const data = [];
  let pl = 0, pc = 0;
  const seen = new Set();
  for (const m of mentions(text)) {
    const s = pos(text, m.start);
    if (text.slice(m.start, m.end).includes('\n')) continue;
    let mod = 0;
    if (!seen.has(m.canon)) { mod |= 1; seen.add(m.canon); }
    if (m.surface !== m.canon) mod |= 4;
    data.push(s.line - pl, s.line === pl ? s.character - pc : s.character, m.end - m.start, TYPES.indexOf(m.type), mod);
    pl = s.line; pc = s.character;
  }
  return data;
}
function corpusFiles() {
  if (!root) return [];
  try { return fs.readdirSync(root).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, f)); } catch { return []; }
}
function status(state) {
  let entities = 0;
  for (const f of corpusFiles()) entities += new Set(mentions(fs.readFileSync(f, 'utf8')).map((m) => m.canon)).size;
  send({ method: 'newsls/status', params: { state, articles: corpusFiles().length, entities } });
}
function publish(uri) {
  const text = docs.get(uri);
  if ((settings.diagnostics?.entities ?? 'hint') === 'off') return send({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: [] } });
  const severity = settings.diagnostics?.entities === 'information' ? 3 : 4;
  send({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: mentions(text).map((m) => ({
    range: { start: pos(text, m.start), end: pos(text, m.end) }, severity, source: 'newsls', message: `${m.type}: ${m.canon}` })) } });
}

let nextId = 1000;
function handle(msg) {
  const { id, method, params } = msg;
  if (method === undefined) return; // responses to our requests
  const reply = (result) => send({ id, result });
  switch (method) {
    case 'initialize': {
      settings = params.initializationOptions || {};
      root = params.rootUri ? decodeURIComponent(params.rootUri.replace(/^file:\/\//, '')) : params.rootPath || null;
      log(`initialize root=${root} options=${JSON.stringify(settings)}`);
      return reply({
        capabilities: {
          positionEncoding: 'utf-16',
          textDocumentSync: { openClose: true, change: 1 },
          hoverProvider: true,
          semanticTokensProvider: { legend: { tokenTypes: TYPES, tokenModifiers: MODS }, full: true },
          executeCommandProvider: { commands: ['newsls.exportCorpus', 'newsls.reindex'] },
        },
        serverInfo: { name: 'newsls (fake)', version: '0.0.0' },
      });
    }
    case 'initialized': {
      const token = 'newsls-index';
      send({ id: nextId++, method: 'window/workDoneProgress/create', params: { token } });
      send({ method: '$/progress', params: { token, value: { kind: 'begin', title: 'Indexing', percentage: 0 } } });
      status('indexing');
      setTimeout(() => {
        send({ method: '$/progress', params: { token, value: { kind: 'end', message: 'done' } } });
        status('ready');
      }, 300);
      return;
    }
    case 'workspace/didChangeConfiguration':
      settings = params?.settings?.newsls ?? settings;
      log(`settings ${JSON.stringify(settings)}`);
      for (const uri of docs.keys()) publish(uri);
      return;
    case 'textDocument/didOpen': docs.set(params.textDocument.uri, params.textDocument.text); return publish(params.textDocument.uri);
    case 'textDocument/didChange': docs.set(params.textDocument.uri, params.contentChanges.at(-1).text); publish(params.textDocument.uri); return status('ready');
    case 'textDocument/didClose': docs.delete(params.textDocument.uri); return;
    case 'textDocument/semanticTokens/full': return reply({ data: tokens(docs.get(params.textDocument.uri) || '') });
    case 'textDocument/hover': {
      const text = docs.get(params.textDocument.uri) || '';
      const off = offset(text, params.position);
      const m = mentions(text).find((x) => x.start <= off && off < x.end);
      if (!m) return reply(null);
      return reply({ contents: { kind: 'markdown', value: `**${m.canon}** — ${m.type}\n\n(fake newsls: dictionary entry)` },
        range: { start: pos(text, m.start), end: pos(text, m.end) } });
    }
    case 'workspace/executeCommand': {
      if (params.command === 'newsls.reindex') { status('indexing'); status('ready'); return reply(null); }
      if (params.command === 'newsls.exportCorpus') {
        const a = (params.arguments || [])[0] || {};
        fs.mkdirSync(a.out, { recursive: true });
        fs.writeFileSync(path.join(a.out, `export.${a.format}`), 'fake\n');
        return reply({ files: 1, out: a.out });
      }
      return send({ id, error: { code: -32602, message: `unknown command ${params.command}` } });
    }
    case 'shutdown': return reply(null);
    case 'exit': process.exit(0);
    default:
      if (id !== undefined) send({ id, error: { code: -32601, message: `unhandled ${method}` } });
  }
}

let buf = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const sep = buf.indexOf('\r\n\r\n');
    if (sep < 0) return;
    const m = /Content-Length: *(\d+)/i.exec(buf.slice(0, sep).toString());
    const len = m ? Number(m[1]) : 0;
    if (buf.length < sep + 4 + len) return;
    const body = buf.slice(sep + 4, sep + 4 + len).toString('utf8');
    buf = buf.slice(sep + 4 + len);
    try { handle(JSON.parse(body)); } catch (e) { log(`error: ${e.stack}`); }
  }
});
process.stdin.on('end', () => process.exit(0));
// like the real CLI: `serve` and no extra arguments (vscode-languageclient's TransportKind.stdio adds --stdio)
if (process.argv.length !== 3 || process.argv[2] !== 'serve') {
  process.stderr.write(`error: unexpected arguments ${JSON.stringify(process.argv.slice(2))}\nusage: fake-newsls.cjs serve\n`);
  process.exit(2);
}
