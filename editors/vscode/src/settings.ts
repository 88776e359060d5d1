// Maps the VS Code settings under `copydesk.*` to the object the copydesk
// language server reads (the same shape as the project file .copydesk.toml).
//
// This module is pure: it must not import `vscode`, so that it can be unit
// tested with node's test runner.

/** The configuration section the server reads. */
export const SECTION = 'copydesk';

/** A rule level: "on" is the rule's default severity. */
export const SEVERITIES = ['on', 'off', 'error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const US_ABBREVIATIONS = ['', 'U.S.', 'US'] as const;
/** "" means: follow the form the draft uses most. */
export type UsAbbreviation = (typeof US_ABBREVIATIONS)[number];

export const DIALECTS = ['', 'en-US', 'en-GB'] as const;
/** "" means: accept American and British spellings alike. */
export type Dialect = (typeof DIALECTS)[number];

export type NameEntry = string | { name: string; aliases: string[] };

/** The settings object sent to the server (initializationOptions and
 *  `settings.copydesk` of workspace/didChangeConfiguration). Client-only
 *  settings (`server.path`, `trace.server`) are never part of it. */
export interface ServerSettings {
  rules: Record<string, Severity>;
  names: NameEntry[];
  style: {
    us_abbreviation: UsAbbreviation;
  };
  phrases: {
    extra: Record<string, string>;
    allow: string[];
  };
  words: string[];
  spelling: {
    dialect: Dialect;
  };
  fact: {
    /** "YYYY-MM-DD", or "" for unset. */
    date: string;
  };
  hints: {
    /** Each quotation's speaker after its closing mark (inlay hints). */
    speakers: boolean;
  };
}

// settings-keys:start (generated from src/config/schema.rs by `UPDATE_SCHEMA=1 cargo test --test it schema`)
/** Setting keys relative to the `copydesk` section that the server reads. */
export const SERVER_KEYS = [
  'rules',
  'names',
  'style.us_abbreviation',
  'phrases.extra',
  'phrases.allow',
  'words',
  'spelling.dialect',
  'fact.date',
  'hints.speakers',
] as const;

/** Setting keys relative to the `copydesk` section that only the client uses. */
export const CLIENT_ONLY_KEYS = [
  'server.path',
  'trace.server',
] as const;
// settings-keys:end

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  names: [],
  style: { us_abbreviation: '' },
  phrases: { extra: {}, allow: [] },
  words: [],
  spelling: { dialect: '' },
  fact: { date: '' },
  hints: { speakers: true },
};

/** Reads one setting by its key relative to the `copydesk` section, e.g.
 *  `"style.us_abbreviation"`; returns undefined when it is not set. In the
 *  extension this is `key => workspace.getConfiguration('copydesk').get(key)`. */
export type SettingGetter = (key: string) => unknown;

/** Something wrong in the user's settings that was left out of the object
 *  sent to the server. */
export interface SettingsProblem {
  key: string;
  message: string;
}

