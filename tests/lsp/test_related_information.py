"""Linked spellings: related information on name.variant, name.first-reference and
quote.unattributed, only for clients that take it."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import DRAFT, URI, eventually, open_draft, range_of


def related(diagnostics, code):
    (diagnostic,) = [d for d in diagnostics if d.code == code]
    return [(info.location.uri, info.location.range, info.message) for info in diagnostic.related_information or []]


async def test_pushed_diagnostics_point_at_the_other_spellings_and_the_speaker(push_related: LanguageClient):
    open_draft(push_related)
    await eventually(lambda: URI in push_related.diagnostics)
    diagnostics = push_related.diagnostics[URI]
    assert related(diagnostics, "name.variant") == [
        (URI, range_of(DRAFT, "Ana Kowalski"), "Introduced here as “Ana Kowalski”"),
        (URI, range_of(DRAFT, "Kowalski", occurrence=1), "Spelt “Kowalski” here"),
    ]
    assert related(diagnostics, "quote.unattributed") == [
        (URI, range_of(DRAFT, "Kowalsky"), "Nearest candidate speaker: Ana Kowalski")
    ]


async def test_first_reference_points_at_the_full_name(push_related: LanguageClient):
    text = "President Biden called Beijing on Monday.\n\nOfficials said Joe Biden wanted talks.\n"
    open_draft(push_related, text=text)
    await eventually(lambda: URI in push_related.diagnostics)
    assert related(push_related.diagnostics[URI], "name.first-reference") == [
        (URI, range_of(text, "Joe Biden"), "The full name, “Joe Biden”, first comes here")
    ]


async def test_pulled_diagnostics_carry_them_too(modern: LanguageClient):
    open_draft(modern)
    report = await modern.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert len(related(report.items, "name.variant")) == 2
