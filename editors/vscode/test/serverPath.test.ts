import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ServerPathDeps,
  bundledServerPath,
  describeServer,
  expandHome,
  findOnPath,
  needsShell,
  pathExtensions,
  resolveServerPath,
} from '../src/serverPath';

/** A fake file system: `files` are executable files, `others` exist but are not executable. */
function deps(over: Partial<ServerPathDeps> & { files?: string[]; others?: string[] } = {}): ServerPathDeps {
  const files = new Set(over.files ?? []);
  const others = new Set(over.others ?? []);
  const win = over.platform === 'win32';
  const norm = (p: string) => (win ? p.toLowerCase() : p);
  const fileSet = new Set([...files].map(norm));
  const otherSet = new Set([...others].map(norm));
  return {
    env: over.env ?? {},
    platform: over.platform ?? 'linux',
    homedir: over.homedir ?? (win ? 'C:\\Users\\ed' : '/home/ed'),
    workspaceFolder: over.workspaceFolder,
    extensionPath: over.extensionPath,
    isExecutable: (p) => fileSet.has(norm(p)),
    exists: (p) => fileSet.has(norm(p)) || otherSet.has(norm(p)),
  };
}

// ---- POSIX ----

test('finds copydesk on PATH, first entry wins', () => {
  const d = deps({
    env: { PATH: '/usr/local/bin:/home/ed/.cargo/bin:/usr/bin' },
    files: ['/home/ed/.cargo/bin/copydesk', '/usr/bin/copydesk'],
  });
  assert.deepEqual(resolveServerPath(undefined, d), { ok: true, path: '/home/ed/.cargo/bin/copydesk', source: 'PATH' });
  assert.deepEqual(resolveServerPath('', d), { ok: true, path: '/home/ed/.cargo/bin/copydesk', source: 'PATH' });
  assert.deepEqual(resolveServerPath('   ', d), { ok: true, path: '/home/ed/.cargo/bin/copydesk', source: 'PATH' });
});

test('skips non-executable files and empty or relative PATH entries', () => {
  const d = deps({
    env: { PATH: ':.:bin:/a:/b' },
    files: ['copydesk', './copydesk', 'bin/copydesk', '/b/copydesk'],
    others: ['/a/copydesk'],
  });
  assert.equal(findOnPath('copydesk', d), '/b/copydesk');
});

test('clear error when nothing is found', () => {
  const r = resolveServerPath(undefined, deps({ env: { PATH: '/usr/bin' } }));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.message, /no bundled server/);
    assert.match(r.message, /`copydesk` is not on PATH/);
    assert.match(r.message, /pip install copydesk/);
    assert.match(r.message, /cargo install --locked --path \./);
    assert.match(r.message, /copydesk\.server\.path/);
  }
  const noPath = resolveServerPath(undefined, deps({ env: {} }));
  assert.equal(noPath.ok, false);
});

test('absolute setting is used as is', () => {
  const d = deps({ files: ['/opt/copydesk/copydesk'], env: { PATH: '/usr/bin' } });
  assert.deepEqual(resolveServerPath('/opt/copydesk/copydesk', d), { ok: true, path: '/opt/copydesk/copydesk', source: 'setting' });
  assert.deepEqual(resolveServerPath('/opt//copydesk/./copydesk', d), { ok: true, path: '/opt/copydesk/copydesk', source: 'setting' });
});

test('the setting wins over PATH', () => {
  const d = deps({ files: ['/opt/copydesk', '/usr/bin/copydesk'], env: { PATH: '/usr/bin' } });
  assert.deepEqual(resolveServerPath('/opt/copydesk', d), { ok: true, path: '/opt/copydesk', source: 'setting' });
});

test('~ is expanded', () => {
  const d = deps({ files: ['/home/ed/.cargo/bin/copydesk'] });
  assert.deepEqual(resolveServerPath('~/.cargo/bin/copydesk', d), {
    ok: true,
    path: '/home/ed/.cargo/bin/copydesk',
    source: 'setting',
  });
  assert.equal(expandHome('~', '/home/ed', 'linux'), '/home/ed');
  assert.equal(expandHome('~other/x', '/home/ed', 'linux'), '~other/x');
  assert.equal(expandHome('a/~/b', '/home/ed', 'linux'), 'a/~/b');
});

test('relative setting is resolved against the first workspace folder', () => {
  const d = deps({ files: ['/work/news/target/release/copydesk'], workspaceFolder: '/work/news' });
  assert.deepEqual(resolveServerPath('target/release/copydesk', d), {
    ok: true,
    path: '/work/news/target/release/copydesk',
    source: 'setting',
  });
  assert.deepEqual(resolveServerPath('./target/release/copydesk', d), {
    ok: true,
    path: '/work/news/target/release/copydesk',
    source: 'setting',
  });
  const up = deps({ files: ['/work/copydesk/target/debug/copydesk'], workspaceFolder: '/work/news' });
  assert.deepEqual(resolveServerPath('../copydesk/target/debug/copydesk', up), {
    ok: true,
    path: '/work/copydesk/target/debug/copydesk',
    source: 'setting',
  });
});

