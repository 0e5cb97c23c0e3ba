"""Dependencies point one way: UI -> services -> models -> domain; Qt only in the UI; the shared
vocabulary (`frontdesk.domain`) stands alone; small modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "frontdesk"
MAX_LINES = 400
QT = ("PySide6", "shiboken6", "pyqtgraph")
DATABASE = ("sqlalchemy", "sqlcipher3", "alembic")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str, is_package: bool = False) -> Iterator[tuple[int, str]]:
    """(line, dotted name) for every import, at any depth, relative ones resolved.

    `from a.b import c` gives "a.b.c", so importing a sub-module by name is judged by its
    full name. importlib.import_module("x") and __import__("x") with a literal count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                yield node.lineno, base if alias.name == "*" else f"{base}.{alias.name}"
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            yield node.lineno, node.args[0].value


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def all_imports() -> list[tuple[str, int, str, str]]:
    """(file relative to the repo, line, importing module, imported name) for frontdesk/."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        for line, name in imports(path.read_text(encoding="utf-8"), module,
                                  path.name == "__init__.py"):
            found.append((str(path.relative_to(ROOT)), line, module, name))
    return found


def offences(rule) -> list[str]:
    return [f"{f}:{line}: imports {name}" for f, line, module, name in all_imports()
            if rule(module, name)]


def report(found: list[str], what: str) -> str:
    return f"{what}:\n  " + "\n  ".join(found)


# ---- the rules -------------------------------------------------------------

def qt_outside_ui(module: str, name: str) -> bool:
    return not under(module, "frontdesk.ui") and any(under(name, q) for q in QT)


def database_in_ui(module: str, name: str) -> bool:
    """The UI takes its vocabulary from frontdesk.domain, never from the models."""
    return under(module, "frontdesk.ui") and (
        any(under(name, d) for d in DATABASE) or under(name, "frontdesk.models"))


def domain_reaching_out(module: str, name: str) -> bool:
    """frontdesk.domain is plain vocabulary: no other part of FrontDesk, no database, no Qt."""
    if not under(module, "frontdesk.domain"):
        return False
    if under(name, "frontdesk"):
        return not under(name, "frontdesk.domain")
    return any(under(name, p) for p in (*DATABASE, *QT))


SCREENS = ("schedule", "messages", "clients", "todo", "settings", "trends", "startup", "access",
           "audit", "support")
UI_TOP = {"__init__", "bus", "context", "gc_guard", "main_window", "quit_guard", "tasks",
          "tray", "window_geometry"}  # what the window itself is made of; the rest is by screen


def widgets_reaching_into_screens(module: str, name: str) -> bool:
    """ui/widgets/ is shared by every screen, so it knows none of them (nor the window)."""
    return under(module, "frontdesk.ui.widgets") and any(
        under(name, f"frontdesk.ui.{p}") for p in (*SCREENS, "main_window"))


def screens_reaching_the_window(module: str, name: str) -> bool:
    """Only start-up builds the window; a screen talks to it through signals and the bus."""
    return under(name, "frontdesk.ui.main_window") and not under(module, "frontdesk.ui.startup")


def models_reaching_up(module: str, name: str) -> bool:
    return under(module, "frontdesk.models") and any(
        under(name, p) for p in ("frontdesk.services", "frontdesk.ui", "frontdesk.sync"))


def services_reaching_up(module: str, name: str) -> bool:
    """Services never reach the UI; the connectors (frontdesk.sync) they meet in one module
    only, services/sync/connectors.py, which builds them and passes them their secrets."""
    return under(module, "frontdesk.services") and (under(name, "frontdesk.ui") or (
        under(name, "frontdesk.sync") and module != "frontdesk.services.sync.connectors"))


def test_there_is_code_to_check():
    files = {f for f, *_ in all_imports()}
    assert {"frontdesk/services/schedule.py", "frontdesk/models/database.py",
            "frontdesk/domain/__init__.py"} <= files
    assert any(f.startswith("frontdesk/ui/") for f in files)


def test_nothing_outside_the_ui_imports_qt():
    found = offences(qt_outside_ui)
    assert not found, report(found, "Qt imported outside frontdesk/ui")


def test_the_ui_never_touches_the_database():
    found = offences(database_in_ui)
    assert not found, report(found, "frontdesk/ui imports SQLAlchemy or the models "
                                    "(take the vocabulary from frontdesk.domain)")


def test_the_domain_stands_alone():
    found = offences(domain_reaching_out)
    assert not found, report(found, "frontdesk/domain imports the rest of FrontDesk, "
                                    "the database or Qt")


def test_importing_the_domain_loads_no_database_code():
    """The vocabulary must be usable without pulling in SQLAlchemy and every ORM class."""
    probe = ("import sys, frontdesk.domain; "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'}),"
             " sorted(m for m in sys.modules if m.startswith('frontdesk.models')))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[] []", f"import frontdesk.domain also loaded: {out}"


def test_the_models_define_no_vocabulary_of_their_own():
    """Enums live in frontdesk.domain; the models store them (enum_type) but do not define
    them, so there is one place to look and the UI never needs the models for a word."""
    found = [f"{path.relative_to(ROOT)}:{node.lineno}: class {node.name}"
             for path in sorted((PACKAGE / "models").glob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.ClassDef)
             and any(isinstance(b, ast.Name) and b.id.endswith("Enum") for b in node.bases)]
    assert not found, report(found, "enums defined in frontdesk/models (move to frontdesk.domain)")


def test_models_import_nothing_above_them():
    found = offences(models_reaching_up)
    assert not found, report(found, "frontdesk/models imports services, ui or sync")


def test_services_import_neither_ui_nor_sync():
    found = offences(services_reaching_up)
    assert not found, report(found, "frontdesk/services imports ui or sync")


def test_shared_widgets_know_no_screen():
    found = offences(widgets_reaching_into_screens)
    assert not found, report(found, "frontdesk/ui/widgets imports a screen")


def test_only_start_up_builds_the_window():
    found = offences(screens_reaching_the_window)
    assert not found, report(found, "a screen imports the main window")


def test_the_ui_is_grouped_by_screen():
    """Each area is a package that says in its docstring what lives there; only the window's
    own parts sit at the top of ui/."""
    ui = PACKAGE / "ui"
    loose = sorted(p.stem for p in ui.glob("*.py") if p.stem not in UI_TOP)
    assert not loose, f"modules at the top of ui/ (put them in a screen's package): {loose}"
    areas = sorted(p.name for p in ui.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert areas == sorted((*SCREENS, "widgets"))
    for area in areas:
        init = ui / area / "__init__.py"
        assert init.exists() and ast.get_docstring(ast.parse(init.read_text())), (
            f"ui/{area}/__init__.py needs a docstring saying what lives there")


def test_every_module_is_small():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    big = sorted(f"{f}: {n} lines" for f, n in sizes.items() if n >= MAX_LINES)
    if big:
        print("\n".join(big))
    assert not big, report(big, f"modules of {MAX_LINES} lines or more")


# ---- the checker itself ----------------------------------------------------

SAMPLE = """
import os, PySide6.QtCore
from sqlalchemy import select
from ..models import enums
from ..models import Client
from . import tasks
from .. import services

