// The copydesk page: a CodeMirror 6 editor whose lint source, hover and side panel are the
// copydesk engine running in the page as WebAssembly. The draft never leaves the browser.

import { EditorView, basicSetup } from 'codemirror';
import { Decoration, DecorationSet, WidgetType, hoverTooltip } from '@codemirror/view';
import { Annotation, StateEffect, StateField } from '@codemirror/state';
import { Action, Diagnostic, forceLinting, lintGutter, linter } from '@codemirror/lint';
import { CastMember, CheckOptions, CheckedDraft, Finding, Fix, Speaker, check, load, rules, speakers } from './copydesk';
import { renderMarkdown } from './markdown';

const SAMPLE = `# Harbour talks stall

The harbour board met on Tuesday for a 90-minute header on fees and the meeting ended. with
no agreement. Board members said the the fees must rise.

"We expect the harbour to reopen next week." The board published its plan on Monday.

Harbour chief Maria Okafor said the dredging would take three weeks. Okafor said the channel
is deeper than ever.
`;

const markdownToggle = document.querySelector<HTMLInputElement>('#markdown')!;
const projectFile = document.querySelector<HTMLTextAreaElement>('#project-file')!;
const findingsList = document.querySelector<HTMLElement>('#findings')!;
const findingsCount = document.querySelector<HTMLElement>('#findings-count')!;
const castList = document.querySelector<HTMLElement>('#cast')!;
const problemsList = document.querySelector<HTMLElement>('#settings-problems')!;

function currentOptions(): CheckOptions {
  const options: CheckOptions = { markdown: markdownToggle.checked };
  if (projectFile.value.trim() !== '') options.projectFile = projectFile.value;
  return options;
}

// The last analysis, kept for hover and fixes until the text or options change.
let latest: { text: string; optionsKey: string; draft: CheckedDraft } | undefined;

function analysisOf(text: string): CheckedDraft {
  const options = currentOptions();
  const optionsKey = JSON.stringify(options);
  if (latest && latest.text === text && latest.optionsKey === optionsKey) return latest.draft;
  latest?.draft.free();
  latest = { text, optionsKey, draft: new CheckedDraft(text, options) };
  return latest.draft;
}

/** Applies a fix to the text it was computed for; after an edit, to the same finding found again. */
function applyFix(view: EditorView, finding: Finding, fix: Fix): void {
  const draft = analysisOf(view.state.doc.toString());
  const same = draft.findings.find((f) => f.code === finding.code && f.message === finding.message);
  const fresh = same?.fixes.find((f) => f.title === fix.title);
  if (!fresh) return;
  view.dispatch({ changes: fresh.edits.map((edit) => ({ from: edit.from, to: edit.to, insert: edit.insert })) });
  view.focus();
}

