"""Capabilities negotiated both ways: the server offers pull diagnostics, inlay hints and
lazily resolved code actions only to clients that advertise them."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import DRAFT, URI, eventually, open_draft


async def test_a_modern_client_is_offered_pull_inlay_hints_and_resolve(modern: LanguageClient):
    capabilities = modern.initialize_result.capabilities
    assert capabilities.diagnostic_provider is not None
    assert capabilities.diagnostic_provider.identifier == "copydesk"
    assert capabilities.diagnostic_provider.workspace_diagnostics is True
    assert capabilities.diagnostic_provider.inter_file_dependencies is False
    assert capabilities.inlay_hint_provider is True
    assert capabilities.code_action_provider.resolve_provider is True


async def test_a_plain_client_keeps_push_and_eager_actions(plain: LanguageClient):
    capabilities = plain.initialize_result.capabilities
    assert capabilities.diagnostic_provider is None
    assert capabilities.inlay_hint_provider is None
    assert not capabilities.code_action_provider.resolve_provider
    open_draft(plain)
    await eventually(lambda: URI in plain.diagnostics)
    diagnostics = plain.diagnostics[URI]
    assert {d.code for d in diagnostics} >= {"name.variant", "spelling.unknown-word", "quote.unattributed"}
    # No related information for a client that did not ask for it; the documentation link
    # is on every diagnostic.
    assert all(d.related_information is None for d in diagnostics)
    for diagnostic in diagnostics:
        assert diagnostic.code_description.href == f"https://github.com/copydesk/copydesk/blob/main/docs/rules.md#{diagnostic.code}"


async def test_a_pull_client_is_never_pushed_to(modern: LanguageClient):
    open_draft(modern)
    report = await modern.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert report.items, "the pulled report has the draft's diagnostics"
    # An edit and a close, each of which would push to a push client.
    modern.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=DRAFT + "The the end.\n")],
        )
    )
    await modern.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    modern.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=URI)))
    # A request answered after the close shows the server has handled it.
    await modern.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    assert modern.diagnostics == {}, "publishDiagnostics was sent to a pull client"
