// Finds the copydesk binary to start as `<path> lsp`.
//
// Pure: no `vscode` import, and the environment, file system and platform are
// injected, so both POSIX and Windows behaviour can be unit tested anywhere.

import * as path from 'node:path';

export const SERVER_NAME = 'copydesk';

export interface ServerPathDeps {
  /** Environment variables (process.env). */
  env: Record<string, string | undefined>;
  /** process.platform */
  platform: NodeJS.Platform;
  /** The user's home directory, for `~` expansion. */
  homedir: string;
  /** File system path of the first workspace folder, if any. */
  workspaceFolder?: string;
  /** The extension's own folder: a platform-specific package carries the server in
   *  `server/` there (scripts/build-vsix.sh). */
  extensionPath?: string;
  /** True when `p` is an existing regular file that can be executed
   *  (on Windows: an existing regular file). */
  isExecutable: (p: string) => boolean;
  /** True when anything exists at `p` (used for clearer error messages).
   *  Defaults to `isExecutable`. */
  exists?: (p: string) => boolean;
}

export type ServerSource = 'bundled' | 'setting' | 'PATH';

export type ServerPathResult =
  | { ok: true; path: string; source: ServerSource }
  | { ok: false; message: string };

export const INSTALL_HINT =
  'Install the copydesk extension built for your platform (it brings its server), or install ' +
  'copydesk so that `copydesk` is on your PATH (`pip install copydesk`, or ' +
  '`cargo install --locked --path .` from a source checkout), or set `copydesk.server.path` ' +
  'to the copydesk binary; then run "copydesk: Restart server".';

/** Where a platform-specific package keeps its server, inside the extension folder. */
export function bundledServerPath(extensionPath: string, platform: NodeJS.Platform): string {
  return pathApi(platform).join(extensionPath, 'server', platform === 'win32' ? 'copydesk.exe' : SERVER_NAME);
}

/** A sentence for the editor: which server runs, and why that one. */
export function describeServer(result: { path: string; source: ServerSource }, setting?: string | null): string {
  const configured = typeof setting === 'string' ? setting.trim() : '';
  switch (result.source) {
    case 'bundled':
      return (
        `copydesk: using the server bundled with the extension (${result.path})` +
        (configured !== '' ? `; copydesk.server.path ("${configured}") is used only by extensions without a bundled server.` : '.')
      );
    case 'setting':
      return `copydesk: using the server from copydesk.server.path (${result.path}).`;
    case 'PATH':
      return configured !== '' && !/[\\/]/.test(configured)
        ? `copydesk: using the server "${configured}" from copydesk.server.path, found on PATH (${result.path}).`
        : `copydesk: using the server found on PATH (${result.path}).`;
  }
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Case-insensitive environment lookup on Windows (`Path` vs `PATH`). */
export function getEnv(env: Record<string, string | undefined>, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name];
  if (env[name] !== undefined) return env[name];
  const upper = name.toUpperCase();
  for (const key of Object.keys(env)) {
    if (key.toUpperCase() === upper) return env[key];
  }
  return undefined;
}

/** Executable extensions to try on Windows, lower-cased, from PATHEXT. */
export function pathExtensions(deps: Pick<ServerPathDeps, 'env' | 'platform'>): string[] {
  if (deps.platform !== 'win32') return [''];
  const raw = getEnv(deps.env, 'PATHEXT', deps.platform) ?? '.COM;.EXE;.BAT;.CMD';
  const exts = raw
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('.') ? e : '.' + e));
  return exts.length > 0 ? exts : ['.com', '.exe', '.bat', '.cmd'];
}

/** Candidate file names for `file` on this platform: the name itself if it
 *  already ends in a PATHEXT extension, else the name with each extension. */
function candidates(file: string, deps: Pick<ServerPathDeps, 'env' | 'platform'>): string[] {
  if (deps.platform !== 'win32') return [file];
  const exts = pathExtensions(deps);
  const lower = file.toLowerCase();
  if (exts.some((e) => lower.endsWith(e))) return [file];
  // A name with some other extension (or none): try the extensions, then as is.
  return [...exts.map((e) => file + e), file];
}

