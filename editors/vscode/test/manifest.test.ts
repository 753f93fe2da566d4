// Checks of package.json against the server contract and the extension's own code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLIENT_SETTINGS, DEFAULT_OPTIONS, ENTITY_DIAGNOSTICS, LOG_LEVELS, SERVER_SETTINGS } from '../src/settings';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

const TYPES = ['person', 'organization', 'location', 'misc', 'date'];
const MODIFIERS = ['declaration', 'annotated', 'variant'];

test('semantic token types and modifiers match the server legend', () => {
  assert.deepEqual(contributes.semanticTokenTypes.map((t: any) => t.id).sort(), [...TYPES].sort());
  assert.deepEqual(contributes.semanticTokenModifiers.map((t: any) => t.id).sort(), [...MODIFIERS].sort());
  for (const t of contributes.semanticTokenTypes) assert.ok(t.superType && t.description, `${t.id} needs superType and description`);
});

test('each entity type has a distinct superType and distinct TextMate scopes', () => {
  const supers = contributes.semanticTokenTypes.map((t: any) => t.superType);
  assert.equal(new Set(supers).size, supers.length);
  const scopes = contributes.semanticTokenScopes[0].scopes;
  assert.deepEqual(Object.keys(scopes).sort(), [...TYPES].sort());
  const firstScopes = TYPES.map((t) => scopes[t][0]);
  assert.equal(new Set(firstScopes).size, TYPES.length);
});

test('semantic highlighting is on by default for plaintext', () => {
  assert.equal(contributes.configurationDefaults['[plaintext]']['editor.semanticHighlighting.enabled'], true);
});

test('every server option and client option has a setting with a matching default', () => {
  const props = contributes.configuration.properties;
  for (const s of SERVER_SETTINGS) {
    const p = props[`newsls.${s.key}`];
    assert.ok(p, `missing setting newsls.${s.key}`);
    let def: any = DEFAULT_OPTIONS;
    for (const k of s.path) def = def[k];
    assert.deepEqual(p.default, def, `default of newsls.${s.key}`);
    assert.ok(p.markdownDescription || p.description, `newsls.${s.key} needs a description`);
  }
  for (const k of CLIENT_SETTINGS) assert.ok(props[`newsls.${k}`], `missing setting newsls.${k}`);
  assert.deepEqual(props['newsls.diagnostics.entities'].enum, [...ENTITY_DIAGNOSTICS]);
  assert.deepEqual(props['newsls.logLevel'].enum, [...LOG_LEVELS]);
  const declared = Object.keys(props).map((k) => k.replace(/^newsls\./, '')).sort();
  assert.deepEqual(declared, [...SERVER_SETTINGS.map((s) => s.key), ...CLIENT_SETTINGS].sort());
});

test('commands are declared and activate the extension', () => {
  const cmds = contributes.commands.map((c: any) => c.command).sort();
  assert.deepEqual(cmds, ['newsls.exportCorpus', 'newsls.reindex', 'newsls.restartServer', 'newsls.showOutput']);
  for (const c of cmds) assert.ok(pkg.activationEvents.includes(`onCommand:${c}`));
  const src = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
  for (const c of cmds) assert.ok(src.includes(`registerCommand('${c}'`), `${c} is registered in extension.ts`);
});

test('activation on newsls.toml / corpus.tsv workspaces', () => {
  assert.ok(pkg.activationEvents.includes('workspaceContains:**/newsls.toml'));
  assert.ok(pkg.activationEvents.includes('workspaceContains:**/corpus.tsv'));
  assert.ok(!pkg.activationEvents.includes('*'), 'never activate on startup');
});

test('packaging: bundled entry point, languageclient v9, engine range', () => {
  assert.equal(pkg.main, './dist/extension.js');
  assert.match(pkg.dependencies['vscode-languageclient'], /^\^9\./);
  assert.match(pkg.engines.vscode, /^\^1\.(8[2-9]|9\d|\d{3})/);
  const typesVscode = pkg.devDependencies['@types/vscode'].replace(/^[~^]/, '');
  assert.ok(typesVscode <= pkg.engines.vscode.replace(/^\^/, ''), '@types/vscode must not exceed engines.vscode (vsce refuses)');
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  assert.ok(/^\*\*$/m.test(ignore) || /node_modules/.test(ignore), 'node_modules and sources stay out of the vsix');
  assert.ok(!/^server\/?$/m.test(ignore), 'the bundled server/ folder must be packaged');
  assert.ok(fs.existsSync(path.join(root, 'package-lock.json')), 'package-lock.json is committed');
  assert.match(pkg.scripts.package, /-o newsls\.vsix/);
  assert.match(pkg.scripts.package, /--no-rewrite-relative-links/, 'README images are repository-relative');
  const gitignore = fs.readFileSync(path.join(root, '.gitignore'), 'utf8');
  for (const p of ['node_modules/', 'dist/', '*.vsix']) assert.ok(gitignore.includes(p), `.gitignore has ${p}`);
});

test('the server is started as `newsls serve` with nothing appended', () => {
  const src = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
  assert.match(src, /args: \['serve'\]/);
  // TransportKind.stdio would make vscode-languageclient append `--stdio`, which `newsls serve` rejects
  assert.ok(!/transport:\s*TransportKind/.test(src), 'no transport kind');
});
