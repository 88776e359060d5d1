// The copydesk page in a real browser: Debian's Chromium, headless, driven by
// playwright-core (nothing downloads a browser), the page served on 127.0.0.1.
//
// Needs web/dist (bash scripts/build-web.sh) and the CLI (cargo build); run it with
// `bash scripts/test-web.sh`, or `npm test` in web/ once both are built.
// COPYDESK_BIN: the CLI to compare with (default target/debug/copydesk);
// CHROMIUM: the browser (default /usr/lib/chromium/chromium, the binary itself: Debian's
//   /usr/bin/chromium wrapper sources /etc/chromium.d/dev-shm, whose `[ $shm_avail -lt … ]`
//   breaks with "unexpected operator" where findmnt lists /dev/shm twice, as in containers);
// COPYDESK_SCREENSHOT: where to save the screenshot (default target/web-page.png).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(repo, 'web/dist');
const cli = process.env.COPYDESK_BIN ?? path.join(repo, 'target/debug/copydesk');
const screenshot = process.env.COPYDESK_SCREENSHOT ?? path.join(repo, 'target/web-page.png');

// A browser that stays offline and needs no sandbox or GPU (CI runs as root, headless).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // What the wrapper would add when /dev/shm is small: shared memory in /tmp instead.
  '--disable-dev-shm-usage',
];

let server;
let browser;
let baseUrl;