/** Searches the PATH entries for an executable named `name`. */
export function findOnPath(name: string, deps: ServerPathDeps): string | undefined {
  const p = pathApi(deps.platform);
  const rawPath = getEnv(deps.env, 'PATH', deps.platform) ?? '';
  const sep = deps.platform === 'win32' ? ';' : ':';
  for (let dir of rawPath.split(sep)) {
    dir = dir.trim();
    if (deps.platform === 'win32' && dir.length >= 2 && dir.startsWith('"') && dir.endsWith('"')) {
      dir = dir.slice(1, -1);
    }
    // An empty entry would mean the current directory: never search it.
    if (dir === '' || !p.isAbsolute(dir)) continue;
    for (const file of candidates(name, deps)) {
      const full = p.join(dir, file);
      if (deps.isExecutable(full)) return full;
    }
  }
  return undefined;
}

/** Expands a leading `~` (`~`, `~/x`, and on Windows `~\x`) to the home directory. */
export function expandHome(value: string, homedir: string, platform: NodeJS.Platform): string {
  if (value === '~') return homedir;
  if (value.startsWith('~/') || (platform === 'win32' && value.startsWith('~\\'))) {
    return pathApi(platform).join(homedir, value.slice(2));
  }
  return value;
}

/**
 * Resolves the server binary:
 *  1. the server bundled in the extension's `server/` folder (platform packages);
 *  2. else `copydesk.server.path` if set (`~` expanded; relative paths resolved
 *     against the first workspace folder; a bare name such as `copydesk-dev`
 *     that is not found there is looked up on PATH);
 *  3. else `copydesk` on PATH (honouring PATHEXT on Windows);
 *  4. else an error message telling the user how to install it.
 */
export function resolveServerPath(setting: string | undefined | null, deps: ServerPathDeps): ServerPathResult {
  if (deps.extensionPath) {
    const bundled = bundledServerPath(deps.extensionPath, deps.platform);
    if (deps.isExecutable(bundled)) return { ok: true, path: bundled, source: 'bundled' };
  }
  const p = pathApi(deps.platform);
  const exists = deps.exists ?? deps.isExecutable;
  const configured = typeof setting === 'string' ? setting.trim() : '';

  if (configured !== '') {
    const expanded = expandHome(configured, deps.homedir, deps.platform);
    let base: string | undefined;
    if (p.isAbsolute(expanded)) {
      base = p.normalize(expanded);
    } else if (deps.workspaceFolder) {
      base = p.resolve(deps.workspaceFolder, expanded);
    }

    if (base !== undefined) {
      for (const file of candidates(base, deps)) {
        if (deps.isExecutable(file)) return { ok: true, path: file, source: 'setting' };
      }
    }

    const isBareName = !/[\\/]/.test(expanded) && expanded === configured;
    if (isBareName) {
      const found = findOnPath(expanded, deps);
      if (found) return { ok: true, path: found, source: 'PATH' };
    }

    let why: string;
    if (base === undefined) {
      why = isBareName
        ? `"${configured}" was not found on PATH, and there is no workspace folder to resolve it against.`
        : `it is a relative path and there is no workspace folder to resolve it against; use an absolute path.`;
    } else if (exists(base)) {
      why = `${base} exists but is not an executable file.`;
    } else {
      why = `${base} does not exist.`;
    }
    return {
      ok: false,
      message: `copydesk: the setting copydesk.server.path is "${configured}", but ${why} ${INSTALL_HINT}`,
    };
  }

  const found = findOnPath(SERVER_NAME, deps);
  if (found) return { ok: true, path: found, source: 'PATH' };
  return {
    ok: false,
    message: `copydesk: the copydesk language server was not found: ${nothingBundled(deps)} and \`copydesk\` is not on PATH. ${INSTALL_HINT}`,
  };
}

function nothingBundled(deps: ServerPathDeps): string {
  if (!deps.extensionPath) return 'this extension has no bundled server';
  const bundled = bundledServerPath(deps.extensionPath, deps.platform);
  const exists = deps.exists ?? deps.isExecutable;
  return exists(bundled)
    ? `the bundled server ${bundled} is not an executable file`
    : 'this extension has no bundled server (it is the generic package)';
}

/** On Windows, .bat and .cmd files can only be started through a shell. */
export function needsShell(serverPath: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' && /\.(bat|cmd)$/i.test(serverPath);
}
