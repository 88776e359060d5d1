// copydesk in the browser: typed access to the engine compiled to WebAssembly
// (src/wasm.rs, bound by wasm-bindgen into ../pkg). Every offset counts UTF-16 code units,
// as JavaScript strings and CodeMirror index text.

import init, { Analysis, rulesJson } from '../pkg/copydesk.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Edit {
  from: number;
  to: number;
  insert: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
}

export interface Finding {
  from: number;
  to: number;
  /** The stable rule code, e.g. `garbled.repeated-word`. */
  code: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
}

export interface Hover {
  from: number;
  to: number;
  /** Who is named or quoted there and what any finding there means, in Markdown. */
  markdown: string;
}

export interface CastMember {
  name: string;
  detail: string | null;
  kind: 'person' | 'organisation' | 'place' | 'member' | 'mention' | 'quotation' | 'quoted-term' | 'group';
  from: number;
  to: number;
  children: CastMember[];
}

/** A quotation's speaker, shown right after its closing mark (as editors show inlay hints). */
export interface Speaker {
  /** Where it goes: just after the closing mark. */
  at: number;
  /** "Ruiz", "unnamed official", "no speaker". */
  label: string;
  /** The cast member, or what is known of the speaker, in Markdown. */
  markdown: string;
  /** The member's introduction (first full mention), or null outside the cast. */
  introduction: { from: number; to: number } | null;
}

export interface Rule {
  code: string;
  severity: Severity;
  markdown: string;
}

export interface CheckOptions {
  /** Read the draft as Markdown (code, links and HTML are skipped); default plain text. */
  markdown?: boolean;
  /** Editor settings, the keys VS Code has under `copydesk` (docs/configuration.md). */
  settings?: Record<string, unknown>;
  /** The text of a `.copydesk.toml`; its keys win over `settings`. */
  projectFile?: string;
}

/** Loads the engine; call once before anything else. */
export async function load(wasmUrl: URL | string): Promise<void> {
  await init({ module_or_path: wasmUrl });
}

/** One checked draft. Holds engine memory until `free()`. */
export class CheckedDraft {
  readonly findings: Finding[];
  readonly settingsProblems: string[];
  private analysis: Analysis | undefined;

  constructor(text: string, options: CheckOptions = {}) {
    this.analysis = new Analysis(text, JSON.stringify(options));
    this.findings = JSON.parse(this.analysis.findingsJson()) as Finding[];
    this.settingsProblems = JSON.parse(this.analysis.settingsProblemsJson()) as string[];
  }

  /** The explanation for a position, or null when nothing there has one. */
  hover(position: number): Hover | null {
    if (!this.analysis) return null;
    return JSON.parse(this.analysis.hoverJson(Math.max(0, Math.floor(position)))) as Hover | null;
  }

  /** Each quotation's speaker (none when the `hints.speakers` setting is off). */
  speakers(): Speaker[] {
    if (!this.analysis) return [];
    return JSON.parse(this.analysis.speakersJson()) as Speaker[];
  }

  /** People, organisations and places with their mentions, then the quotations. */
  cast(): CastMember[] {
    if (!this.analysis) return [];
    return JSON.parse(this.analysis.castJson()) as CastMember[];
  }

  free(): void {
    this.analysis?.free();
    this.analysis = undefined;
  }
}

/** The findings for a draft: the same as `copydesk check --format json`, in UTF-16 offsets. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const draft = new CheckedDraft(text, options);
  try {
    return draft.findings;
  } finally {
    draft.free();
  }
}

/** The speakers of a draft's quotations, as the page shows them. */
export function speakers(text: string, options: CheckOptions = {}): Speaker[] {
  const draft = new CheckedDraft(text, options);
  try {
    return draft.speakers();
  } finally {
    draft.free();
  }
}

/** Every rule with its default severity and documentation. */
export function rules(): Rule[] {
  return JSON.parse(rulesJson()) as Rule[];
}
