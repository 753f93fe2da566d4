// Pure mapping from VS Code settings (`newsls.*`) to the server's initializationOptions /
// `workspace/didChangeConfiguration` payload. No `vscode` import: unit-tested with node's test runner.

export type EntityDiagnostics = 'hint' | 'information' | 'off';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** The shape `newsls serve` accepts as initializationOptions and as `settings.newsls`. */
export interface ServerOptions {
  diagnostics: { entities: EntityDiagnostics };
  inlayHints: { enabled: boolean };
  include: string[];
  exclude: string[];
  logLevel: LogLevel;
}

export const ENTITY_DIAGNOSTICS: readonly EntityDiagnostics[] = ['hint', 'information', 'off'];
export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug', 'trace'];

export const DEFAULT_OPTIONS: ServerOptions = {
  diagnostics: { entities: 'hint' },
  inlayHints: { enabled: true },
  include: [],
  exclude: [],
  logLevel: 'info',
};

/**
 * Every setting that is forwarded to the server: VS Code key (below `newsls.`) → path in
 * ServerOptions. The manifest test checks that package.json declares each of them.
 */
export const SERVER_SETTINGS: ReadonlyArray<{ key: string; path: string[] }> = [
  { key: 'diagnostics.entities', path: ['diagnostics', 'entities'] },
  { key: 'inlayHints.enabled', path: ['inlayHints', 'enabled'] },
  { key: 'include', path: ['include'] },
  { key: 'exclude', path: ['exclude'] },
  { key: 'logLevel', path: ['logLevel'] },
];

/** Settings used by the extension itself (never sent to the server). */
export const CLIENT_SETTINGS: readonly string[] = ['server.path', 'untitled', 'trace.server'];

/** Settings whose change needs a server restart rather than a didChangeConfiguration push. */
export const RESTART_SETTINGS: readonly string[] = ['server.path', 'untitled'];

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'info' && allowed.includes('information' as T)) return 'information' as T;
    if (v === 'warning' && allowed.includes('warn' as T)) return 'warn' as T;
    if ((allowed as readonly string[]).includes(v)) return v as T;
  }
  return fallback;
}

/**
 * Build the server options from a getter of `newsls.*` settings (for VS Code:
 * `key => workspace.getConfiguration('newsls').get(key)`). Missing or invalid values fall back to
 * the defaults, so the server always receives the complete, well-typed shape.
 */
export function toServerOptions(get: (key: string) => unknown): ServerOptions {
  const inlay = get('inlayHints.enabled');
  return {
    diagnostics: {
      entities: oneOf(get('diagnostics.entities'), ENTITY_DIAGNOSTICS, DEFAULT_OPTIONS.diagnostics.entities),
    },
    inlayHints: { enabled: typeof inlay === 'boolean' ? inlay : DEFAULT_OPTIONS.inlayHints.enabled },
    include: stringList(get('include')),
    exclude: stringList(get('exclude')),
    logLevel: oneOf(get('logLevel'), LOG_LEVELS, DEFAULT_OPTIONS.logLevel),
  };
}

/** Payload of `workspace/didChangeConfiguration`. */
export function didChangeConfigurationParams(options: ServerOptions): { settings: { newsls: ServerOptions } } {
  return { settings: { newsls: options } };
}

/**
 * Answer to one item of a `workspace/configuration` pull. `section` is what the server asked
 * for (`newsls`, `newsls.diagnostics`, … or undefined for everything).
 */
export function configurationItem(options: ServerOptions, section: string | undefined): unknown {
  if (!section) return { newsls: options };
  const parts = section.split('.');
  if (parts[0] !== 'newsls') return null;
  let cur: unknown = options;
  for (const p of parts.slice(1)) {
    if (cur === null || typeof cur !== 'object' || !(p in (cur as object))) return null;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** Does a configuration change (as tested by `affects('newsls.x')`) require a restart? */
export function changeKind(affects: (section: string) => boolean): 'none' | 'push' | 'restart' {
  if (!affects('newsls')) return 'none';
  if (RESTART_SETTINGS.some((k) => affects(`newsls.${k}`))) return 'restart';
  if (SERVER_SETTINGS.some((s) => affects(`newsls.${s.key}`))) return 'push';
  return 'none';
}

/** Document selector for the language client. */
export function documentSelector(untitled: boolean): Array<{ language: string; scheme: string }> {
  const sel = [{ language: 'plaintext', scheme: 'file' }];
  if (untitled) sel.push({ language: 'plaintext', scheme: 'untitled' });
  return sel;
}

/** Server commands that the extension registers itself (with a UI); the language client must not. */
export const CLIENT_OWNED_SERVER_COMMANDS: readonly string[] = ['newsls.exportCorpus', 'newsls.reindex'];

export function filterServerCommands(commands: readonly string[] | undefined): string[] {
  return (commands ?? []).filter((c) => !CLIENT_OWNED_SERVER_COMMANDS.includes(c));
}

export const EXPORT_FORMATS: ReadonlyArray<{ id: 'brat' | 'conll' | 'jsonl'; label: string; detail: string }> = [
  { id: 'brat', label: 'brat', detail: 'standoff: one .txt + .ann pair per article' },
  { id: 'conll', label: 'CoNLL', detail: 'token-per-line BIO tags, blank line between sentences' },
  { id: 'jsonl', label: 'JSON Lines', detail: 'one JSON object per article with its entity spans' },
];

export function exportArguments(format: string, outFolder: string): [{ format: string; out: string }] {
  if (!EXPORT_FORMATS.some((f) => f.id === format)) throw new Error(`unknown export format: ${format}`);
  if (!outFolder) throw new Error('no output folder');
  return [{ format, out: outFolder }];
}