export interface BuildResult {
  settings: ServerSettings;
  problems: SettingsProblem[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

function describe(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * Builds the nested settings object for the server from flat `copydesk.*`
 * settings. Invalid values are dropped (and reported in `problems`) rather
 * than sent, so the server always receives the documented shape.
 */
export function buildServerSettings(get: SettingGetter): BuildResult {
  const problems: SettingsProblem[] = [];
  const problem = (key: string, message: string) =>
    problems.push({ key: `${SECTION}.${key}`, message });

  // rules
  const rules: Record<string, Severity> = {};
  const rawRules = get('rules');
  if (rawRules !== undefined && rawRules !== null) {
    if (isPlainObject(rawRules)) {
      for (const [code, sev] of Object.entries(rawRules)) {
        const c = code.trim();
        if (c === '') {
          problem('rules', 'empty rule code ignored');
          continue;
        }
        const s = typeof sev === 'string' ? sev.trim().toLowerCase() : sev;
        if (isSeverity(s)) {
          rules[c] = s;
        } else {
          problem('rules', `rule "${c}": severity ${describe(sev)} ignored; use one of ${SEVERITIES.join(', ')}`);
        }
      }
    } else {
      problem('rules', `expected an object of rule code -> severity, got ${describe(rawRules)}`);
    }
  }

  // names
  const names: NameEntry[] = [];
  const rawNames = get('names');
  if (rawNames !== undefined && rawNames !== null) {
    if (Array.isArray(rawNames)) {
      rawNames.forEach((entry, i) => {
        if (typeof entry === 'string') {
          const n = entry.trim();
          if (n !== '') names.push(n);
          else problem('names', `entry ${i}: empty name ignored`);
        } else if (isPlainObject(entry) && typeof entry.name === 'string' && entry.name.trim() !== '') {
          const aliases: string[] = [];
          if (entry.aliases !== undefined && entry.aliases !== null) {
            if (Array.isArray(entry.aliases)) {
              for (const a of entry.aliases) {
                if (typeof a === 'string' && a.trim() !== '') aliases.push(a.trim());
                else problem('names', `entry ${i}: alias ${describe(a)} ignored`);
              }
            } else {
              problem('names', `entry ${i}: "aliases" must be an array of strings`);
            }
          }
          names.push({ name: entry.name.trim(), aliases });
        } else {
          problem('names', `entry ${i}: expected a string or {"name": ..., "aliases": [...]}, got ${describe(entry)}`);
        }
      });
    } else {
      problem('names', `expected an array, got ${describe(rawNames)}`);
    }
  }

  // style.us_abbreviation
  let us_abbreviation: UsAbbreviation = DEFAULT_SETTINGS.style.us_abbreviation;
  const rawUs = get('style.us_abbreviation');
  if (rawUs !== undefined && rawUs !== null) {
    const u = typeof rawUs === 'string' ? rawUs.trim() : rawUs;
    if (typeof u === 'string' && (US_ABBREVIATIONS as readonly string[]).includes(u)) {
      us_abbreviation = u as UsAbbreviation;
    } else {
      problem('style.us_abbreviation', `${describe(rawUs)} ignored; use "", "U.S." or "US"`);
    }
  }

  // phrases.extra
  const extra: Record<string, string> = {};
  const rawExtra = get('phrases.extra');
  if (rawExtra !== undefined && rawExtra !== null) {
    if (isPlainObject(rawExtra)) {
      for (const [phrase, plain] of Object.entries(rawExtra)) {
        const p = phrase.trim();
        if (p === '') {
          problem('phrases.extra', 'empty phrase ignored');
        } else if (typeof plain === 'string') {
          extra[p] = plain.trim();
        } else {
          problem('phrases.extra', `phrase "${p}": replacement must be a string, got ${describe(plain)}`);
        }
      }
    } else {
      problem('phrases.extra', `expected an object of tortured phrase -> plain phrase, got ${describe(rawExtra)}`);
    }
  }

  // phrases.allow, words
  const stringList = (key: string): string[] => {
    const list: string[] = [];
    const raw = get(key);
    if (raw !== undefined && raw !== null) {
      if (Array.isArray(raw)) {
        for (const a of raw) {
          if (typeof a === 'string' && a.trim() !== '') list.push(a.trim());
          else problem(key, `entry ${describe(a)} ignored`);
        }
      } else {
        problem(key, `expected an array of strings, got ${describe(raw)}`);
      }
    }
    return list;
  };
  const allow = stringList('phrases.allow');
  const words = stringList('words');

  // spelling.dialect
  let dialect: Dialect = DEFAULT_SETTINGS.spelling.dialect;
  const rawDialect = get('spelling.dialect');
  if (rawDialect !== undefined && rawDialect !== null) {
    const d = typeof rawDialect === 'string' ? rawDialect.trim() : rawDialect;
    if (typeof d === 'string' && (DIALECTS as readonly string[]).includes(d)) {
      dialect = d as Dialect;
    } else {
      problem('spelling.dialect', `${describe(rawDialect)} ignored; use "", "en-US" or "en-GB"`);
    }
  }

  // fact.date
  let date = DEFAULT_SETTINGS.fact.date;
  const rawDate = get('fact.date');
  if (rawDate !== undefined && rawDate !== null) {
    const d = typeof rawDate === 'string' ? rawDate.trim() : rawDate;
    if (typeof d === 'string' && (d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d))) {
      date = d;
    } else {
      problem('fact.date', `${describe(rawDate)} ignored; use "" or a date as "YYYY-MM-DD"`);
    }
  }

  // hints.speakers
  let speakers = DEFAULT_SETTINGS.hints.speakers;
  const rawSpeakers = get('hints.speakers');
  if (rawSpeakers !== undefined && rawSpeakers !== null) {
    if (typeof rawSpeakers === 'boolean') {
      speakers = rawSpeakers;
    } else {
      problem('hints.speakers', `${describe(rawSpeakers)} ignored; use true or false`);
    }
  }

  return {
    settings: {
      rules,
      names,
      style: { us_abbreviation },
      phrases: { extra, allow },
      words,
      spelling: { dialect },
      fact: { date },
      hints: { speakers },
    },
    problems,
  };
}

/**
 * Answers a `workspace/configuration` item for a section at or below
 * `copydesk` (e.g. "copydesk" or "copydesk.style") from the built settings.
 * Returns `undefined` for sections this extension does not own, so the
 * caller can fall back to the default behaviour.
 */
export function settingsForSection(section: string | undefined, settings: ServerSettings): { value: unknown } | undefined {
  if (section === undefined) return undefined;
  if (section === SECTION) return { value: settings };
  if (!section.startsWith(SECTION + '.')) return undefined;
  let current: unknown = settings;
  for (const part of section.slice(SECTION.length + 1).split('.')) {
    if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, part)) {
      current = current[part];
    } else {
      // Client-only or unknown key: not something the server gets.
      return { value: null };
    }
  }
  return { value: current };
}
