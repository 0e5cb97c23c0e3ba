"""Dates and times as a client reads them, in English and Spanish (no locale, no Babel).

A twenty-line table beats a dependency here: two languages, 12-hour US clock, and phrases
that fit into sentences ("tomorrow at 3:00 PM", "el martes 3 de marzo a la 1:00 p. m.").
Callers pass times already converted to the recipient's time zone.
"""

from __future__ import annotations

from datetime import date, datetime

from frontdesk.domain import Language

WEEKDAYS = {
    Language.ENGLISH: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday"),
    Language.SPANISH: ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
MONTHS = {
    Language.ENGLISH: ("January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"),
    Language.SPANISH: ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                       "septiembre", "octubre", "noviembre", "diciembre"),
}
# today, tomorrow, yesterday; and the word that introduces a date ("on", "el").
RELATIVE = {
    Language.ENGLISH: ("today", "tomorrow", "yesterday", "on"),
    Language.SPANISH: ("hoy", "mañana", "ayer", "el"),
}
SHOW_YEAR_AFTER_DAYS = 180  # a date this far away (either way) carries its year


def weekday_name(day: date, language: Language) -> str:
    return WEEKDAYS[Language(language)][day.weekday()]


def format_time(moment: datetime, language: Language) -> str:
    """'3:00 PM' / '3:00 p. m.' (the RAE spelling)."""
    hour = moment.hour % 12 or 12
    morning = moment.hour < 12
    if Language(language) is Language.SPANISH:
        suffix = "a. m." if morning else "p. m."
    else:
        suffix = "AM" if morning else "PM"
    return f"{hour}:{moment.minute:02d} {suffix}"


def format_date(day: date, language: Language, *, year: bool = False,
                weekday: bool = True) -> str:
    """'Tuesday, March 3' / 'martes 3 de marzo', with ', 2026' / ' de 2026' when asked;
    without the weekday: 'March 3' / '3 de marzo'."""
    language = Language(language)
    month = MONTHS[language][day.month - 1]
    if language is Language.SPANISH:
        text = f"{day.day} de {month}" + (f" de {day.year}" if year else "")
        return f"{weekday_name(day, language)} {text}" if weekday else text
    text = f"{month} {day.day}" + (f", {day.year}" if year else "")
    return f"{weekday_name(day, language)}, {text}" if weekday else text


def at_time(moment: datetime, language: Language) -> str:
    """'at 3:00 PM' / 'a las 3:00 p. m.' ('a la 1:00' for one o'clock)."""
    if Language(language) is Language.SPANISH:
        article = "a la" if moment.hour % 12 == 1 else "a las"
        return f"{article} {format_time(moment, language)}"
    return f"at {format_time(moment, language)}"


def day_phrase(day: date, today: date, language: Language, *, weekday: bool = True) -> str:
    """'today' / 'tomorrow' / 'yesterday' / 'on Tuesday, March 3' (es: 'el martes 3 de marzo').

    Relative words are worked out from `today` in the recipient's time zone, so a day-before
    reminder that goes out late on the day itself says "today", never a wrong "tomorrow".
    """
    language = Language(language)
    today_word, tomorrow, yesterday, on = RELATIVE[language]
    delta = (day - today).days
    if delta == 0:
        return today_word
    if delta == 1:
        return tomorrow
    if delta == -1:
        return yesterday
    year = abs(delta) > SHOW_YEAR_AFTER_DAYS
    return f"{on} {format_date(day, language, year=year, weekday=weekday)}"


def when_phrase(moment: datetime, now: datetime, language: Language, *,
                weekday: bool = True) -> str:
    """'tomorrow at 3:00 PM', 'on Tuesday, March 3 at 3:00 PM', 'hoy a la 1:00 p. m.'.

    Both datetimes must already be in the recipient's time zone.
    """
    day = day_phrase(moment.date(), now.date(), language, weekday=weekday)
    return f"{day} {at_time(moment, language)}"
