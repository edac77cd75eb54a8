"""English word lists for the temporal grammar: months, weekdays, numbers, units, seasons, holidays."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Abbreviations of datelines and headers ("Thu, Oct 31", "Mon., Nov. 4").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "a dozen": 12,
    "dozen": 12, "a single": 1, "half a": 0.5, "half an": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25, "a half": 0.5, "one and a half": 1.5,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Duration units: word -> TIMEX3 unit letter(s) after "P" (time units take "PT").
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "millennium": "ML", "millenium": "ML",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
# The sun's times, as the TIMEX3 part of day they fall in (TimeML has no code of their own: dawn is early morning,
# dusk early evening).
SUN_TIMES: dict[str, str] = {
    "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO",
    "dusk": "EV", "sunset": "EV", "sundown": "EV", "nightfall": "EV",
}

# Fixed-date holidays: name -> (month, day). Movable feasts are computed in periods.py (movable).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31),
    "new years day": (1, 1), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "the fourth of july": (7, 4),
    "july fourth": (7, 4), "veterans day": (11, 11), "veterans' day": (11, 11),
    "armistice day": (11, 11), "may day": (5, 1), "bastille day": (7, 14),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "groundhog day": (2, 2),
    "st patrick's day": (3, 17), "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "waitangi day": (2, 6), "juneteenth": (6, 19), "remembrance day": (11, 11),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "new year": (1, 1), "new year's": (1, 1),
    # The church's fixed feasts; Twelfth Night is the eve of Epiphany, a night (resolve gives it TNI).
    "epiphany": (1, 6), "twelfth night": (1, 5),
}
# Holidays whose date depends on the country the text is about: name -> {country: (month, day) or (month, weekday,
# n), the n-th weekday of the month (Monday = 0)}. Resolve picks the country its cues (COUNTRY_CUES) name most; with
# none, a name also in HOLIDAYS keeps that date (Independence Day is July 4) and the others are left untagged.
COUNTRY_HOLIDAYS: dict[str, dict[str, tuple[int, ...]]] = {
    "independence day": {
        "united states": (7, 4), "india": (8, 15), "pakistan": (8, 14), "indonesia": (8, 17), "philippines": (6, 12),
        "nigeria": (10, 1), "ghana": (3, 6), "mexico": (9, 16), "brazil": (9, 7), "ukraine": (8, 24),
    },
    "national day": {
        "singapore": (8, 9), "china": (10, 1), "malaysia": (8, 31), "united arab emirates": (12, 2),
        "saudi arabia": (9, 23), "qatar": (12, 18),
    },
    # Labour Day is the first Monday of September in North America, the fourth Monday of October in New Zealand, and
    # May 1 in most of Asia and Africa (Australia's states differ, so it has no entry).
    "labour day": {
        "canada": (9, 0, 1), "united states": (9, 0, 1), "new zealand": (10, 0, 4), "singapore": (5, 1),
        "malaysia": (5, 1), "philippines": (5, 1), "china": (5, 1), "kenya": (5, 1), "nigeria": (5, 1),
    },
}
# Words that say which country a text is about (lower case, as regex alternatives): names, demonyms, capitals and big
# cities, and Canadian datelines' province abbreviations ("HALDEN, Ont. -").
COUNTRY_CUES: dict[str, str] = {
    "united states": r"u\.s\.|united\s+states|americans?|washington",
    "india": r"india|indians?|new\s+delhi|delhi|mumbai|bengaluru|bangalore|chennai|kolkata|hyderabad",
    "pakistan": r"pakistan|pakistanis?|islamabad|karachi|lahore",
    "indonesia": r"indonesia|indonesians?|jakarta",
    "philippines": r"philippines|filipinos?|philippine|manila",
    "nigeria": r"nigeria|nigerians?|lagos|abuja",
    "ghana": r"ghana|ghanaians?|accra",
    "mexico": r"mexico|mexicans?",
    "brazil": r"brazil|brazilians?|brasilia|rio\s+de\s+janeiro|s[aã]o\s+paulo",
    "ukraine": r"ukraine|ukrainians?|kyiv|kiev",
    "singapore": r"singapore|singaporeans?",
    "china": r"china|beijing|shanghai",
    "malaysia": r"malaysia|malaysians?|kuala\s+lumpur",
    "united arab emirates": r"united\s+arab\s+emirates|uae|emirati|dubai|abu\s+dhabi",
    "saudi arabia": r"saudi|riyadh|jeddah",
    "qatar": r"qatar|qataris?|doha",
    "canada": r"canada|canadians?|ottawa|toronto|montreal|vancouver|ontario|quebec|alberta|(?<=,\s)(?:ont|que|alta|sask|man)\.",
    "new zealand": r"new\s+zealand|new\s+zealanders|auckland|wellington|christchurch",
    "kenya": r"kenya|kenyans?|nairobi|mombasa",
}

# Fixed holidays that name an evening, not a day: a TIME of that night (TimeML TNI).
NIGHT_HOLIDAYS = frozenset({"twelfth night"})
MOVABLE_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter monday", "easter", "labor day",
                    "memorial day", "good friday", "mother's day", "father's day", "election day", "black friday",
                    "cyber monday", "lunar new year", "chinese new year", "victoria day", "canadian thanksgiving", "diwali", "deepavali",
                    "eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "eid-al-fitr", "eid-ul-fitr",
                    # the church's feasts counted from Easter (periods.EASTER_OFFSETS)
                    "shrove tuesday", "pancake day", "ash wednesday", "palm sunday", "maundy thursday",
                    "ascension day", "pentecost", "whit sunday", "whitsunday", "whitsun", "whit monday")

# The first day of the Lunar (Chinese) New Year, which follows the moon: a table, not a rule. Outside these
# years the holiday is left untagged rather than guessed. Checked against the `holidays` package (0.109,
# Singapore's "Chinese New Year", whose Monday-in-lieu dates for 2006 and 2007 are not the festival's day).
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8),
}

# Diwali (Lakshmi Puja, India's public-holiday date) and Eid al-Fitr (1 Shawwal by the Umm al-Qura calendar; local
# moon sightings may differ by a day) follow the moon: tables, not rules, left untagged outside their years. Eid al-Fitr
# fell twice in 2000 and in 2033 (the January date is listed; resolve picks the one nearer the reference).
DIWALI: dict[int, tuple[int, int]] = {
    2000: (10, 26), 2001: (11, 14), 2002: (11, 4), 2003: (10, 25), 2004: (11, 12), 2005: (11, 1), 2006: (10, 21),
    2007: (11, 9), 2008: (10, 28), 2009: (10, 17), 2010: (11, 5), 2011: (10, 26), 2012: (11, 13), 2013: (11, 3),
    2014: (10, 23), 2015: (11, 11), 2016: (10, 30), 2017: (10, 19), 2018: (11, 7), 2019: (10, 27), 2020: (11, 14),
    2021: (11, 4), 2022: (10, 24), 2023: (11, 12), 2024: (10, 31), 2025: (10, 20), 2026: (11, 8), 2027: (10, 29),
    2028: (10, 17), 2029: (11, 5), 2030: (10, 26), 2031: (11, 14), 2032: (11, 2), 2033: (10, 22), 2034: (11, 10),
    2035: (10, 30),
}
EID_AL_FITR: dict[int, tuple[int, int]] = {
    2000: (1, 8), 2001: (12, 16), 2002: (12, 5), 2003: (11, 25), 2004: (11, 14), 2005: (11, 3), 2006: (10, 23),
    2007: (10, 13), 2008: (10, 1), 2009: (9, 20), 2010: (9, 10), 2011: (8, 30), 2012: (8, 19), 2013: (8, 8),
    2014: (7, 28), 2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24),
    2021: (5, 13), 2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 9),
    2028: (2, 26), 2029: (2, 14), 2030: (2, 4), 2031: (1, 24), 2032: (1, 14), 2033: (1, 2), 2034: (12, 12),
    2035: (12, 1),
}
EID_AL_FITR_SECOND = {2000: (12, 27), 2033: (12, 23)}

# Zone abbreviations taken after a clock time ("6 p.m. AEST"). Ones that are also common words after a time
# ("WET", "WEST", "EAT", "CAT") are left out.
TIMEZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST",
             "AST", "ADT", "NST", "NDT", "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "MSK", "SAST",
             "PKT", "ICT", "WIB", "SGT", "HKT", "PHT", "JST", "KST", "AWST", "ACST", "ACDT", "AEST", "AEDT",
             "NZST", "NZDT")


def number_value(word: str) -> float | None:
    """The value of a number written in digits or words ("12", "twenty-five", "a"), else None."""
    w = word.lower().replace(",", "").strip()
    if w.replace(".", "", 1).isdigit():
        return float(w) if "." in w else int(w)
    w = " ".join(w.replace("-", " ").split())
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS_WORDS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    if len(parts) == 2 and parts[1] == "hundred" and parts[0] in NUMBERS:
        return NUMBERS[parts[0]] * 100
    return None
