"""Checking each row before anything is saved: names, phone, email, language, channel,
consent, and duplicates of existing clients or of another row in the same file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from frontdesk.domain import Channel, Language, PhoneKind
from frontdesk.services.client_import.mapping import Field, Mapping
from frontdesk.services.contacts import parse_email, parse_phone
from frontdesk.services.dto import ClientInput
from frontdesk.services.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

YES = {"yes", "y", "true", "t", "1", "x", "si", "sí", "s", "granted", "ok", "opted in",
       "optin", "opt-in", "agreed"}
NO = {"no", "n", "false", "f", "0", "", "none", "opted out", "optout", "opt-out", "declined"}
LANGUAGES = {
    Language.ENGLISH: {"en", "eng", "english", "ingles", "inglés", "en-us", "en_us"},
    Language.SPANISH: {"es", "spa", "spanish", "espanol", "español", "castellano",
                       "es-mx", "es-es", "es_mx", "es_es", "es-us"},
}
CHANNELS = {
    Channel.SMS: {"sms", "text", "texts", "text message", "mensaje", "mensaje de texto",
                  "texto", "mobile", "cell", "celular"},
    Channel.EMAIL: {"email", "e-mail", "mail", "correo", "correo electronico",
                    "correo electrónico"},
    Channel.WHATSAPP: {"whatsapp", "whats app", "wa", "wapp"},
}


@dataclass(frozen=True)
class CheckedRow:
    """One data row of the file: what it says, the client it would become, what is wrong."""

    number: int  # the row number a spreadsheet shows (the header is row 1)
    cells: tuple[str, ...]
    client: ClientInput | None  # None when the row has problems
    consents: tuple[Channel, ...] = ()  # channels the file says the client agreed to
    problems: tuple[str, ...] = ()
    keys: tuple[str, ...] = field(default=(), compare=False)  # E.164 / email, for duplicates

    @property
    def ok(self) -> bool:
        return not self.problems


def _word(raw: str) -> str:
    return " ".join(raw.casefold().split())


def _choice(raw: str, table: dict[E, set[str]], what: str, problems: list[str]) -> E | None:
    word = _word(raw)
    for value, words in table.items():
        if word in words:
            return value
    problems.append(f"{what} “{raw}” is not one FrontDesk knows")
    return None


def _yes_no(raw: str, what: str, problems: list[str]) -> bool:
    word = _word(raw)
    if word in YES:
        return True
    if word not in NO:
        problems.append(f"{what} says “{raw}”: write yes or no")
    return False


def _split_full_name(full: str) -> tuple[str, str]:
    if "," in full:  # "Okafor, Maya"
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.strip().rpartition(" ")
    return first.strip(), last.strip()


class RowChecker:
    """Checks rows one by one, remembering the phones and emails seen so far."""

    def __init__(self, mapping: Mapping, region: str, existing: set[str]) -> None:
        self.mapping, self.region = mapping, region or "US"
        self.existing = existing  # E.164 numbers and lower-case emails of current clients
        self.seen: dict[str, int] = {}

    def _cell(self, cells: list[str], f: Field) -> str:
        i = self.mapping.index(f)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def check(self, number: int, cells: list[str]) -> CheckedRow:
        problems: list[str] = []
        get: Callable[[Field], str] = lambda f: self._cell(cells, f)  # noqa: E731
        first, last = get(Field.FIRST_NAME), get(Field.LAST_NAME)
        if not (first or last) and get(Field.FULL_NAME):
            first, last = _split_full_name(get(Field.FULL_NAME))
        if not first:
            problems.append("no first name")
        if not last:
            problems.append("no last name")
        mobile, kind = "", PhoneKind.UNKNOWN
        try:
            parsed = parse_phone(get(Field.MOBILE), self.region)
            if parsed:
                mobile, kind = parsed
        except ValidationError:
            problems.append(f"the phone “{get(Field.MOBILE)}” is not a number FrontDesk can "
                            "use")
        email = ""
        try:
            email = (parse_email(get(Field.EMAIL)) or "").lower()
        except ValidationError:
            problems.append(f"the email “{get(Field.EMAIL)}” is not a valid address")
        language = Language.ENGLISH
        if get(Field.LANGUAGE):
            language = _choice(get(Field.LANGUAGE), LANGUAGES, "the language", problems) \
                or Language.ENGLISH
        consents = tuple(ch for f, ch in ((Field.SMS_CONSENT, Channel.SMS),
                                          (Field.EMAIL_CONSENT, Channel.EMAIL))
                         if _yes_no(get(f), f.label.split(" (")[0].lower(), problems))
        channel = self._channel(get(Field.CHANNEL), mobile, kind, email, problems)
        keys = tuple(k for k in (mobile, email) if k)
        self._duplicates(keys, mobile, problems, number)
        if problems:
            return CheckedRow(number, tuple(cells), None, consents, tuple(problems), keys)
        client = ClientInput(first, last, preferred_name=get(Field.PREFERRED_NAME),
                             mobile=mobile, email=email, preferred_channel=channel,
                             language=language)
        return CheckedRow(number, tuple(cells), client, consents, (), keys)

    def _channel(self, raw: str, mobile: str, kind: PhoneKind, email: str,
                 problems: list[str]) -> Channel:
        if raw:
            channel = _choice(raw, CHANNELS, "the preferred channel", problems) or Channel.SMS
        else:
            texts = mobile and kind is not PhoneKind.LANDLINE
            channel = Channel.SMS if texts or not email else Channel.EMAIL
        reach = {Channel.SMS: mobile, Channel.WHATSAPP: mobile, Channel.EMAIL: email}
        if not mobile and not email:
            if not any(p.startswith(("the phone", "the email")) for p in problems):
                problems.append("no mobile phone and no email: reminders could not reach "
                                "this client")
        elif not reach[channel]:
            problems.append(f"the preferred channel is {channel.value} but there is no "
                            f"{'email' if channel is Channel.EMAIL else 'mobile phone'}")
        elif channel is Channel.SMS and kind is PhoneKind.LANDLINE:
            problems.append("the phone is a landline, which cannot receive texts")
        return channel

    def _duplicates(self, keys: tuple[str, ...], mobile: str, problems: list[str],
                    number: int) -> None:
        for key in keys:
            what = "phone" if key == mobile else "email"
            if key in self.existing:
                problems.append(f"already a client with this {what}")
            elif key in self.seen:
                problems.append(f"same {what} as row {self.seen[key]}")
        if not problems:  # only a good row claims its phone and email
            for key in keys:
                self.seen.setdefault(key, number)
