"""Pull diagnostics: result ids, "unchanged" answers, and workspace/diagnostic for the open
drafts."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import DRAFT, URI, eventually, open_draft

OTHER = "file:///desk/other.txt"


async def pull(client: LanguageClient, uri: str = URI, previous: str | None = None):
    return await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=previous)
    )


def change(client: LanguageClient, version: int, text: str, uri: str = URI):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def test_the_same_diagnostics_are_unchanged_and_an_edit_brings_new_ones(modern: LanguageClient):
    open_draft(modern)
    first = await pull(modern)
    assert first.kind == "full" and first.result_id
    assert {d.code for d in first.items} >= {"name.variant", "spelling.unknown-word", "quote.unattributed"}
    again = await pull(modern, previous=first.result_id)
    assert again.kind == "unchanged" and again.result_id == first.result_id
    change(modern, 2, DRAFT + "\nThe the council met.\n")
    edited = await pull(modern, previous=first.result_id)
    assert edited.kind == "full" and edited.result_id != first.result_id
    assert "garbled.repeated-word" in {d.code for d in edited.items}, "the pull waited for the edit's analysis"


async def test_a_settings_change_asks_the_client_to_pull_again(modern: LanguageClient):
    open_draft(modern)
    first = await pull(modern)
    modern.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"copydesk": {"rules": {"name.variant": "off"}}})
    )
    await eventually(lambda: modern.diagnostic_refresh_count >= 1)
    after = await pull(modern, previous=first.result_id)
    assert after.kind == "full"
    assert "name.variant" not in {d.code for d in after.items}


async def test_workspace_diagnostics_cover_the_open_drafts(modern: LanguageClient):
    open_draft(modern)
    open_draft(modern, text="The council met. on Tuesday.\n", uri=OTHER)
    report = await modern.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    by_uri = {item.uri: item for item in report.items}
    assert set(by_uri) == {URI, OTHER}
    assert by_uri[OTHER].kind == "full" and by_uri[OTHER].version == 1
    assert [d.code for d in by_uri[OTHER].items] == ["garbled.sentence-break"]
    previous = [types.PreviousResultId(uri=uri, value=item.result_id) for uri, item in by_uri.items()]
    change(modern, 2, "The council met on Tuesday.\n", uri=OTHER)
    again = await modern.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=previous))
    kinds = {item.uri: (item.kind, item.version) for item in again.items}
    assert kinds == {URI: ("unchanged", 1), OTHER: ("full", 2)}
    assert list([item for item in again.items if item.uri == OTHER][0].items) == []
