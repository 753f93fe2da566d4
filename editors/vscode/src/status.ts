// Status-bar text for the `newsls/status` notification and `$/progress`. Pure, unit-tested.

export interface StatusParams {
  state: 'indexing' | 'ready' | string;
  articles?: number;
  entities?: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

function n(x: number | undefined): string {
  return typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US') : '?';
}

export function plural(count: number | undefined, word: string, many = `${word}s`): string {
  return `${n(count)} ${count === 1 ? word : many}`;
}

export function statusView(p: StatusParams): StatusView {
  if (p.state === 'ready') {
    return {
      text: `$(symbol-keyword) newsls: ${plural(p.entities, 'entity', 'entities')} · ${plural(p.articles, 'article')}`,
      tooltip: 'newsls is ready. Click to show the server output.',
    };
  }
  if (p.state === 'indexing') {
    const so = typeof p.articles === 'number' && p.articles > 0 ? ` (${plural(p.articles, 'article')})` : '';
    return { text: `$(sync~spin) newsls: indexing…${so}`, tooltip: 'newsls is indexing the articles of the workspace.' };
  }
  return { text: `$(info) newsls: ${p.state}`, tooltip: 'newsls' };
}

export function progressView(kind: 'begin' | 'report' | 'end', title: string | undefined, message?: string, percentage?: number): StatusView | undefined {
  if (kind === 'end') return undefined;
  const pct = typeof percentage === 'number' ? ` ${Math.round(percentage)}%` : '';
  const what = [title, message].filter(Boolean).join(': ') || 'indexing';
  return { text: `$(sync~spin) newsls: ${what}${pct}`, tooltip: `newsls: ${what}${pct}` };
}

export const STARTING: StatusView = { text: '$(sync~spin) newsls: starting…', tooltip: 'Starting the newsls language server.' };
export const STOPPED: StatusView = { text: '$(error) newsls: stopped', tooltip: 'The newsls server is not running. Click to show its output.' };