test('relative setting without a workspace folder is an error', () => {
  const r = resolveServerPath('target/release/copydesk', deps({ files: ['/target/release/copydesk'] }));
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /no workspace folder/);
});

test('a bare name in the setting falls back to PATH', () => {
  const d = deps({ env: { PATH: '/usr/local/bin' }, files: ['/usr/local/bin/copydesk-dev'], workspaceFolder: '/w' });
  assert.deepEqual(resolveServerPath('copydesk-dev', d), { ok: true, path: '/usr/local/bin/copydesk-dev', source: 'PATH' });
  const inFolder = deps({ env: { PATH: '/usr/local/bin' }, files: ['/w/copydesk-dev', '/usr/local/bin/copydesk-dev'], workspaceFolder: '/w' });
  assert.deepEqual(resolveServerPath('copydesk-dev', inFolder), { ok: true, path: '/w/copydesk-dev', source: 'setting' });
});

test('a setting pointing at a missing or non-executable file is an error, not a PATH fallback', () => {
  const d = deps({ env: { PATH: '/usr/bin' }, files: ['/usr/bin/copydesk'], others: ['/opt/copydesk'] });
  const missing = resolveServerPath('/nope/copydesk', d);
  assert.equal(missing.ok, false);
  if (!missing.ok) {
    assert.match(missing.message, /\/nope\/copydesk does not exist/);
    assert.match(missing.message, /pip install copydesk/);
  }
  const notExec = resolveServerPath('/opt/copydesk', d);
  assert.equal(notExec.ok, false);
  if (!notExec.ok) assert.match(notExec.message, /not an executable file/);
});

// ---- the server bundled with a platform-specific extension ----

const EXT = '/home/ed/.vscode/extensions/copydesk.copydesk-0.1.0-linux-x64';

test('lookup order: the bundled server, then copydesk.server.path, then PATH', () => {
  const all = {
    extensionPath: EXT,
    env: { PATH: '/usr/bin' },
    files: [`${EXT}/server/copydesk`, '/opt/copydesk', '/usr/bin/copydesk'],
  };
  assert.deepEqual(resolveServerPath('/opt/copydesk', deps(all)), { ok: true, path: `${EXT}/server/copydesk`, source: 'bundled' });
  const noBundle = { ...all, files: ['/opt/copydesk', '/usr/bin/copydesk'] };
  assert.deepEqual(resolveServerPath('/opt/copydesk', deps(noBundle)), { ok: true, path: '/opt/copydesk', source: 'setting' });
  assert.deepEqual(resolveServerPath('', deps(noBundle)), { ok: true, path: '/usr/bin/copydesk', source: 'PATH' });
  const onlyPath = { ...all, files: ['/usr/bin/copydesk'] };
  assert.deepEqual(resolveServerPath(undefined, deps(onlyPath)), { ok: true, path: '/usr/bin/copydesk', source: 'PATH' });
});

test('a bundled file that cannot be executed is passed over, and named when nothing else works', () => {
  const broken = deps({ extensionPath: EXT, env: { PATH: '/usr/bin' }, files: ['/usr/bin/copydesk'], others: [`${EXT}/server/copydesk`] });
  assert.deepEqual(resolveServerPath(undefined, broken), { ok: true, path: '/usr/bin/copydesk', source: 'PATH' });
  const nothing = resolveServerPath(undefined, deps({ extensionPath: EXT, others: [`${EXT}/server/copydesk`] }));
  assert.equal(nothing.ok, false);
  if (!nothing.ok) {
    assert.match(nothing.message, new RegExp(`bundled server ${EXT}/server/copydesk is not an executable file`));
    assert.match(nothing.message, /Restart server/);
  }
  const generic = resolveServerPath(undefined, deps({ extensionPath: EXT }));
  assert.equal(generic.ok, false);
  if (!generic.ok) assert.match(generic.message, /no bundled server \(it is the generic package\)/);
});

test('Windows: the bundled server is server\\copydesk.exe', () => {
  const ext = 'C:\\Users\\ed\\.vscode\\extensions\\copydesk-win32-x64';
  assert.equal(bundledServerPath(ext, 'win32'), `${ext}\\server\\copydesk.exe`);
  const d = deps({ platform: 'win32', extensionPath: ext, files: [`${ext}\\server\\copydesk.exe`] });
  assert.deepEqual(resolveServerPath(undefined, d), { ok: true, path: `${ext}\\server\\copydesk.exe`, source: 'bundled' });
});

