"""Shared fixtures for the protocol tests: `copydesk lsp` driven by pytest-lsp clients
that advertise different capabilities, and the draft they open.

The binary is `COPYDESK_BIN`, else `CARGO_BIN_EXE_copydesk` (set by tests/it/pytest_lsp.rs,
which runs these tests from `cargo test`), else target/debug/copydesk.
"""

import asyncio
import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("COPYDESK_BIN") or os.environ.get("CARGO_BIN_EXE_copydesk") or str(ROOT / "target/debug/copydesk")
CONFIG = ClientServerConfig(server_command=[BINARY, "lsp"], server_env={**os.environ, "RUST_LOG": "warn"})

# A draft with one quotation per kind of speaker, a misspelt name, a misspelt word and a
# quotation nobody is said to speak.
DRAFT = (
    "Mayor Ana Kowalski toured the pier on Monday. Tom Baker, her deputy, stayed home.\n"
    "\n"
    '"We will rebuild it by spring," Kowalski said. "The money is there."\n'
    "\n"
    '"It will cost more than planned," an official said.\n'
    "\n"
    "Kowalsky added that the work would start soon. The councel will vote on Friday.\n"
    "\n"
    '"Nobody saw the water coming over the wall."\n'
)
URI = "file:///desk/pier.txt"


def position_of(text: str, needle: str, after: bool = False, occurrence: int = 0) -> types.Position:
    """The position (UTF-16; the draft is ASCII) of `needle`'s start, or its end."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    if after:
        index += len(needle)
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return types.Position(line=line, character=column)


def range_of(text: str, needle: str, occurrence: int = 0) -> types.Range:
    return types.Range(
        start=position_of(text, needle, occurrence=occurrence),
        end=position_of(text, needle, after=True, occurrence=occurrence),
    )


def whole(text: str) -> types.Range:
    lines = text.split("\n")
    return types.Range(start=types.Position(0, 0), end=types.Position(len(lines) - 1, len(lines[-1])))


def open_draft(client: LanguageClient, text: str = DRAFT, uri: str = URI, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=version, text=text)
        )
    )


async def eventually(condition, seconds: float = 20.0):
    """Waits until `condition()` holds; fails after `seconds`."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


def modern_capabilities() -> types.ClientCapabilities:
    """A client like VS Code today: pulls diagnostics, shows inlay hints and related
    information, resolves code action edits lazily, and takes refresh requests."""
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            diagnostic=types.DiagnosticClientCapabilities(related_document_support=False),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True, code_description_support=True
            ),
            inlay_hint=types.InlayHintClientCapabilities(),
            code_action=types.CodeActionClientCapabilities(
                data_support=True, resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"])
            ),
        ),
        workspace=types.WorkspaceClientCapabilities(
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True),
            inlay_hint=types.InlayHintWorkspaceClientCapabilities(refresh_support=True),
        ),
    )


def plain_capabilities() -> types.ClientCapabilities:
    """A client that advertises none of it (like Helix, Neovim 0.7 or eglot 1.9): push
    diagnostics, no related information, no inlay hints, edits computed with the menu."""
    return types.ClientCapabilities()


def push_related_capabilities() -> types.ClientCapabilities:
    """A push client that shows related information (like Neovim or eglot newer)."""
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True)
        )
    )


class Refreshes:
    """Counts the inlay hint refresh requests a client receives (pytest-lsp counts the
    diagnostic ones: `diagnostic_refresh_count`)."""

    def __init__(self, client: LanguageClient):
        self.inlay = 0

        @client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
        def inlay_refresh(_params):
            self.inlay += 1


async def start(client: LanguageClient, capabilities: types.ClientCapabilities) -> types.InitializeResult:
    client.refreshes = Refreshes(client)
    return await client.initialize_session(types.InitializeParams(capabilities=capabilities))


@pytest_lsp.fixture(config=CONFIG)
async def modern(lsp_client: LanguageClient):
    lsp_client.initialize_result = await start(lsp_client, modern_capabilities())
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def plain(lsp_client: LanguageClient):
    lsp_client.initialize_result = await start(lsp_client, plain_capabilities())
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def push_related(lsp_client: LanguageClient):
    lsp_client.initialize_result = await start(lsp_client, push_related_capabilities())
    yield
    await lsp_client.shutdown_session()
