import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildServerSettings, DEFAULT_SETTINGS, settingsForSection, SettingGetter } from '../src/settings';

/** A getter over flat keys, as workspace.getConfiguration('copydesk').get(key). */
function getter(values: Record<string, unknown>): SettingGetter {
  return (key) => values[key];
}

test('defaults when nothing is set', () => {
  const { settings, problems } = buildServerSettings(getter({}));
  assert.deepEqual(settings, DEFAULT_SETTINGS);
  assert.deepEqual(settings, {
    rules: {},
    names: [],
    style: { us_abbreviation: '' },
    phrases: { extra: {}, allow: [] },
    words: [],
    spelling: { dialect: '' },
    fact: { date: '' },
    hints: { speakers: true },
  });
  assert.deepEqual(problems, []);
});

test('maps flat settings to the nested server shape', () => {
  const { settings, problems } = buildServerSettings(
    getter({
      'server.path': '/opt/copydesk/bin/copydesk',
      'trace.server': 'verbose',
      rules: { 'garbled.tortured-phrase': 'error', quote: 'off' },
      names: ['Volodymyr Zelensky', { name: 'Muammar Gaddafi', aliases: ['Gaddafi', 'Col. Gaddafi'] }],
      'style.us_abbreviation': 'U.S.',
      'phrases.extra': { 'bosom peril': 'breast cancer' },
      'phrases.allow': ['big data'],
      words: ['geocoding'],
      'spelling.dialect': 'en-GB',
      'fact.date': '2020-03-05',
      'hints.speakers': false,
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    rules: { 'garbled.tortured-phrase': 'error', quote: 'off' },
    names: ['Volodymyr Zelensky', { name: 'Muammar Gaddafi', aliases: ['Gaddafi', 'Col. Gaddafi'] }],
    style: { us_abbreviation: 'U.S.' },
    phrases: { extra: { 'bosom peril': 'breast cancer' }, allow: ['big data'] },
    words: ['geocoding'],
    spelling: { dialect: 'en-GB' },
    fact: { date: '2020-03-05' },
    hints: { speakers: false },
  });
});

test('never sends client-only keys', () => {
  const { settings } = buildServerSettings(
    getter({ 'server.path': '~/bin/copydesk', 'trace.server': 'messages', server: { path: 'x' }, trace: { server: 'off' } }),
  );
  const json = JSON.stringify(settings);
  assert.ok(!json.includes('server'), json);
  assert.ok(!json.includes('trace'), json);
  assert.ok(!json.includes('path'), json);
  assert.deepEqual(Object.keys(settings).sort(), ['fact', 'hints', 'names', 'phrases', 'rules', 'spelling', 'style', 'words']);
  assert.deepEqual(Object.keys(settings.style).sort(), ['us_abbreviation']);
  assert.deepEqual(Object.keys(settings.phrases).sort(), ['allow', 'extra']);
});

test('the output is plain JSON (round-trips unchanged)', () => {
  const { settings } = buildServerSettings(
    getter({ rules: { quote: 'hint' }, names: [{ name: 'A B' }], 'phrases.extra': { x: 'y' } }),
  );
  assert.deepEqual(JSON.parse(JSON.stringify(settings)), settings);
  // An object name without aliases gets an empty alias list.
  assert.deepEqual(settings.names, [{ name: 'A B', aliases: [] }]);
});

test('US abbreviation accepts only "", "U.S." and "US"', () => {
  for (const v of ['', 'U.S.', 'US']) {
    const r = buildServerSettings(getter({ 'style.us_abbreviation': v }));
    assert.equal(r.settings.style.us_abbreviation, v);
    assert.deepEqual(r.problems, []);
  }
  const bad = buildServerSettings(getter({ 'style.us_abbreviation': 'U.S.A.' }));
  assert.equal(bad.settings.style.us_abbreviation, '');
  assert.equal(bad.problems.length, 1);
  assert.equal(bad.problems[0].key, 'copydesk.style.us_abbreviation');
});

test('rule severities are validated and normalised', () => {
  const { settings, problems } = buildServerSettings(
    getter({ rules: { 'garbled.tortured-phrase': 'Warning', quote: 'loud', names: 3, ' ': 'off' } }),
  );
  assert.deepEqual(settings.rules, { 'garbled.tortured-phrase': 'warning' });
  assert.equal(problems.length, 3);
  assert.ok(problems.every((p) => p.key === 'copydesk.rules'));
  assert.ok(problems.some((p) => p.message.includes('"quote"')));
});

test('wrongly typed values are dropped with a problem, not sent', () => {
  const { settings, problems } = buildServerSettings(
    getter({
      rules: ['quote'],
      names: 'Zelensky',
      'phrases.extra': { ok: 'fine', bad: 1 },
      'phrases.allow': ['keep', 7, ''],
      words: 'geocoding',
      'spelling.dialect': 'en-AU',
    }),
  );
  assert.deepEqual(settings, {
    rules: {},
    names: [],
    style: { us_abbreviation: '' },
    phrases: { extra: { ok: 'fine' }, allow: ['keep'] },
    words: [],
    spelling: { dialect: '' },
    fact: { date: '' },
    hints: { speakers: true },
  });
  const keys = problems.map((p) => p.key);
  assert.deepEqual(keys, [
    'copydesk.rules',
    'copydesk.names',
    'copydesk.phrases.extra',
    'copydesk.phrases.allow',
    'copydesk.phrases.allow',
    'copydesk.words',
    'copydesk.spelling.dialect',
  ]);
});

test('names: bad entries are skipped, good ones kept in order', () => {
  const { settings, problems } = buildServerSettings(
    getter({
      names: ['  Kyiv  ', '', 42, { aliases: ['x'] }, { name: 'Olaf Scholz', aliases: ['Scholz', 5] }, { name: 'X', aliases: 'Y' }],
    }),
  );
  assert.deepEqual(settings.names, ['Kyiv', { name: 'Olaf Scholz', aliases: ['Scholz'] }, { name: 'X', aliases: [] }]);
  assert.equal(problems.length, 5);
});

test('null settings are treated as unset', () => {
  const { settings, problems } = buildServerSettings(
    getter({ rules: null, names: null, 'style.us_abbreviation': null, 'phrases.extra': null, 'phrases.allow': null, words: null, 'spelling.dialect': null }),
  );
  assert.deepEqual(settings, DEFAULT_SETTINGS);
  assert.deepEqual(problems, []);
});

test('does not mutate DEFAULT_SETTINGS', () => {
  const { settings } = buildServerSettings(getter({}));
  settings.rules['x'] = 'off';
  settings.names.push('y');
  settings.phrases.allow.push('z');
  assert.deepEqual(DEFAULT_SETTINGS.rules, {});
  assert.deepEqual(DEFAULT_SETTINGS.names, []);
  assert.deepEqual(DEFAULT_SETTINGS.phrases.allow, []);
});

test('settingsForSection answers workspace/configuration items', () => {
  const { settings } = buildServerSettings(getter({ 'style.us_abbreviation': 'US', rules: { quote: 'error' } }));
  assert.deepEqual(settingsForSection('copydesk', settings), { value: settings });
  assert.deepEqual(settingsForSection('copydesk.style', settings), { value: { us_abbreviation: 'US' } });
  assert.deepEqual(settingsForSection('copydesk.style.us_abbreviation', settings), { value: 'US' });
  assert.deepEqual(settingsForSection('copydesk.rules', settings), { value: { quote: 'error' } });
  assert.deepEqual(settingsForSection('copydesk.server.path', settings), { value: null });
  assert.deepEqual(settingsForSection('copydesk.trace', settings), { value: null });
  assert.equal(settingsForSection('editor', settings), undefined);
  assert.equal(settingsForSection('copydeskx', settings), undefined);
  assert.equal(settingsForSection(undefined, settings), undefined);
});