/** Serves web/dist with Python's http.server on a free loopback port. */
function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', dist, '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const port = /port (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}/` });
    });
    setTimeout(() => reject(new Error('http.server did not start')), 10_000).unref();
  });
}

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'copydesk_bg.wasm')), 'web/dist is not built: bash scripts/build-web.sh');
  const started = await serve();
  server = started.child;
  baseUrl = started.url;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, errors };
}

const editorText = (page) => page.evaluate(() => window.copydesk.view.state.doc.toString());

/** The text under each lint underline, once the underlines include every `expected`. */
async function underlinesIncluding(page, expected) {
  await page.waitForFunction(
    (wanted) => {
      const marks = [...document.querySelectorAll('.cm-lintRange')].map((node) => node.textContent);
      return wanted.every((text) => marks.some((mark) => mark.includes(text)));
    },
    expected,
    { timeout: 10_000 },
  );
  return page.$$eval('.cm-lintRange', (nodes) => nodes.map((node) => node.textContent));
}

test('the page says it is loading until the engine is there, and reports how soon a cold load shows findings', async () => {
  // The engine held back: the page says what it is waiting for, and shows no count yet.
  const context = await browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/copydesk_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(baseUrl);
  assert.match(await page.textContent('#status'), /Loading the checks/);
  assert.equal(await page.textContent('#findings-count'), '…');
  release();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  assert.equal(await page.textContent('#status'), '');
  assert.notEqual(await page.textContent('#findings-count'), '…');
  await context.close();

  // A cold load (a fresh context: nothing cached) over 127.0.0.1: the time to the first
  // findings is measured and printed (the target, under a second, is reported from this
  // figure in docs/performance.md: a test never asserts a timing on a shared machine);
  // the findings must come.
  const cold = await browser.newContext();
  const fresh = await cold.newPage();
  await fresh.goto(baseUrl);
  await fresh.waitForFunction(() => performance.getEntriesByName('copydesk-first-findings').length > 0, null, {
    timeout: 20_000,
  });
  const shown = await fresh.evaluate(() => performance.getEntriesByName('copydesk-first-findings')[0].startTime);
  const wasm = await fresh.evaluate(() =>
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('copydesk_bg.wasm')),
  );
  console.log(
    `first findings ${shown.toFixed(0)} ms after navigation on a cold load (wasm ${wasm?.encodedBodySize} bytes, fetched in ${wasm?.duration.toFixed(0)} ms)`,
  );
  assert.ok(shown > 0, 'the page marks when it shows its first findings');
  await cold.close();
});

test('a writer types a draft, sees the underlines and the explanation, and applies a quick fix', async () => {
  const { page, errors } = await openPage();
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = [
    'Harbour fees to rise',
    '',
    'The harbour board met on Tuesday and the meeting ended. with no agreement on fees.',
    'Board members said the the fees must rise before the summer.',
    '',
    '"We expect the harbour to reopen next week." The board published its plan on Monday.',
    '',
    'Harbour chief Maria Okafor said the dredging would take three weeks.',
  ];
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  // The editor closes brackets and quotes as one types; the draft must be what was typed.
  assert.equal(await editorText(page), lines.join('\n'));

  const quote = '"We expect the harbour to reopen next week."';
  const marks = await underlinesIncluding(page, ['ended. with', 'the the', quote]);
  assert.ok(marks.includes('the the'), `underlines: ${JSON.stringify(marks)}`);
  const codes = await page.$$eval('#findings .code', (nodes) => nodes.map((node) => node.textContent));
  for (const code of ['garbled.sentence-break', 'garbled.repeated-word', 'quote.unattributed']) {
    assert.ok(codes.includes(code), `findings panel: ${JSON.stringify(codes)}`);
  }
  const cast = await page.$$eval('#cast .cast-head', (nodes) => nodes.map((node) => node.textContent));
  assert.ok(cast.includes('Maria Okafor'), `cast: ${JSON.stringify(cast)}`);

  // Hovering the doubled word shows the finding, its quick fix and the rule's explanation.
  const doubled = page.locator('.cm-lintRange', { hasText: /^the the$/ }).first();
  await doubled.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await tooltip.waitFor({ timeout: 5_000 });
  const explanation = page.locator('.cm-tooltip .markdown', { hasText: 'garbled.repeated-word' });
  await explanation.waitFor({ timeout: 5_000 });
  assert.match(await explanation.innerText(), /Why it matters/);
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });

  const fix = tooltip.locator('.cm-diagnosticAction').first();
  assert.match(await fix.innerText(), /the/i);
  await fix.click();
  assert.equal(
    await editorText(page),
    lines.join('\n').replace('said the the fees', 'said the fees'),
    'the quick fix removes the doubled word and nothing else',
  );
  await page.waitForFunction(
    () => ![...document.querySelectorAll('#findings .code')].some((node) => node.textContent === 'garbled.repeated-word'),
    undefined,
    { timeout: 10_000 },
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a tortured phrase no list has is discovered in the browser, with the plain term', async () => {
  const { page, errors } = await openPage();
  const draft = 'The prime clergyman said the talks with the harbour board were frank and long.';
  await page.evaluate((text) => {
    const view = window.copydesk.view;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, draft);
  // Discovery, not the curated list: the message names the swap it reversed.
  const message = page.locator('#findings .message', { hasText: 'reads like a tortured phrase' });
  await message.waitFor({ timeout: 10_000 });
  const text = await message.innerText();
  assert.match(text, /"clergyman" for "minister"/);
  assert.match(text, /prime minister/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('each quotation shows its speaker after the closing mark, and a click goes to the member', async () => {
  const { page, errors } = await openPage();
  const draft = [
    'Harbour chief Maria Okafor toured the pier on Monday.',
    '',
    '"We will dredge the channel," Okafor said. "It takes three weeks."',
    '',
    '"The fees will rise," an official said.',
    '',
    'The storm ended on Sunday.',
    '',
    '"Nobody expected the storm to last this long."',
  ].join('\n');
  await page.evaluate((text) => {
    const view = window.copydesk.view;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, draft);
  const expected = ['— Okafor', '— Okafor', '— unnamed official', '— no speaker'];
  await page.waitForFunction(
    (wanted) => JSON.stringify([...document.querySelectorAll('.cm-speaker-hint')].map((n) => n.textContent)) === JSON.stringify(wanted),
    expected,
    { timeout: 10_000 },
  );
  // Each hint sits right after a closing mark: the text before it in the editor ends with one.
  const before = await page.evaluate(() => {
    const view = window.copydesk.view;
    return [...document.querySelectorAll('.cm-speaker-hint')].map((node) => {
      const at = view.posAtDOM(node);
      return view.state.doc.sliceString(at - 2, at);
    });
  });
  assert.deepEqual(before, [',"', '."', ',"', '."']);
  // The same hints as the engine gives for the text, at the same offsets.
  const engine = await page.evaluate((text) => window.copydesk.speakers(text), draft);
  assert.deepEqual(engine.map((speaker) => `— ${speaker.label}`), expected);
  assert.equal(draft.slice(engine[0].at - 2, engine[0].at), ',"');
  const member = page.locator('.cm-speaker-hint').first();
  assert.match(await member.getAttribute('title'), /Maria Okafor · person/);
  await member.click();
  const selected = await page.evaluate(() => {
    const { from, to } = window.copydesk.view.state.selection.main;
    return window.copydesk.view.state.sliceDoc(from, to);
  });
  assert.equal(selected, 'Maria Okafor', 'a click on the hint selects the member\'s introduction');

  // The house style turns them off.
  await page.click('details summary');
  await page.fill('#project-file', '[hints]\nspeakers = false\n');
  await page.waitForFunction(() => document.querySelectorAll('.cm-speaker-hint').length === 0, undefined, {
    timeout: 10_000,
  });
  assert.deepEqual(errors, []);
  await page.close();
});

/** Every draft under fixtures/ (not the .expected files). */
function fixtureDrafts(directory = path.join(repo, 'fixtures')) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return fixtureDrafts(full);
    return /\.(md|markdown|txt)$/.test(entry.name) ? [full] : [];
  });
}

/** A CLI byte offset as a UTF-16 offset into `text`. */
function utf16Offset(text, byteOffset) {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length;
}

function cliFindings(file, text) {
  const output = execFileSync(cli, ['check', '--format', 'json', '--fail-on', 'never', file], { encoding: 'utf8' });
  return JSON.parse(output).map((finding) => ({
    from: utf16Offset(text, finding.start),
    to: utf16Offset(text, finding.end),
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({
        from: utf16Offset(text, edit.start),
        to: utf16Offset(text, edit.end),
        insert: edit.replacement,
      })),
    })),
  }));
}

test('the page finds what `copydesk check --format json` finds in every fixture', async () => {
  assert.ok(fs.existsSync(cli), `no CLI at ${cli}: cargo build`);
  const { page, errors } = await openPage();
  const drafts = fixtureDrafts();
  assert.ok(drafts.length >= 10, `fixtures: ${drafts.length}`);
  let compared = 0;
  for (const file of drafts) {
    const text = fs.readFileSync(file, 'utf8');
    const markdown = /\.(md|markdown)$/.test(file);
    const inBrowser = await page.evaluate(([draft, md]) => window.copydesk.check(draft, { markdown: md }), [text, markdown]);
    assert.deepEqual(inBrowser, cliFindings(file, text), path.relative(repo, file));
    compared += inBrowser.length;
  }
  assert.ok(compared >= 30, `only ${compared} findings compared`);
  assert.deepEqual(errors, []);
  await page.close();
});
