"""Which column holds what: the fields an import can fill, and a guess from the headers
(English and Spanish)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from frontdesk.services.errors import ValidationError


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    PREFERRED_NAME = "preferred_name"
    MOBILE = "mobile"
    EMAIL = "email"
    LANGUAGE = "language"
    CHANNEL = "preferred_channel"
    SMS_CONSENT = "sms_consent"
    EMAIL_CONSENT = "email_consent"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS = {
    Field.FIRST_NAME: "First name", Field.LAST_NAME: "Last name",
    Field.FULL_NAME: "Full name (first and last)", Field.PREFERRED_NAME: "Preferred name",
    Field.MOBILE: "Mobile phone", Field.EMAIL: "Email", Field.LANGUAGE: "Language",
    Field.CHANNEL: "Preferred channel", Field.SMS_CONSENT: "Consent to texts (yes/no)",
    Field.EMAIL_CONSENT: "Consent to email (yes/no)",
}

# Exact header names (after normalising: lower case, no accents, letters and digits only).
EXACT = {
    Field.FIRST_NAME: {"first", "firstname", "givenname", "given", "forename", "nombre",
                       "nombres", "primernombre", "fname"},
    Field.LAST_NAME: {"last", "lastname", "surname", "familyname", "apellido", "apellidos",
                      "lname"},
    Field.FULL_NAME: {"name", "fullname", "clientname", "client", "patient", "patientname",
                      "nombrecompleto", "cliente", "paciente", "nombreyapellido",
                      "nombreyapellidos"},
    Field.PREFERRED_NAME: {"preferred", "preferredname", "nickname", "goesby", "apodo",
                           "nombrepreferido", "alias"},
    Field.MOBILE: {"mobile", "cell", "cellphone", "mobilephone", "phone", "phonenumber", "tel",
                   "telephone", "celular", "movil", "telefono", "telefonomovil", "cel",
                   "mobilenumber", "cellnumber", "numerodecelular", "numerodetelefono"},
    Field.EMAIL: {"email", "emailaddress", "mail", "correo", "correoelectronico",
                  "direcciondecorreo"},
    Field.LANGUAGE: {"language", "lang", "idioma", "lengua", "preferredlanguage"},
    Field.CHANNEL: {"preferredchannel", "channel", "contactmethod", "preferredcontact",
                    "contactpreference", "canal", "medio", "mediodecontacto",
                    "canalpreferido"},
    Field.SMS_CONSENT: {"smsconsent", "textconsent", "consentsms", "consenttotext",
                        "oktotext", "textok", "smsoptin", "consentimientosms", "aceptasms"},
    Field.EMAIL_CONSENT: {"emailconsent", "consentemail", "oktoemail", "emailoptin",
                          "consentimientocorreo", "aceptacorreo"},
}
# Words a header may contain, tried when no exact name matched (order matters).
CONTAINS = [
    (Field.SMS_CONSENT, ("consent", "consentimiento", "optin", "acepta"), ("sms", "text")),
    (Field.EMAIL_CONSENT, ("consent", "consentimiento", "optin", "acepta"),
     ("email", "mail", "correo")),
    (Field.EMAIL, ("email", "correo", "mail"), ()),
    (Field.MOBILE, ("mobile", "cell", "celular", "movil", "phone", "telefono"), ()),
    (Field.FIRST_NAME, ("firstname", "nombre"), ()),
    (Field.LAST_NAME, ("lastname", "apellido", "surname"), ()),
    (Field.LANGUAGE, ("language", "idioma"), ()),
]


def normalise(header: str) -> str:
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", text)


def _guess_one(name: str) -> Field | None:
    for field, names in EXACT.items():
        if name in names:
            return field
    for field, words, also in CONTAINS:
        if any(w in name for w in words) and (not also or any(a in name for a in also)):
            return field
    return None


@dataclass(frozen=True)
class Mapping:
    """For each column, in order, the field it fills (None: ignored)."""

    columns: tuple[Field | None, ...]

    def index(self, field: Field) -> int | None:
        return self.columns.index(field) if field in self.columns else None

    def check(self) -> None:
        """A mapping an import can use, or a ValidationError naming what is missing."""
        used = [f for f in self.columns if f is not None]
        twice = sorted({f.label for f in used if used.count(f) > 1})
        if twice:
            raise ValidationError("mapping", f"More than one column is set to “{twice[0]}”.",
                                  hint="Set one of them to “Ignore”.")
        names = ({Field.FIRST_NAME, Field.LAST_NAME} <= set(used)) or Field.FULL_NAME in used
        if not names:
            raise ValidationError("mapping", "Choose the columns with the clients' names.",
                                  hint="Either a First name and a Last name column, or a "
                                       "Full name column.")
        if Field.MOBILE not in used and Field.EMAIL not in used:
            raise ValidationError("mapping", "Choose the column with the mobile phone or "
                                  "the email.", hint="Reminders need one of them.")


def guess_mapping(headers: tuple[str, ...]) -> Mapping:
    """Each field at most once, the first column that looks like it."""
    taken: set[Field] = set()
    columns: list[Field | None] = []
    for header in headers:
        field = _guess_one(normalise(header))
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        columns.append(field)
    if Field.FULL_NAME in taken and {Field.FIRST_NAME, Field.LAST_NAME} & taken:
        columns = [None if f is Field.FULL_NAME else f for f in columns]
    return Mapping(tuple(columns))
