import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { plural, progressView, statusView } from '../src/status';
import { CrashCounter } from '../src/crash';

test('ready status shows entities and articles', () => {
  assert.equal(statusView({ state: 'ready', articles: 3, entities: 1234 }).text, '$(symbol-keyword) newsls: 1,234 entities · 3 articles');
  assert.equal(statusView({ state: 'ready', articles: 1, entities: 1 }).text, '$(symbol-keyword) newsls: 1 entity · 1 article');
  assert.match(statusView({ state: 'ready' }).text, /\? entities · \? articles/);
});

test('indexing status spins', () => {
  assert.match(statusView({ state: 'indexing', articles: 0, entities: 0 }).text, /^\$\(sync~spin\) newsls: indexing…$/);
  assert.match(statusView({ state: 'indexing', articles: 12 }).text, /indexing… \(12 articles\)/);
});

test('progress view', () => {
  assert.equal(progressView('begin', 'Indexing', undefined, 0)?.text, '$(sync~spin) newsls: Indexing 0%');
  assert.equal(progressView('report', 'Indexing', '40/100 articles', 40.4)?.text, '$(sync~spin) newsls: Indexing: 40/100 articles 40%');
  assert.equal(progressView('end', 'Indexing'), undefined);
  assert.equal(plural(2, 'article'), '2 articles');
});

test('crash counter gives up after 4 restarts in 3 minutes, forgets old crashes', () => {
  const c = new CrashCounter(4, 180_000);
  for (let i = 0; i < 4; i++) assert.equal(c.crashed(1000 + i), true);
  assert.equal(c.crashed(2000), false);
  const d = new CrashCounter(4, 180_000);
  for (let i = 0; i < 10; i++) assert.equal(d.crashed(i * 100_000), true);
  d.reset();
  assert.equal(d.recent, 0);
});
