import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DEFAULT_OPTIONS,
  changeKind,
  configurationItem,
  didChangeConfigurationParams,
  documentSelector,
  exportArguments,
  filterServerCommands,
  toServerOptions,
} from '../src/settings';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

test('defaults when nothing is set', () => {
  assert.deepEqual(toServerOptions(getter({})), DEFAULT_OPTIONS);
  assert.deepEqual(DEFAULT_OPTIONS, {
    diagnostics: { entities: 'hint' },
    inlayHints: { enabled: true },
    include: [],
    exclude: [],
    logLevel: 'info',
  });
});

test('every setting maps to the server shape', () => {
  const opts = toServerOptions(getter({
    'diagnostics.entities': 'information',
    'inlayHints.enabled': false,
    include: ['news/**/*.txt'],
    exclude: ['drafts/**', '*.tmp.txt'],
    logLevel: 'debug',
    'server.path': '/opt/newsls', // client-only: never sent
    untitled: true,
  }));
  assert.deepEqual(opts, {
    diagnostics: { entities: 'information' },
    inlayHints: { enabled: false },
    include: ['news/**/*.txt'],
    exclude: ['drafts/**', '*.tmp.txt'],
    logLevel: 'debug',
  });
  assert.equal(JSON.stringify(opts).includes('/opt/newsls'), false);
});

test('invalid values fall back to defaults; lenient spellings accepted', () => {
  const opts = toServerOptions(getter({
    'diagnostics.entities': 'loud',
    'inlayHints.enabled': 'yes',
    include: 'only/*.txt',
    exclude: [1, '', ' a/** ', null],
    logLevel: 'WARNING',
  }));
  assert.equal(opts.diagnostics.entities, 'hint');
  assert.equal(opts.inlayHints.enabled, true);
  assert.deepEqual(opts.include, ['only/*.txt']);
  assert.deepEqual(opts.exclude, ['a/**']);
  assert.equal(opts.logLevel, 'warn');
  assert.equal(toServerOptions(getter({ 'diagnostics.entities': 'info' })).diagnostics.entities, 'information');
  assert.equal(toServerOptions(getter({ 'diagnostics.entities': 'OFF' })).diagnostics.entities, 'off');
});

test('didChangeConfiguration payload wraps the options under settings.newsls', () => {
  const opts = toServerOptions(getter({ logLevel: 'trace' }));
  assert.deepEqual(didChangeConfigurationParams(opts), { settings: { newsls: opts } });
});

test('workspace/configuration pulls are answered per section', () => {
  const opts = toServerOptions(getter({ 'diagnostics.entities': 'off' }));
  assert.deepEqual(configurationItem(opts, 'newsls'), opts);
  assert.deepEqual(configurationItem(opts, 'newsls.diagnostics'), { entities: 'off' });
  assert.equal(configurationItem(opts, 'newsls.diagnostics.entities'), 'off');
  assert.equal(configurationItem(opts, 'newsls.nope'), null);
  assert.equal(configurationItem(opts, 'editor'), null);
  assert.deepEqual(configurationItem(opts, undefined), { newsls: opts });
});

test('changeKind: server settings are pushed, path/untitled restart, others ignored', () => {
  const affects = (changed: string[]) => (s: string) => changed.some((c) => c === s || c.startsWith(s + '.'));
  assert.equal(changeKind(affects(['editor.fontSize'])), 'none');
  assert.equal(changeKind(affects(['newsls.logLevel'])), 'push');
  assert.equal(changeKind(affects(['newsls.diagnostics.entities'])), 'push');
  assert.equal(changeKind(affects(['newsls.include'])), 'push');
  assert.equal(changeKind(affects(['newsls.server.path'])), 'restart');
  assert.equal(changeKind(affects(['newsls.untitled', 'newsls.logLevel'])), 'restart');
  assert.equal(changeKind(affects(['newsls.trace.server'])), 'none');
});

test('document selector: plaintext files, untitled on demand', () => {
  assert.deepEqual(documentSelector(false), [{ language: 'plaintext', scheme: 'file' }]);
  assert.deepEqual(documentSelector(true), [
    { language: 'plaintext', scheme: 'file' },
    { language: 'plaintext', scheme: 'untitled' },
  ]);
});

test('server commands wrapped by the extension are not auto-registered', () => {
  assert.deepEqual(filterServerCommands(['newsls.exportCorpus', 'newsls.reindex', 'newsls.other']), ['newsls.other']);
  assert.deepEqual(filterServerCommands(undefined), []);
});

test('export arguments', () => {
  assert.deepEqual(exportArguments('conll', '/tmp/out'), [{ format: 'conll', out: '/tmp/out' }]);
  assert.throws(() => exportArguments('xml', '/tmp/out'));
  assert.throws(() => exportArguments('brat', ''));
});