test('the editor is told which server runs and why', () => {
  const bundled = { path: `${EXT}/server/copydesk`, source: 'bundled' as const };
  assert.equal(describeServer(bundled, ''), `copydesk: using the server bundled with the extension (${EXT}/server/copydesk).`);
  assert.match(describeServer(bundled, '/opt/copydesk'), /copydesk\.server\.path \("\/opt\/copydesk"\) is used only by extensions without a bundled server/);
  assert.equal(describeServer({ path: '/opt/copydesk', source: 'setting' }, '/opt/copydesk'), 'copydesk: using the server from copydesk.server.path (/opt/copydesk).');
  assert.equal(describeServer({ path: '/usr/bin/copydesk', source: 'PATH' }, undefined), 'copydesk: using the server found on PATH (/usr/bin/copydesk).');
  assert.match(describeServer({ path: '/usr/local/bin/copydesk-dev', source: 'PATH' }, 'copydesk-dev'), /"copydesk-dev" from copydesk\.server\.path, found on PATH/);
});

// ---- Windows ----

test('Windows: PATHEXT is honoured, Path is case-insensitive, quotes are stripped', () => {
  const d = deps({
    platform: 'win32',
    env: { Path: 'C:\\Windows;"C:\\Users\\ed\\.cargo\\bin";D:\\tools', PATHEXT: '.COM;.EXE;.BAT;.CMD' },
    files: ['C:\\Users\\ed\\.cargo\\bin\\copydesk.exe', 'D:\\tools\\copydesk.cmd'],
  });
  assert.deepEqual(resolveServerPath(undefined, d), {
    ok: true,
    path: 'C:\\Users\\ed\\.cargo\\bin\\copydesk.exe',
    source: 'PATH',
  });
});

test('Windows: PATHEXT order decides between files in the same folder', () => {
  const d = deps({
    platform: 'win32',
    env: { PATH: 'C:\\bin', PATHEXT: '.CMD;.EXE' },
    files: ['C:\\bin\\copydesk.exe', 'C:\\bin\\copydesk.cmd'],
  });
  assert.equal(findOnPath('copydesk', d), 'C:\\bin\\copydesk.cmd');
});

test('Windows: a file without a PATHEXT extension is not found on PATH', () => {
  const d = deps({ platform: 'win32', env: { PATH: 'C:\\bin' }, files: ['C:\\bin\\copydesk.ps1'] });
  assert.equal(findOnPath('copydesk', d), undefined);
  assert.deepEqual(pathExtensions(d), ['.com', '.exe', '.bat', '.cmd']);
});

test('Windows: setting without extension gets one from PATHEXT; ~ and relative paths work', () => {
  const d = deps({
    platform: 'win32',
    env: { PATHEXT: '.EXE' },
    files: ['C:\\Users\\ed\\.cargo\\bin\\copydesk.exe', 'C:\\news\\target\\release\\copydesk.exe'],
    workspaceFolder: 'C:\\news',
  });
  assert.deepEqual(resolveServerPath('C:\\Users\\ed\\.cargo\\bin\\copydesk', d), {
    ok: true,
    path: 'C:\\Users\\ed\\.cargo\\bin\\copydesk.exe',
    source: 'setting',
  });
  assert.deepEqual(resolveServerPath('~\\.cargo\\bin\\copydesk.exe', d), {
    ok: true,
    path: 'C:\\Users\\ed\\.cargo\\bin\\copydesk.exe',
    source: 'setting',
  });
  assert.deepEqual(resolveServerPath('~/.cargo/bin/copydesk', d), {
    ok: true,
    path: 'C:\\Users\\ed\\.cargo\\bin\\copydesk.exe',
    source: 'setting',
  });
  assert.deepEqual(resolveServerPath('target\\release\\copydesk', d), {
    ok: true,
    path: 'C:\\news\\target\\release\\copydesk.exe',
    source: 'setting',
  });
});

test('Windows: .bat/.cmd need a shell', () => {
  assert.equal(needsShell('C:\\bin\\copydesk.cmd', 'win32'), true);
  assert.equal(needsShell('C:\\bin\\copydesk.BAT', 'win32'), true);
  assert.equal(needsShell('C:\\bin\\copydesk.exe', 'win32'), false);
  assert.equal(needsShell('/usr/bin/copydesk.cmd', 'linux'), false);
});

// ---- real file system ----

test('real file system: finds an executable in a temporary PATH folder', () => {
  if (process.platform === 'win32') return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-path-'));
  try {
    const bin = path.join(dir, 'copydesk');
    fs.writeFileSync(bin, '#!/bin/sh\n');
    const isExecutable = (p: string) => {
      try {
        if (!fs.statSync(p).isFile()) return false;
        fs.accessSync(p, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    };
    const d: ServerPathDeps = { env: { PATH: dir }, platform: process.platform, homedir: os.homedir(), isExecutable };
    fs.chmodSync(bin, 0o644);
    // Root can "execute" any file per access(2) only if some x bit is set, so 0644 is not executable.
    assert.equal(resolveServerPath(undefined, d).ok, false);
    fs.chmodSync(bin, 0o755);
    assert.deepEqual(resolveServerPath(undefined, d), { ok: true, path: bin, source: 'PATH' });
    // A directory named copydesk is not a server.
    fs.rmSync(bin);
    fs.mkdirSync(bin);
    assert.equal(resolveServerPath(undefined, d).ok, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
