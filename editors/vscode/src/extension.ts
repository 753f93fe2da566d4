// VS Code extension for newsls: starts `newsls serve` (LSP over stdio) for plain-text news articles,
// forwards the settings, adds commands and a status-bar item. The logic that does not need VS Code
// lives in settings.ts, serverPath.ts, status.ts and crash.ts (unit-tested with node's test runner).
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ExecuteCommandRequest,
  InlayHintRequest,
  SemanticTokensRegistrationType,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  StaticFeature,
  DynamicFeature,
} from 'vscode-languageclient/node';
import {
  EXPORT_FORMATS,
  changeKind,
  configurationItem,
  didChangeConfigurationParams,
  documentSelector,
  exportArguments,
  filterServerCommands,
  toServerOptions,
  ServerOptions as NewslsOptions,
} from './settings';
import { defaultResolveInput, notFoundMessage, resolveServerPath } from './serverPath';
import { STARTING, STOPPED, StatusParams, StatusView, progressView, statusView } from './status';
import { CrashCounter } from './crash';

/** The language client, minus automatic registration of the server commands this extension wraps. */
class NewslsLanguageClient extends LanguageClient {
  public registerFeature(feature: StaticFeature | DynamicFeature<any>): void {
    const f = feature as any;
    if (f?.registrationType?.method === ExecuteCommandRequest.method && typeof f.register === 'function') {
      const register = f.register.bind(f);
      f.register = (data: any) =>
        register({ ...data, registerOptions: { ...data.registerOptions, commands: filterServerCommands(data.registerOptions?.commands) } });
    }
    super.registerFeature(feature);
  }
}

let client: NewslsLanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let lastStatus: StatusView = STARTING;
let starting: Promise<void> | undefined;
const crashes = new CrashCounter();
const progressTitles = new Map<string | number, string>();
let gaveUp = false; // the crash notification was shown for this start cycle

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('newsls');
}

function currentOptions(): NewslsOptions {
  const c = config();
  return toServerOptions((key) => c.get(key));
}

