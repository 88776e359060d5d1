"""The newsroom's memory through a real LSP client library (pytest-lsp, lsprotocol types).

Self-contained: a workspace of two folders (``desk`` with today's draft, ``archive`` with
yesterday's story) is written to a temporary directory, and ``copydesk lsp`` (the binary
named by ``COPYDESK_BIN``, else ``target/debug/copydesk``) is driven over stdio. The draft
misspells a name yesterday's story spells right: ``name.variant`` points at the archive
with related information; the hover lists the other story; ``workspace/symbol`` finds
members across both folders; a story written to disk joins the memory after
``workspace/didChangeWatchedFiles``.
"""

import asyncio
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("COPYDESK_BIN") or str(REPOSITORY / "target" / "debug" / "copydesk")

YESTERDAY = (
    "# Bridge opens\n\n"
    'Mayor Anna Kowalski opened the bridge on Monday. "It took ten years," Kowalski said.\n'
    "The treasurer, Priya Ashbury, said the cost was fair.\n"
)
TODAY = (
    "# Bridge closes\n\n"
    "Mayor Anna Kowalsky said the bridge would close for repairs. Kowalsky blamed the frost.\n"
    "Priya Ashbury, the treasurer, said repairs would cost less.\n"
)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient, tmp_path: pathlib.Path):
    root = tmp_path.resolve()
    (root / "desk").mkdir()
    (root / "archive").mkdir()
    (root / "archive" / "monday.md").write_text(YESTERDAY, encoding="utf-8")
    (root / "desk" / "tuesday.md").write_text(TODAY, encoding="utf-8")
    lsp_client.newsroom = root
    folders = [types.WorkspaceFolder(uri=(root / name).as_uri(), name=name) for name in ("desk", "archive")]
    params = types.InitializeParams(
        capabilities=types.ClientCapabilities(
            text_document=types.TextDocumentClientCapabilities(
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True),
            ),
        ),
        workspace_folders=folders,
        root_uri=(root / "desk").as_uri(),
    )
    result = await lsp_client.initialize_session(params)
    lsp_client.server_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()


async def cross_story(client: LanguageClient, uri: str, want_some: bool = True, tries: int = 200):
    """The draft's cross-story name.variant diagnostics, once the memory has them (or,
    with ``want_some`` false, once it no longer does)."""
    for _ in range(tries):
        found = [
            d
            for d in client.diagnostics.get(uri, [])
            if d.code == "name.variant" and d.related_information
        ]
        if bool(found) == want_some:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(f"diagnostics never settled: {client.diagnostics.get(uri)}")


@pytest.mark.asyncio
async def test_memory_across_two_folders(client: LanguageClient):
    root = client.newsroom
    assert client.server_capabilities.workspace_symbol_provider is True
    draft = (root / "desk" / "tuesday.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=draft, language_id="markdown", version=1, text=TODAY)
        )
    )
    found = await cross_story(client, draft)
    assert [(d.range.start.line, d.range.start.character) for d in found] == [(2, 11), (2, 61)]
    assert '"Kowalsky" is spelt "Kowalski" in another story' in found[0].message
    related = found[0].related_information[0]
    assert related.location.uri == (root / "archive" / "monday.md").as_uri()
    assert related.location.range == types.Range(
        start=types.Position(line=2, character=6), end=types.Position(line=2, character=19)
    )

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=draft), position=types.Position(line=3, character=8))
    )
    assert "**In 1 other story**" in hover.contents.value
    assert "monday.md (line 4)" in hover.contents.value

    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="Ashbury"))
    assert sorted(symbol.location.uri for symbol in symbols) == sorted(
        [(root / "archive" / "monday.md").as_uri(), draft]
    )
    assert {symbol.name for symbol in symbols} == {"Priya Ashbury"}

    wednesday = root / "archive" / "wednesday.md"
    wednesday.write_text("Governor Tomas Reyes vetoed the bill. Reyes said it cost too much.\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=wednesday.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    for _ in range(200):
        symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="reyes"))
        if symbols:
            break
        await asyncio.sleep(0.05)
    assert [symbol.name for symbol in symbols] == ["Tomas Reyes"]
    assert symbols[0].location.uri == wednesday.as_uri()

    # Yesterday's story deleted: nothing left to disagree with.
    (root / "archive" / "monday.md").unlink()
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[
                types.FileEvent(uri=(root / "archive" / "monday.md").as_uri(), type=types.FileChangeType.Deleted)
            ]
        )
    )
    assert await cross_story(client, draft, want_some=False) == []