function toDiagnostic(view: EditorView, finding: Finding): Diagnostic {
  const actions: Action[] = finding.fixes.map((fix) => ({
    name: fix.title,
    apply: () => applyFix(view, finding, fix),
  }));
  return { from: finding.from, to: finding.to, severity: finding.severity, source: finding.code, message: finding.message, actions };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function select(view: EditorView, from: number, to: number): void {
  view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
  view.focus();
}

/** Marks the first time the page shows findings (the browser test reads it). */
let shownFindings = false;

function renderFindings(view: EditorView, draft: CheckedDraft): void {
  if (!shownFindings) {
    shownFindings = true;
    performance.mark('copydesk-first-findings');
  }
  findingsCount.textContent = String(draft.findings.length);
  findingsList.replaceChildren(
    ...draft.findings.map((finding) => {
      const item = element('li', `finding severity-${finding.severity}`);
      const line = view.state.doc.lineAt(Math.min(finding.from, view.state.doc.length)).number;
      const head = element('button', 'finding-head', '');
      head.append(element('span', 'line', `line ${line}`), element('code', 'code', finding.code));
      head.addEventListener('click', () => select(view, finding.from, finding.to));
      item.append(head, element('div', 'message', finding.message));
      for (const fix of finding.fixes) {
        const button = element('button', 'fix', fix.title);
        button.addEventListener('click', () => applyFix(view, finding, fix));
        item.append(button);
      }
      return item;
    }),
  );
  problemsList.replaceChildren(...draft.settingsProblems.map((problem) => element('li', 'problem', problem)));
}

function castItem(view: EditorView, member: CastMember): HTMLElement {
  const item = element('li', `cast-${member.kind}`);
  const head = element('button', 'cast-head', member.name);
  head.addEventListener('click', () => select(view, member.from, member.to));
  item.append(head);
  const mentions = member.children.length;
  const detail = [member.detail, mentions > 0 ? `${mentions} mention${mentions === 1 ? '' : 's'}` : null];
  item.append(element('span', 'cast-detail', detail.filter((d) => d).join(' · ')));
  return item;
}

function renderCast(view: EditorView, draft: CheckedDraft): void {
  castList.replaceChildren(...draft.cast().map((member) => castItem(view, member)));
}

/** A speaker after a closing quotation mark: hover shows who, a click goes to the
 *  member's introduction. */
class SpeakerWidget extends WidgetType {
  constructor(readonly speaker: Speaker) {
    super();
  }

  eq(other: SpeakerWidget): boolean {
    return other.speaker.label === this.speaker.label && other.speaker.markdown === this.speaker.markdown;
  }

  toDOM(view: EditorView): HTMLElement {
    const hint = element('span', 'cm-speaker-hint', `— ${this.speaker.label}`);
    hint.title = this.speaker.markdown.replace(/\*\*/g, '');
    const introduction = this.speaker.introduction;
    if (introduction) {
      hint.classList.add('cm-speaker-member');
      hint.addEventListener('mousedown', (event) => {
        event.preventDefault();
        select(view, introduction.from, introduction.to);
      });
    }
    return hint;
  }

  ignoreEvent(): boolean {
    return false;
  }
}

const setSpeakers = StateEffect.define<Speaker[]>();

/** The speaker hints of the last analysis, moved along with edits until the next one. */
const speakerHints = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(hints, transaction) {
    let next = hints.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setSpeakers)) continue;
      const length = transaction.state.doc.length;
      next = Decoration.set(
        effect.value
          .filter((speaker) => speaker.at <= length)
          .map((speaker) => Decoration.widget({ widget: new SpeakerWidget(speaker), side: 1 }).range(speaker.at)),
        true,
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Marks the transaction that says the options (Markdown, house style) changed: the
 *  linter runs again although the text did not change. */
const optionsChanged = Annotation.define<boolean>();

const copydeskLinter = linter(
  (view) => {
    const draft = analysisOf(view.state.doc.toString());
    renderFindings(view, draft);
    renderCast(view, draft);
    // The linter runs outside an update: the hints of the same analysis follow at once.
    const found = draft.speakers();
    queueMicrotask(() => view.dispatch({ effects: setSpeakers.of(found) }));
    return draft.findings.map((finding) => toDiagnostic(view, finding));
  },
  { delay: 250, needsRefresh: (update) => update.transactions.some((tr) => tr.annotation(optionsChanged)) },
);

const copydeskHover = hoverTooltip((view, position) => {
  const hover = analysisOf(view.state.doc.toString()).hover(position);
  if (!hover) return null;
  return { pos: hover.from, end: hover.to, above: true, create: () => ({ dom: renderMarkdown(hover.markdown) }) };
});

const status = document.querySelector<HTMLElement>('#status')!;
const editorSection = document.querySelector<HTMLElement>('#editor')!;

async function main(): Promise<void> {
  await load(new URL('./copydesk_bg.wasm', import.meta.url));
  editorSection.replaceChildren();
  editorSection.removeAttribute('aria-busy');
  status.textContent = '';
  delete status.dataset.state;
  const view = new EditorView({
    doc: SAMPLE,
    extensions: [basicSetup, EditorView.lineWrapping, lintGutter(), copydeskLinter, copydeskHover, speakerHints],
    parent: document.querySelector('#editor')!,
  });
  for (const control of [markdownToggle, projectFile]) {
    control.addEventListener('input', () => {
      view.dispatch({ annotations: optionsChanged.of(true) });
      forceLinting(view);
    });
  }
  // The panel at once; the underlines follow with the linter's first pass.
  const first = analysisOf(view.state.doc.toString());
  renderFindings(view, first);
  renderCast(view, first);
  // For tests and the curious: the engine itself, as the page uses it.
  Object.assign(window, { copydesk: { check, rules, speakers, view } });
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  status.dataset.state = 'error';
  status.textContent = `copydesk could not start: ${String(error)}`;
});
