"""Speakers inline: an inlay hint after each quotation's closing mark, whose label part
describes the member on hover and leads to the member's introduction."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import DRAFT, URI, eventually, open_draft, position_of, range_of, whole


async def hints(client: LanguageClient, text: str = DRAFT, range_=None):
    return await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=types.TextDocumentIdentifier(uri=URI), range=range_ or whole(text))
    )


async def test_each_quotation_shows_its_speaker_after_the_closing_mark(modern: LanguageClient):
    open_draft(modern)
    result = await hints(modern)
    labels = [(hint.position, "".join(part.value for part in hint.label)) for hint in result]
    assert labels == [
        (position_of(DRAFT, 'spring,"', after=True), "— Kowalski"),
        (position_of(DRAFT, 'there."', after=True), "— Kowalski"),
        (position_of(DRAFT, 'planned,"', after=True), "— unnamed official"),
        (position_of(DRAFT, 'wall."', after=True), "— no speaker"),
    ]
    member = result[0].label[0]
    assert member.location.uri == URI
    assert member.location.range == range_of(DRAFT, "Ana Kowalski")
    assert member.tooltip.kind == types.MarkupKind.Markdown
    assert member.tooltip.value.startswith("**Ana Kowalski** · person")
    assert result[3].label[0].location is None
    assert "No speaker found" in result[3].label[0].tooltip.value


async def test_only_the_requested_range_is_answered(modern: LanguageClient):
    open_draft(modern)
    first_paragraph_with_quotes = types.Range(start=types.Position(2, 0), end=types.Position(3, 0))
    result = await hints(modern, range_=first_paragraph_with_quotes)
    assert [hint.label[0].value for hint in result] == ["— Kowalski", "— Kowalski"]


async def test_the_setting_turns_them_off_and_the_client_is_told_to_refresh(modern: LanguageClient):
    open_draft(modern)
    assert await hints(modern)
    before = modern.refreshes.inlay
    modern.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"copydesk": {"hints": {"speakers": False}}})
    )
    await eventually(lambda: modern.refreshes.inlay > before)
    assert list(await hints(modern)) == []


async def test_a_change_in_the_cast_asks_for_a_refresh(modern: LanguageClient):
    open_draft(modern)
    # The first analysis is published (a pull waits for it) before the edit.
    await modern.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    before = modern.refreshes.inlay
    # The speaker of the first quotations becomes someone else.
    edited = DRAFT.replace('Kowalski said', 'Baker said')
    modern.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)],
        )
    )
    await eventually(lambda: modern.refreshes.inlay > before)
    result = await hints(modern, text=edited)
    assert result[0].label[0].value == "— Baker"
