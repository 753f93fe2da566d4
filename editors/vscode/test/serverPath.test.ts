import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ResolveInput, expandPath, isExecutableFile, notFoundMessage, resolveServerPath } from '../src/serverPath';

function input(files: string[], over: Partial<ResolveInput> = {}): ResolveInput {
  const set = new Set(files);
  return {
    setting: '',
    extensionPath: '/ext',
    workspaceFolder: '/work/corpus',
    env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/u', NEWSLS_HOME: '/opt/newsls' },
    platform: 'linux',
    homedir: '/home/u',
    isExecutable: (f) => set.has(f),
    ...over,
  };
}

test('setting wins over bundled and PATH', () => {
  const r = resolveServerPath(input(['/opt/x/newsls', '/ext/server/newsls', '/usr/bin/newsls'], { setting: '/opt/x/newsls' }));
  assert.deepEqual(r, { ok: true, path: '/opt/x/newsls', source: 'setting' });
});

test('a wrong setting is reported, never silently replaced', () => {
  const r = resolveServerPath(input(['/ext/server/newsls', '/usr/bin/newsls'], { setting: '/nope/newsls' }));
  assert.deepEqual(r, { ok: false, reason: 'setting-not-found', path: '/nope/newsls' });
  if (!r.ok) assert.match(notFoundMessage(r), /\/nope\/newsls.*newsls\.server\.path/);
});

test('bundled binary before PATH', () => {
  assert.deepEqual(resolveServerPath(input(['/ext/server/newsls', '/usr/bin/newsls'])), { ok: true, path: '/ext/server/newsls', source: 'bundled' });
});

test('PATH lookup in order', () => {
  assert.deepEqual(resolveServerPath(input(['/usr/bin/newsls', '/usr/local/bin/newsls'])), { ok: true, path: '/usr/local/bin/newsls', source: 'path' });
});

test('nothing found: message explains the fix', () => {
  const r = resolveServerPath(input([]));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.reason, 'not-found');
    const msg = notFoundMessage(r);
    assert.match(msg, /cargo build --release/);
    assert.match(msg, /newsls\.server\.path/);
  }
});

test('setting expansion: ~, ${workspaceFolder}, ${env:X}, relative paths, bare names', () => {
  const i = input([]);
  assert.equal(expandPath('~/bin/newsls', i), '/home/u/bin/newsls');
  assert.equal(expandPath('${workspaceFolder}/../target/release/newsls', i), '/work/corpus/../target/release/newsls');
  assert.equal(expandPath('${env:NEWSLS_HOME}/newsls', i), '/opt/newsls/newsls');
  assert.equal(expandPath('../target/release/newsls', i), '/work/target/release/newsls');
  assert.equal(expandPath('newsls-dev', i), 'newsls-dev');
  const r = resolveServerPath(input(['/usr/bin/newsls-dev'], { setting: 'newsls-dev' }));
  assert.deepEqual(r, { ok: true, path: '/usr/bin/newsls-dev', source: 'setting' });
});

test('windows: .exe names and ; separated PATH', () => {
  const r = resolveServerPath(input(['C:\\tools\\newsls.exe'], {
    platform: 'win32',
    extensionPath: 'C:\\ext',
    env: { PATH: 'C:\\tools', PATHEXT: '.EXE' },
  }));
  assert.equal(r.ok, true);
});

test('isExecutableFile checks real files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsls-test-'));
  const exe = path.join(dir, 'newsls');
  const plain = path.join(dir, 'plain');
  fs.writeFileSync(exe, '#!/bin/sh\n');
  fs.chmodSync(exe, 0o755);
  fs.writeFileSync(plain, 'x');
  fs.chmodSync(plain, 0o644);
  try {
    assert.equal(isExecutableFile(exe), true);
    assert.equal(isExecutableFile(dir), false);
    assert.equal(isExecutableFile(path.join(dir, 'missing')), false);
    if (process.getuid?.() !== 0) assert.equal(isExecutableFile(plain), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
