"""Importing existing clients from a CSV file: real files, a real SQLCipher store."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from frontdesk.domain import Channel, ConsentStatus, Language
from frontdesk.services.client_import import Field, ImportFileError, Mapping, guess_mapping
from frontdesk.services.errors import FrontDeskError, ValidationError

HEADER = "First name,Last name,Mobile,Email,Language,SMS consent\n"


def write(tmp_path, name: str, content: str | bytes, encoding: str = "utf-8"):
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return str(path)


def plan_for(services, path):
    preview = services.client_import.open(path)
    return preview, services.client_import.check(path, preview.guess)


def all_clients(services):
    return services.clients.search("", limit=100_000)


def test_good_rows_import_and_each_bad_row_says_why(services, practice, tmp_path):
    path = write(tmp_path, "clients.csv", HEADER + "\n".join([
        "Maya,Okafor,(617) 555-0150,maya@example.org,English,yes",
        "Luis,García,617-555-0151,,Spanish,sí",
        "Bad,Phone,12,bad.phone@example.org,en,",
        "Bad,Email,(617) 555-0153,not-an-email,en,no",
        "Same,AsAna,(617) 555-0111,,en,",  # Ana's mobile (practice fixture)
        "Twin,One,(617) 555-0160,twin@example.org,en,",
        "Twin,Two,(617) 555-0160,,en,",  # same phone as the row above
        ",Nameless,(617) 555-0161,,en,",
        "Cleo,Again,,CLEO@example.org,en,",  # Cleo's email, other case
    ]) + "\n")
    before = len(all_clients(services))
    preview, plan = plan_for(services, path)
    assert preview.guess.columns == (Field.FIRST_NAME, Field.LAST_NAME, Field.MOBILE,
                                     Field.EMAIL, Field.LANGUAGE, Field.SMS_CONSENT)
    problems = {r.number: " / ".join(r.problems) for r in plan.bad}
    assert "phone “12”" in problems[4]
    assert "email “not-an-email”" in problems[5]
    assert "already a client with this phone" in problems[6]
    assert "same phone as row 7" in problems[8]
    assert "no first name" in problems[9]
    assert "already a client with this email" in problems[10]
    assert [r.number for r in plan.good] == [2, 3, 7]

    result = services.client_import.run(plan, "reception")
    assert result.imported == 3
    assert [r.number for r in result.skipped] == [4, 5, 6, 8, 9, 10]
    assert result.summary == "3 imported, 6 skipped: see the list."
    assert len(all_clients(services)) == before + 3
    maya = services.clients.search("Okafor Maya")[0]
    maya_detail = services.clients.get(maya.id)
    assert maya_detail.mobile == "+16175550150" and maya_detail.email == "maya@example.org"
    assert {(c.channel, c.status) for c in maya_detail.consents} == {
        (Channel.SMS, ConsentStatus.GRANTED)}
    luis = services.clients.get(services.clients.search("García")[0].id)
    assert luis.language is Language.SPANISH and luis.preferred_channel is Channel.SMS
    twin = services.clients.get(services.clients.search("Twin")[0].id)
    assert twin.consents == ()  # no "yes" in the consent column: no consent to texts

    out = tmp_path / "skipped.csv"
    assert services.client_import.export_skipped(result, str(out)) == 6
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "First name,Last name,Mobile,Email,Language,SMS consent,Row,Problem"
    assert lines[1].startswith("Bad,Phone,12,") and "not a number" in lines[1]


def test_no_consent_column_means_no_consent(services, practice, tmp_path):
    path = write(tmp_path, "c.csv", "name,cell\nRosa Díaz,(617) 555-0170\n")
    _preview, plan = plan_for(services, path)
    services.client_import.run(plan, "reception")
    rosa = services.clients.get(services.clients.search("Díaz")[0].id)
    assert (rosa.first_name, rosa.last_name) == ("Rosa", "Díaz")
    assert rosa.consents == ()


def test_spanish_headers_bom_and_semicolons(services, practice, tmp_path):
    content = ("Nombre;Apellidos;Teléfono celular;Correo electrónico;Idioma;"
               "Consentimiento SMS\n"
               "José;Núñez Peña;617 555 0180;jose@example.org;español;Sí\n"
               "\n"  # an empty line: not a row, not an error
               "\"Ana María\";\"López; hija\";617 555 0181;;es;no\n")
    path = write(tmp_path, "clientes.csv", "\ufeff" + content)
    preview, plan = plan_for(services, path)
    assert preview.format.encoding == "utf-8-sig" and preview.format.delimiter == ";"
    assert preview.headers[0] == "Nombre"  # the BOM is not part of the first header
    assert preview.guess.columns == (Field.FIRST_NAME, Field.LAST_NAME, Field.MOBILE,
                                     Field.EMAIL, Field.LANGUAGE, Field.SMS_CONSENT)
    assert [r.number for r in plan.good] == [2, 4]  # row 3 is the empty line
    assert plan.good[1].client.last_name == "López; hija"
    assert services.client_import.run(plan, "reception").imported == 2
    jose = services.clients.get(services.clients.search("Núñez")[0].id)
    assert jose.language is Language.SPANISH
    assert [c.channel for c in jose.consents] == [Channel.SMS]


def test_latin1_and_tabs(services, practice, tmp_path):
    content = "First\tLast\tPhone\nRenée\tMüller\t(617) 555-0190\n"
    path = write(tmp_path, "latin.csv", content, encoding="latin-1")
    preview, plan = plan_for(services, path)
    assert preview.format.encoding == "cp1252" and preview.format.delimiter == "\t"
    assert plan.good[0].client.first_name == "Renée"
    assert plan.good[0].client.last_name == "Müller"


@pytest.mark.parametrize("content, words", [
    (b"", "The file is empty"),
    (b"\n\n  \n", "The file is empty"),
    (b"first,last,phone\n", "no clients under it"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a CSV text file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet file (Excel)"),
])
def test_files_that_are_not_a_client_list_say_so(services, tmp_path, content, words):
    path = write(tmp_path, "x.csv", content)
    with pytest.raises(ImportFileError) as err:
        services.client_import.open(path)
    assert words in str(err.value)


def test_a_mapping_without_names_or_contact_is_refused(services, tmp_path):
    path = write(tmp_path, "c.csv", "a,b,c\nAna,Lind,(617) 555-0111\n")
    preview = services.client_import.open(path)
    assert preview.guess.columns == (None, None, None)
    with pytest.raises(ValidationError, match="names"):
        services.client_import.check(path, preview.guess)
    with pytest.raises(ValidationError, match="phone or the email"):
        services.client_import.check(path, Mapping((Field.FIRST_NAME, Field.LAST_NAME, None)))
    with pytest.raises(ValidationError, match="More than one column"):
        services.client_import.check(path, Mapping((Field.FIRST_NAME, Field.FIRST_NAME,
                                                    Field.MOBILE)))
    plan = services.client_import.check(
        path, Mapping((Field.FIRST_NAME, Field.LAST_NAME, Field.MOBILE)))
    assert len(plan.good) == 1


def test_headers_are_guessed_in_english_and_spanish():
    guess = guess_mapping(("Nombre completo", "Celular", "Correo", "Canal preferido",
                           "Apodo", "Notes"))
    assert guess.columns == (Field.FULL_NAME, Field.MOBILE, Field.EMAIL, Field.CHANNEL,
                             Field.PREFERRED_NAME, None)
    guess = guess_mapping(("Client", "First Name", "Last Name", "Cell Phone", "E-mail",
                           "Email consent", "Preferred Name"))
    assert guess.columns == (None, Field.FIRST_NAME, Field.LAST_NAME, Field.MOBILE,
                             Field.EMAIL, Field.EMAIL_CONSENT, Field.PREFERRED_NAME)


def test_a_failure_mid_way_leaves_no_client_from_the_import(services, practice, tmp_path):
    rows = [f"Client{i},Family{i},,client{i}@example.org" for i in range(2, 2500)]
    rows.insert(1700, "Boom,Failing,,boom@example.org")
    path = write(tmp_path, "c.csv", "first,last,phone,email\n" + "\n".join(rows) + "\n")
    _preview, plan = plan_for(services, path)
    assert len(plan.good) == 2499
    with services.engine.begin() as conn:  # a real constraint of the store refuses row 1702
        conn.execute(text("CREATE TRIGGER refuse_boom BEFORE INSERT ON client "
                          "WHEN NEW.last_name = 'Failing' "
                          "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    before = len(all_clients(services))
    with pytest.raises(FrontDeskError) as err:
        services.client_import.run(plan, "reception")
    assert str(err.value).startswith("Nothing was imported")
    assert "INSERT" not in str(err.value) and "Error" not in str(err.value)  # no SQL shown
    assert len(all_clients(services)) == before
    assert services.clients.search("Client2") == []


def test_ten_thousand_rows_check_and_import_in_seconds(services, practice, tmp_path):
    rows = [f"First{i},Last{i},(617) 55{i // 10000 + 5}-{i % 10000:04d},"
            f"client{i}@example.org,en,yes" for i in range(10_000)]
    path = write(tmp_path, "big.csv", HEADER + "\n".join(rows) + "\n")
    started = time.perf_counter()
    preview = services.client_import.open(path)
    opened = time.perf_counter() - started
    assert len(preview.sample) == 50 and opened < 1.0
    plan = services.client_import.check(path, preview.guess)
    assert len(plan.rows) == 10_000
    result = services.client_import.run(plan, "reception")
    assert result.imported + len(result.skipped) == 10_000
    assert result.imported >= 9_990  # the fixture's three clients may share a number
    assert plan.seconds < 30 and result.seconds < 60  # generous: a loaded CI machine
