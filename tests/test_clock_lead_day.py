"""Multi-paragraph hand cases: a clock time with no day near it takes the day of the event its story leads with."""

from __future__ import annotations

from datetime import date

from timeline import find_timexes

SAT = date(2024, 10, 5)  # a Saturday

PREVIEW = (
    "Ferry Town - Runners from 40 countries will line up at tomorrow's Harbour Half Marathon.\n"
    "\n"
    "The course was changed last year after complaints from residents.\n"
    "\n"
    "The race starts at 7am, and the harbour road stays shut until 1pm.\n"
)

REPORT = (
    "Amara Osei won the Harbour Half Marathon on Thursday in a course record.\n"
    "\n"
    "Organisers said entries had doubled since 2019.\n"
    "\n"
    "Temperatures reached 25C by noon, the warmest edition so far.\n"
)


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, reference)}


def test_times_of_a_coming_event_take_its_day() -> None:
    """A preview names its race 'tomorrow' in the lead; its start and road closure paragraphs later are that day."""
    values = _values(PREVIEW, SAT)
    assert values["7am"] == "2024-10-06T07:00"
    assert values["1pm"] == "2024-10-06T13:00"


def test_a_past_lead_day_does_not_date_later_paragraphs() -> None:
    """A report of Thursday's race: its lead day dates no past clock time paragraphs later (the narrative of a
    past day stays in its paragraph); that time is the reference day's."""
    assert _values(REPORT, SAT)["noon"] == "2024-10-05T12:00"


def test_a_plan_is_not_of_a_past_day_before_it() -> None:
    """'won on Thursday ... by noon' is Thursday's; the next sentence's plan ('will start at 6pm') is not of that
    past day but of the reference day."""
    text = ("Amara Osei won the Harbour Half Marathon on Thursday. Temperatures reached 25C by noon.\n"
            "\n"
            "The results ceremony will start at 6pm.\n")
    values = _values(text, SAT)
    assert values["noon"] == "2024-10-03T12:00"
    assert values["6pm"] == "2024-10-05T18:00"
