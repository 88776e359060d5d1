import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  Executable,
  LanguageClient,
  LanguageClientOptions,
} from 'vscode-languageclient/node';
import {
  INSTALL_HINT,
  ServerPathDeps,
  ServerSource,
  bundledServerPath,
  describeServer,
  needsShell,
  resolveServerPath,
} from './serverPath';
import { SECTION, ServerSettings, buildServerSettings, settingsForSection } from './settings';

const CLIENT_ID = 'copydesk';
const CLIENT_NAME = 'copydesk';

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel | undefined;
/** Says which server runs (or that none does); a click shows the output. */
let statusItem: vscode.StatusBarItem | undefined;
let extensionPath: string | undefined;
/** Settings problems already reported, so a message is shown once per text. */
const reportedProblems = new Set<string>();
/** Serialises start/stop/restart so commands and setting changes cannot race. */
let pending: Promise<void> = Promise.resolve();

function enqueue(task: () => Promise<void>): Promise<void> {
  pending = pending.then(task, task).catch((err) => {
    log(`error: ${err instanceof Error ? err.message : String(err)}`);
  });
  return pending;
}

function log(message: string): void {
  outputChannel?.appendLine(`[client] ${message}`);
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

function currentSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const { settings, problems } = buildServerSettings((key) => config.get(key));
  for (const p of problems) {
    const text = `${p.key}: ${p.message}`;
    if (!reportedProblems.has(text)) {
      reportedProblems.add(text);
      log(`settings: ${text}`);
      void vscode.window.showWarningMessage(`copydesk: invalid setting ${text}`);
    }
  }
  return settings;
}

function showStatus(text: string, tooltip: string, failed: boolean): void {
  if (!statusItem) return;
  statusItem.text = text;
  statusItem.tooltip = tooltip;
  statusItem.backgroundColor = failed ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  statusItem.show();
}

/** An unpacked extension can lose the executable bit of its bundled server: restore it. */
function restoreBundledExecutable(): void {
  if (!extensionPath || process.platform === 'win32') return;
  const bundled = bundledServerPath(extensionPath, process.platform);
  if (exists(bundled) && !isExecutable(bundled)) {
    try {
      fs.chmodSync(bundled, 0o755);
    } catch (err) {
      log(`cannot make the bundled server executable: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

async function showServerMissing(message: string): Promise<void> {
  log(message);
  showStatus('$(error) copydesk', message, true);
  const openSettings = 'Open Settings';
  const retry = 'Retry';
  const choice = await vscode.window.showErrorMessage(message, openSettings, retry);
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.server.path`);
  } else if (choice === retry) {
    await vscode.commands.executeCommand('copydesk.restartServer');
  }
}

function clientOptions(self: { client?: LanguageClient }): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      // The project file: the server reports its bad keys and values as diagnostics.
      { scheme: 'file', pattern: '**/.copydesk.toml' },
    ],
    outputChannel,
    traceOutputChannel: outputChannel,
    initializationOptions: () => currentSettings(),
    synchronize: { configurationSection: SECTION },
    middleware: {
      workspace: {
        // Push model: send the nested, validated settings instead of the raw
        // VS Code section (which would include client-only keys).
        didChangeConfiguration: async (sections, _next) => {
          const c = self.client;
          if (!c) return;
          if (sections === undefined) {
            await c.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
            return;
          }
          await c.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [SECTION]: currentSettings() },
          });
        },
        // Pull model: answer workspace/configuration for "copydesk" (and
        // sub-sections) with the same shape.
        configuration: async (params, token, next) => {
          const settings = currentSettings();
          const answers = params.items.map((item) => settingsForSection(item.section, settings));
          if (answers.every((a) => a !== undefined)) {
            return answers.map((a) => a!.value);
          }
          const fallback = await next(params, token);
          if (!Array.isArray(fallback)) return fallback;
          return answers.map((a, i) => (a !== undefined ? a.value : fallback[i]));
        },
      },
    },
  };
}

/** Starts `<server> lsp`; returns why it failed, or undefined once it runs. */
async function startServer(server: { path: string; source: ServerSource }, setting?: string): Promise<string | undefined> {
  const which = describeServer(server, setting);
  log(which);
  showStatus(`$(check) copydesk (${server.source})`, which, false);
  const shell = needsShell(server.path, process.platform);
  const run: Executable = {
    command: shell ? `"${server.path}"` : server.path,
    args: ['lsp'],
    options: shell ? { shell: true } : {},
  };
  // The client being created; the middleware belongs to it alone.
  const self: { client?: LanguageClient } = {};
  const newClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, { run, debug: run }, clientOptions(self));
  self.client = newClient;
  client = newClient;
  try {
    await newClient.start();
    return undefined;
  } catch (err) {
    client = undefined;
    const text = err instanceof Error ? err.message : String(err);
    log(`failed to start ${server.path} lsp: ${text}`);
    try {
      await newClient.dispose();
    } catch {
      // ignore
    }
    return text;
  }
}

async function startClient(): Promise<void> {
  if (client) return;
  const config = vscode.workspace.getConfiguration(SECTION);
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  restoreBundledExecutable();
  const setting = config.get<string>('server.path');
  const deps: ServerPathDeps = {
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
    workspaceFolder: folder?.uri.fsPath,
    extensionPath,
    isExecutable,
    exists,
  };
  let resolved = resolveServerPath(setting, deps);
  if (!resolved.ok) {
    void showServerMissing(resolved.message);
    return;
  }
  let failure = await startServer(resolved, setting);
  if (failure !== undefined && resolved.source === 'bundled') {
    // The bundled binary may not run on this system (say, without the usual C library):
    // the next in line is the user's own server, from the setting or PATH.
    const fallback = resolveServerPath(setting, { ...deps, extensionPath: undefined });
    if (fallback.ok) {
      log(`the bundled server did not start; trying ${fallback.path}`);
      resolved = fallback;
      failure = await startServer(fallback, setting);
    }
  }
  if (failure === undefined) return;
  const message = `copydesk: could not start the language server (${resolved.path} lsp): ${failure}. ${INSTALL_HINT}`;
  showStatus('$(error) copydesk', message, true);
  void vscode.window.showErrorMessage(`${message} See the "copydesk" output for details.`);
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    await c.stop();
  } catch (err) {
    log(`error while stopping the server: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    await c.dispose();
  } catch {
    // ignore
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  outputChannel = vscode.window.createOutputChannel('copydesk');
  extensionPath = context.extensionPath;
  statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 10);
  statusItem.name = 'copydesk server';
  statusItem.command = 'copydesk.showOutput';
  context.subscriptions.push(outputChannel, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.showOutput', () => outputChannel?.show(true)),
    vscode.commands.registerCommand('copydesk.restartServer', () =>
      enqueue(async () => {
        reportedProblems.clear();
        log('restarting the server');
        await stopClient();
        await startClient();
      }),
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Changing the binary needs a new process; everything else is sent to
      // the running server as workspace/didChangeConfiguration.
      if (e.affectsConfiguration(`${SECTION}.server.path`)) {
        void enqueue(async () => {
          log('copydesk.server.path changed; restarting the server');
          await stopClient();
          await startClient();
        });
      }
    }),
  );

  await enqueue(startClient);
}

export async function deactivate(): Promise<void> {
  await enqueue(stopClient);
}