def later():
    import pyqtgraph as pg
    importlib.import_module("shiboken6")
"""


def test_the_checker_sees_every_kind_of_import():
    got = list(imports(SAMPLE, "frontdesk.ui.view"))
    assert got == [(2, "os"), (2, "PySide6.QtCore"), (3, "sqlalchemy.select"),
                   (4, "frontdesk.models.enums"), (5, "frontdesk.models.Client"),
                   (6, "frontdesk.ui.tasks"), (7, "frontdesk.services"), (10, "pyqtgraph"),
                   (11, "shiboken6")]
    assert list(imports("from . import x", "frontdesk.ui", is_package=True)) == [
        (1, "frontdesk.ui.x")]


@pytest.mark.parametrize(("rule", "module", "name", "broken"), [
    (qt_outside_ui, "frontdesk.services.schedule", "PySide6.QtCore", True),
    (qt_outside_ui, "frontdesk.app", "pyqtgraph", True),
    (qt_outside_ui, "frontdesk.ui.main_window", "PySide6.QtWidgets", False),
    (qt_outside_ui, "frontdesk.uix", "shiboken6", True),  # a name that only looks like ui
    (database_in_ui, "frontdesk.ui.view", "sqlalchemy.orm.Session", True),
    (database_in_ui, "frontdesk.ui.view", "frontdesk.models.Client", True),
    (database_in_ui, "frontdesk.ui.view", "frontdesk.models.database", True),
    (database_in_ui, "frontdesk.ui.view", "frontdesk.models.enums.Attendance", True),
    (database_in_ui, "frontdesk.ui.view", "frontdesk.domain.Attendance", False),
    (database_in_ui, "frontdesk.ui.view", "alembic.command", True),
    (database_in_ui, "frontdesk.ui.view", "frontdesk.services.dto.ScheduleRow", False),
    (models_reaching_up, "frontdesk.models.client", "frontdesk.services.errors", True),
    (models_reaching_up, "frontdesk.models.client", "frontdesk.models.base", False),
    (services_reaching_up, "frontdesk.services.schedule", "frontdesk.ui.tasks", True),
    (services_reaching_up, "frontdesk.services.schedule", "frontdesk.sync.twilio", True),
    (services_reaching_up, "frontdesk.services.sync.connectors", "frontdesk.sync.fhir", False),
    (services_reaching_up, "frontdesk.services.sync.x", "frontdesk.ui.tasks", True),
    (services_reaching_up, "frontdesk.services.sync.service", "frontdesk.sync.errors", True),
    (services_reaching_up, "frontdesk.services.syncx", "frontdesk.sync.fhir", True),
    (services_reaching_up, "frontdesk.services.schedule", "frontdesk.models", False),
    (domain_reaching_out, "frontdesk.domain.schedule", "frontdesk.models.base", True),
    (domain_reaching_out, "frontdesk.domain", "frontdesk.services.dto", True),
    (domain_reaching_out, "frontdesk.domain.messages", "sqlalchemy.Enum", True),
    (domain_reaching_out, "frontdesk.domain.messages", "PySide6.QtCore", True),
    (domain_reaching_out, "frontdesk.domain", "frontdesk.domain.schedule.Modality", False),
    (domain_reaching_out, "frontdesk.domain.messages", "enum.StrEnum", False),
    (domain_reaching_out, "frontdesk.models.base", "sqlalchemy", False),
    (widgets_reaching_into_screens, "frontdesk.ui.widgets.notice", "frontdesk.ui.schedule",
     True),
    (widgets_reaching_into_screens, "frontdesk.ui.widgets.fmt", "frontdesk.ui.main_window.X",
     True),
    (widgets_reaching_into_screens, "frontdesk.ui.widgets.fmt", "frontdesk.ui.tasks", False),
    (widgets_reaching_into_screens, "frontdesk.ui.schedule.x", "frontdesk.ui.messages", False),
    (screens_reaching_the_window, "frontdesk.ui.todo.todo_panel", "frontdesk.ui.main_window",
     True),
    (screens_reaching_the_window, "frontdesk.ui.startup.launch", "frontdesk.ui.main_window",
     False),
])
def test_the_rules_catch_what_they_should(rule, module, name, broken):
    assert rule(module, name) is broken