function workspaceRoot(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function showStatus(view: StatusView): void {
  lastStatus = view;
  statusItem.text = view.text;
  statusItem.tooltip = view.tooltip;
  statusItem.show();
}

function log(line: string): void {
  output.appendLine(`[newsls extension ${new Date().toISOString()}] ${line}`);
}

async function offerFix(message: string, severity: 'error' | 'warning' = 'error'): Promise<void> {
  const show = severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  const choice = await show(message, 'Open Settings', 'Restart Server', 'Show Output');
  if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'newsls.server.path');
  else if (choice === 'Restart Server') await vscode.commands.executeCommand('newsls.restartServer');
  else if (choice === 'Show Output') output.show(true);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const resolution = resolveServerPath(defaultResolveInput(config().get<string>('server.path'), context.extensionPath, workspaceRoot()));
  if (!resolution.ok) {
    const msg = notFoundMessage(resolution);
    log(msg);
    showStatus({ text: '$(error) newsls: no server', tooltip: msg });
    void offerFix(msg);
    return;
  }
  log(`starting ${resolution.path} serve (from ${resolution.source})`);
  showStatus(STARTING);

  const serverOptions: ServerOptions = {
    command: resolution.path,
    // No `transport`: with TransportKind.stdio the client would append `--stdio` to the arguments.
    args: ['serve'],
    options: { cwd: workspaceRoot(), env: { ...process.env } },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(config().get<boolean>('untitled') === true),
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: () => currentOptions(),
    markdown: { isTrusted: false, supportHtml: false },
    errorHandler: {
      error: (error, _message, count) => {
        log(`connection error: ${error?.message ?? String(error)}`);
        return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        if (crashes.crashed(Date.now())) {
          log(`server exited; restarting (${crashes.recent} in the last 3 minutes)`);
          return { action: CloseAction.Restart, handled: true };
        }
        showStatus(STOPPED);
        gaveUp = true;
        void offerFix(
          `newsls: the server crashed ${crashes.recent} times in 3 minutes and was stopped. ` +
            'Its log is in the output channel "newsls"; fix the cause (or newsls.server.path) and run "newsls: Restart Server".',
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    initializationFailedHandler: (error) => {
      // the `closed` handler restarts it and tells the user when it gives up
      log(`the server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
    middleware: {
      workspace: {
        // Answer `workspace/configuration` pulls with the same shape as initializationOptions.
        configuration: (params) => {
          const opts = currentOptions();
          return params.items.map((item) => configurationItem(opts, item.section));
        },
      },
      handleWorkDoneProgress: (token, params, next) => {
        if (params.kind === 'begin') progressTitles.set(token, params.title);
        const view = progressView(params.kind, progressTitles.get(token), (params as any).message, (params as any).percentage);
        if (params.kind === 'end') progressTitles.delete(token);
        if (view) {
          statusItem.text = view.text;
          statusItem.tooltip = view.tooltip;
        } else {
          statusItem.text = lastStatus.text;
          statusItem.tooltip = lastStatus.tooltip;
        }
        next(token, params);
      },
    },
  };

  const c = new NewslsLanguageClient('newsls', 'newsls', serverOptions, clientOptions);
  client = c;
  let prev: StatusParams | undefined;
  c.onNotification('newsls/status', (p: StatusParams) => {
    showStatus(statusView(p));
    const changed = !prev || prev.state !== 'ready' || prev.articles !== p.articles || prev.entities !== p.entities;
    prev = p;
    if (p.state === 'ready' && changed) refreshViews(c);
  });
  c.onDidChangeState((e) => {
    if (e.newState === State.Stopped && client === c) showStatus(STOPPED);
    if (e.newState === State.Starting) showStatus(STARTING);
    if (e.newState === State.Running && lastStatus === STARTING) showStatus({ text: '$(sync~spin) newsls: indexing…', tooltip: 'newsls is running.' });
  });
  try {
    await c.start();
  } catch (e) {
    const msg = `newsls: could not start "${resolution.path} serve": ${e instanceof Error ? e.message : String(e)}`;
    log(msg);
    // The client may still be restarting it (errorHandler.closed); speak up only if that did not help
    // and no crash notification was shown.
    setTimeout(() => {
      if (client === c && !gaveUp && !c.isRunning()) {
        showStatus(STOPPED);
        void offerFix(msg);
      }
    }, 5000);
  }
}

/**
 * After (re)indexing, colours and inlay hints computed earlier may be stale (dates resolve against
 * corpus.tsv, names link across articles): ask VS Code to request them again, as the server's
 * `workspace/semanticTokens/refresh` / `workspace/inlayHint/refresh` would.
 */
function refreshViews(c: LanguageClient): void {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.languageId !== 'plaintext') continue;
    try {
      c.getFeature(SemanticTokensRegistrationType.method)?.getProvider(doc)?.onDidChangeSemanticTokensEmitter.fire();
    } catch (e) {
      log(`semantic tokens refresh: ${String(e)}`);
    }
    try {
      c.getFeature(InlayHintRequest.method)?.getProvider(doc)?.onDidChangeInlayHints.fire();
    } catch (e) {
      log(`inlay hints refresh: ${String(e)}`);
    }
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try {
      if (c.state !== State.Stopped) await c.stop(5000);
    } catch (e) {
      log(`stop: ${String(e)}`);
    }
  }
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  if (starting) await starting.catch(() => undefined);
  crashes.reset();
  gaveUp = false;
  starting = (async () => {
    await stopClient();
    await startClient(context);
  })();
  await starting;
}

async function runningClient(context: vscode.ExtensionContext): Promise<NewslsLanguageClient | undefined> {
  if (starting) await starting.catch(() => undefined);
  if (!client || client.state === State.Stopped) await restartClient(context);
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage('newsls: the server is not running.', 'Show Output').then((c) => c && output.show(true));
    return undefined;
  }
  return client;
}

async function exportCorpus(context: vscode.ExtensionContext, arg?: { format?: string; out?: string }): Promise<unknown> {
  let format = arg?.format;
  if (!format) {
    const pick = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((f) => ({ label: f.label, description: f.id, detail: f.detail, id: f.id })),
      { title: 'newsls: export the corpus', placeHolder: 'Format of the export' },
    );
    if (!pick) return undefined;
    format = pick.id;
  }
  let out = arg?.out;
  if (!out) {
    const root = workspaceRoot();
    const uris = await vscode.window.showOpenDialog({
      title: `newsls: folder for the ${format} export`,
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      openLabel: 'Export here',
      defaultUri: root ? vscode.Uri.file(root) : undefined,
    });
    if (!uris || uris.length === 0) return undefined;
    out = uris[0].fsPath;
  }
  const c = await runningClient(context);
  if (!c) return undefined;
  try {
    const result: any = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `newsls: exporting (${format})…` },
      () => c.sendRequest(ExecuteCommandRequest.type, { command: 'newsls.exportCorpus', arguments: exportArguments(format!, out!) }),
    );
    const files = typeof result?.files === 'number' ? result.files : '?';
    void vscode.window.showInformationMessage(`newsls: exported ${files} file(s) to ${result?.out ?? out}`);
    return result;
  } catch (e) {
    const msg = `newsls: export failed: ${e instanceof Error ? e.message : String(e)}`;
    log(msg);
    void vscode.window.showErrorMessage(msg, 'Show Output').then((ch) => ch && output.show(true));
    return undefined;
  }
}

async function reindex(context: vscode.ExtensionContext): Promise<unknown> {
  const c = await runningClient(context);
  if (!c) return undefined;
  showStatus(statusView({ state: 'indexing' }));
  try {
    return await c.sendRequest(ExecuteCommandRequest.type, { command: 'newsls.reindex', arguments: [] });
  } catch (e) {
    const msg = `newsls: reindex failed: ${e instanceof Error ? e.message : String(e)}`;
    log(msg);
    void vscode.window.showErrorMessage(msg, 'Show Output').then((ch) => ch && output.show(true));
    return undefined;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('newsls');
  statusItem = vscode.window.createStatusBarItem('newsls.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'newsls';
  statusItem.command = 'newsls.showOutput';
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsls.exportCorpus', (arg?: { format?: string; out?: string }) => exportCorpus(context, arg)),
    vscode.commands.registerCommand('newsls.reindex', () => reindex(context)),
    vscode.commands.registerCommand('newsls.restartServer', () => restartClient(context)),
    vscode.commands.registerCommand('newsls.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      const kind = changeKind((s) => e.affectsConfiguration(s));
      if (kind === 'restart') {
        log('configuration changed: restarting the server');
        void restartClient(context);
      } else if (kind === 'push' && client?.isRunning()) {
        void client.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(currentOptions()));
      }
    }),
    { dispose: () => void stopClient() },
  );

  starting = startClient(context);
  await starting;
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
