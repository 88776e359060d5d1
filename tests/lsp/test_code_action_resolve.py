"""Lazy edits: a client that resolves code actions gets spelling suggestions computed when
it chooses the action; a client that does not gets them with the menu, as before."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import DRAFT, URI, eventually, open_draft, range_of


async def actions_at(client: LanguageClient, needle: str):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=range_of(DRAFT, needle),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )


def edits_of(action: types.CodeAction):
    return [(edit.range, edit.new_text) for edit in action.edit.changes[URI]]


async def test_the_spelling_edit_is_computed_when_the_action_is_resolved(modern: LanguageClient):
    open_draft(modern)
    actions = await actions_at(modern, "councel")
    (lazy,) = [action for action in actions if action.data is not None]
    assert lazy.title == "Correct “councel” to the closest dictionary word"
    assert lazy.edit is None, "no edit before the action is chosen"
    assert not any(action.title.startswith("Write “") for action in actions), "no suggestions computed up front"
    resolved = await modern.code_action_resolve_async(lazy)
    assert edits_of(resolved) == [(range_of(DRAFT, "councel"), "council")]


async def test_an_action_resolved_after_an_edit_brings_no_edit(modern: LanguageClient):
    open_draft(modern)
    (lazy,) = [action for action in await actions_at(modern, "councel") if action.data is not None]
    modern.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="Intro.\n\n" + DRAFT)],
        )
    )
    resolved = await modern.code_action_resolve_async(lazy)
    assert resolved.edit is None


async def test_a_client_without_resolve_gets_the_suggestions_with_the_menu(plain: LanguageClient):
    open_draft(plain)
    await eventually(lambda: URI in plain.diagnostics)
    actions = await actions_at(plain, "councel")
    suggestions = [action for action in actions if action.title.startswith("Write “")]
    assert suggestions, [action.title for action in actions]
    assert suggestions[0].title == "Write “council”"
    assert edits_of(suggestions[0]) == [(range_of(DRAFT, "councel"), "council")]
    assert all(action.data is None for action in actions)
