// Where is the `newsls` binary? Pure logic (file-system access injected), unit-tested without VS Code.
//   1. the `newsls.server.path` setting (an explicit choice: if it is wrong, say so — never fall back),
//   2. a binary bundled in the extension: <extension>/server/newsls[.exe],
//   3. `newsls` on PATH.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';

export type ServerSource = 'setting' | 'bundled' | 'path';

export type Resolution =
  | { ok: true; path: string; source: ServerSource }
  | { ok: false; reason: 'setting-not-found'; path: string }
  | { ok: false; reason: 'not-found'; searched: string[] };

export interface ResolveInput {
  setting?: string | null;
  extensionPath: string;
  workspaceFolder?: string;
  env: { [k: string]: string | undefined };
  platform: NodeJS.Platform;
  homedir: string;
  isExecutable: (file: string) => boolean;
}

function pathOf(platform: NodeJS.Platform): typeof path.posix {
  return platform === 'win32' ? path.win32 : path.posix;
}

export function binaryName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'newsls.exe' : 'newsls';
}

/** Expand `~`, `${workspaceFolder}`, `${userHome}` and `${env:NAME}`; resolve relative paths. */
export function expandPath(raw: string, input: Pick<ResolveInput, 'workspaceFolder' | 'env' | 'homedir'> & { platform?: NodeJS.Platform }): string {
  const path = pathOf(input.platform ?? process.platform);
  let p = raw.trim();
  p = p.replace(/\$\{workspaceFolder\}/g, input.workspaceFolder ?? '');
  p = p.replace(/\$\{userHome\}/g, input.homedir);
  p = p.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => input.env[name] ?? '');
  if (p === '~') p = input.homedir;
  else if (p.startsWith('~/') || p.startsWith('~\\')) p = path.join(input.homedir, p.slice(2));
  if (!path.isAbsolute(p)) {
    // a bare command name ("newsls") is looked up on PATH by the caller; a relative path is resolved
    // against the workspace folder.
    if (input.workspaceFolder && (p.includes('/') || p.includes('\\'))) p = path.resolve(input.workspaceFolder, p);
  }
  return p;
}

export function searchPath(name: string, input: Pick<ResolveInput, 'env' | 'platform' | 'isExecutable'>): string | undefined {
  const path = pathOf(input.platform);
  const envPath = input.env.PATH ?? input.env.Path ?? '';
  const sep = input.platform === 'win32' ? ';' : ':';
  const exts = input.platform === 'win32' && !/\.[a-z]+$/i.test(name)
    ? (input.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')
    : [''];
  for (const dir of envPath.split(sep)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (input.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function resolveServerPath(input: ResolveInput): Resolution {
  const path = pathOf(input.platform);
  const setting = (input.setting ?? '').trim();
  if (setting) {
    const p = expandPath(setting, input);
    if (path.isAbsolute(p)) {
      return input.isExecutable(p) ? { ok: true, path: p, source: 'setting' } : { ok: false, reason: 'setting-not-found', path: p };
    }
    const found = searchPath(p, input);
    return found ? { ok: true, path: found, source: 'setting' } : { ok: false, reason: 'setting-not-found', path: p };
  }
  const bundled = path.join(input.extensionPath, 'server', binaryName(input.platform));
  if (input.isExecutable(bundled)) return { ok: true, path: bundled, source: 'bundled' };
  const onPath = searchPath(binaryName(input.platform), input);
  if (onPath) return { ok: true, path: onPath, source: 'path' };
  return { ok: false, reason: 'not-found', searched: [bundled, `${binaryName(input.platform)} on PATH`] };
}

/** Real file-system check: a regular file that we may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function defaultResolveInput(setting: string | undefined, extensionPath: string, workspaceFolder?: string): ResolveInput {
  return {
    setting,
    extensionPath,
    workspaceFolder,
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
    isExecutable: isExecutableFile,
  };
}

/** The message shown when no binary can be started, with the fix. */
export function notFoundMessage(r: Exclude<Resolution, { ok: true }>): string {
  if (r.reason === 'setting-not-found') {
    return `newsls: the server binary "${r.path}" (setting newsls.server.path) does not exist or is not executable. ` +
      'Fix the setting, or clear it to use a bundled binary or `newsls` on PATH.';
  }
  return 'newsls: no server binary found (looked for the bundled server/newsls and for `newsls` on PATH). ' +
    'Build it with `cargo build --release` (or `cargo install --path .`) and set newsls.server.path to target/release/newsls.';
}
