"""Generate a deterministic corpus of English news articles from a template grammar (benchmark input).

Nothing is downloaded: every word comes from the lists below, every choice from a seeded RNG, so the same
seed and size always give byte-identical files. Articles mix many date formats, relative expressions,
numbers that are not dates, quotes and the usual traps ("may", "march", "sat", "sun", "we").
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterator

GENERATOR_VERSION = "3"
"""Bump when the grammar changes, so cached corpora are regenerated."""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
CENTURY_WORDS = ("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")

FIRST = ("Maria", "James", "Ana", "Wei", "Olena", "David", "Fatima", "Kenji", "Laura", "Samuel", "Priya",
         "Tomasz", "Grace", "Ahmed", "Elena", "Marcus", "Ingrid", "Kwame", "Sofia", "Daniel", "Mo", "Sun-hee")
LAST = ("Alvarez", "Chen", "Kovalenko", "Okafor", "Schmidt", "Nakamura", "Dubois", "Haddad", "Rossi",
        "Lindqvist", "Mensah", "Novak", "Fischer", "Park", "Santos", "O'Brien", "Marchetti", "Sato", "Weber")
TITLES = ("Secretary of State", "Defense Minister", "Prime Minister", "Governor", "Senator", "Mayor",
          "central bank governor", "Finance Minister", "spokesperson", "chief executive", "coach",
          "lead researcher", "Judge", "Commissioner")
ORGS = ("the Federal Reserve", "the European Commission", "NATO", "the World Health Organization", "Acme Corp.",
        "the city council", "the Supreme Court", "the IMF", "the Pentagon", "Northwind Airlines",
        "the state legislature", "the United Nations", "Globex", "the Ministry of Health", "the players' union")
PLACES = ("Kyiv", "Seoul", "Brussels", "Nairobi", "Lima", "Ottawa", "Jakarta", "Warsaw", "Lagos", "Manila",
          "Denver", "Marseille", "Osaka", "Cape Town", "the Kursk region", "the border area", "Sun City",
          "Mayfield", "March Air Reserve Base")
SAID = ("said", "told reporters", "said in a statement", "added", "wrote on social media", "told a news conference",
        "said in an interview", "noted", "warned")
FUTURE_VERBS = ("will meet", "is expected to vote", "will travel", "plans to announce", "is scheduled to testify",
                "will hold talks", "is due to report")
PAST_VERBS = ("met", "voted", "travelled", "announced", "testified", "held talks", "reported")
NOUNS = ("agreement", "budget", "ceasefire", "merger", "trial", "election", "strike", "vaccine trial",
         "investigation", "summit", "tariff plan", "reform bill", "offensive", "rescue operation")
QUOTES = (
    "We are not going to march in lockstep with anyone",
    "This may be the most important decision we make this decade",
    "We sat down with every side and listened",
    "Nobody can say when it ends, and we won't guess",
    "It is a second chance, and we intend to use it",
    "The sun came up and the water was still rising",
    "We have done this before and we'll do it again",
    "I don't think anyone expected numbers like these",
    "Our members voted 10 to 1 to accept the offer",
    "That's the question everybody's asking, isn't it",
    "We want a deal that lasts, not one that looks good for a week",
    "They may march, they may shout, but the law is the law",
)


@dataclass
class Context:
    """Per-article state that choices depend on: the RNG and the article's publication date."""

    rng: random.Random
    published: date

    def near(self, days: int) -> date:
        """A day within ``days`` of publication, in either direction."""
        return self.published + timedelta(days=self.rng.randint(-days, days))


def _pick(seq: tuple[str, ...]) -> Callable[[Context], str]:
    return lambda c: c.rng.choice(seq)


def _num_word(c: Context) -> str:
    return c.rng.choice(NUMBER_WORDS)


def abs_date(c: Context) -> str:
    """An absolute date near publication in one of the common news formats."""
    d = c.near(400)
    m = MONTHS[d.month - 1]
    forms = (
        f"{MONTH_ABBR[d.month - 1]} {d.day}, {d.year}",
        f"{m} {d.day}, {d.year}",
        f"{d.day} {m} {d.year}",
        f"{d.isoformat()}",
        f"{d.month}/{d.day}/{d.year}",
        f"{m} {d.year}",
        f"the {d.day}{_suffix(d.day)} of {m}",
        f"{MONTH_ABBR[d.month - 1]} {d.day}",
        f"{m} {d.day}{_suffix(d.day)}",
        f"{d.month}/{d.day}",
        f"mid-{m}",
        f"early {m}",
        f"{d.year}",
        f"late {d.year - 1}",
        f"the summer of {d.year}",
        f"{WEEKDAYS[d.weekday()]}, {MONTH_ABBR[d.month - 1]} {d.day}",
        f"fiscal {d.year + 1}",
        f"the third quarter of {d.year}",
    )
    return c.rng.choice(forms)


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def history(c: Context) -> str:
    """Historical references: decades, centuries, years, two-digit years."""
    y = c.rng.randint(1900, c.published.year - 1)
    forms = (
        f"the {y // 10 * 10}s",
        f"the {c.rng.choice(CENTURY_WORDS)} century",
        f"the last quarter of the {c.rng.choice(CENTURY_WORDS)} century",
        f"{y}",
        f"'{y % 100:02d}",
        f"\u2019{y % 100:02d}",
        f"the early {y // 10 * 10}s",
        f"New Year's Eve '{y % 100:02d}",
        f"Christmas Day {y}",
    )
    return c.rng.choice(forms)


def past_rel(c: Context) -> str:
    """Deictic, offset and vague expressions that point back from publication."""
    n = _num_word(c)
    return c.rng.choice((
        "yesterday", "last week", "last month", "last year", "over the weekend", "earlier this month",
        "late last year", "earlier this year", "last spring", f"{n} decades ago", f"{n} years ago",
        f"{n} days ago", "a couple weeks ago", "recently", "in recent weeks", "in recent months",
        "3 decades + ago", "last Monday", "this week", "today", "on Friday", "last summer", "earlier today",
    ))


def future_rel(c: Context) -> str:
    """Deictic and vague expressions that point forward from publication."""
    return c.rng.choice((
        "tomorrow", "next week", "next month", "next year", "in the coming days", "within days", "soon",
        "in the coming weeks", "next Tuesday", "this Friday", "this winter", "later this year", "within a year",
        "tonight", "this weekend", "by the end of the month", "in the spring", "on Monday",
    ))


def anaphoric(c: Context) -> str:
    """Expressions resolved against the narrative's previous date."""
    n = _num_word(c)
    return c.rng.choice((
        "a day earlier", "the day before", "the following week", "that year", "the same day", f"{n} days later",
        f"{n} months earlier", "the previous year", f"{n} years later", "the next morning", "that month",
    ))


def weekday(c: Context) -> str:
    """A bare weekday, sometimes with a part of the day."""
    w = c.rng.choice(WEEKDAYS)
    return c.rng.choice((w, w, f"{w} morning", f"{w} night", f"{w} afternoon", f"late {w}"))


def clock(c: Context) -> str:
    """Times of day in several styles."""
    h, mnt = c.rng.randint(1, 12), c.rng.choice((0, 15, 30, 45))
    return c.rng.choice((
        f"{h} p.m.", f"{h}:{mnt:02d} a.m. ET", f"{h}:{mnt:02d} p.m. local time", "noon", "midnight",
        f"{c.rng.randint(0, 23):02d}:{mnt:02d} GMT", f"{h} o'clock",
    ))


def duration(c: Context) -> str:
    """Durations and sets."""
    n = _num_word(c)
    return c.rng.choice((
        f"{n} days", f"{c.rng.randint(2, 40)} years", "five centuries", "several decades", "the last 5-years",
        f"{n} weeks", f"{n} hours", "six months", "every year", "weekly", "every Monday", "each summer",
        "annually", f"a {c.rng.randint(2, 30)}-year period",
    ))


def people(c: Context) -> str:
    """Counts of people and troops, some of them year-like numbers that are not years."""
    r = c.rng
    return r.choice((
        f"{r.randint(1, 99)},000 soldiers", f"about {r.randint(2, 99)},{r.randint(100, 999)} people",
        f"{r.randint(1900, 2030)} soldiers", f"{r.randint(1, 31)} of the {r.randint(32, 60)} members",
        f"{r.randint(2, 900)} families", f"more than {r.randint(1, 9)},{r.randint(100, 999)} workers",
        f"{r.randint(1000, 2999)} residents", "dozens of volunteers", f"{r.randint(10, 99)} children",
    ))


def money(c: Context) -> str:
    """Sums of money."""
    r = c.rng
    return r.choice((
        f"${r.randint(1, 99)}.{r.randint(1, 9)} billion", f"€{r.randint(10, 900)} million",
        "the 10's of billions", f"${r.randint(1, 9)},{r.randint(100, 999)}", f"£{r.randint(2, 99)}m",
        f"{r.randint(2, 40)} trillion won",
    ))


def percent(c: Context) -> str:
    r = c.rng
    return r.choice((f"{r.randint(1, 40)} percent", f"{r.randint(1, 12)}.{r.randint(0, 9)}%", f"{r.randint(2, 9)} points"))


def score(c: Context) -> str:
    """Sports scores and vote tallies."""
    r = c.rng
    return r.choice((f"{r.randint(1, 7)}-{r.randint(0, 6)}", f"{r.randint(10, 35)}-{r.randint(3, 30)}",
                     f"{r.randint(2, 9)} to 1", f"{r.randint(2, 60)} to {r.randint(61, 100)}"))


def label(c: Context) -> str:
    """Model numbers, routes, flights, articles, phone numbers: digits that are names, not dates."""
    r = c.rng
    return r.choice((
        f"Route {r.randint(1, 99)}", f"a Boeing {r.choice(('737', '747', '777', '787'))}",
        f"F-{r.choice(('16', '35', '15'))} jets", f"page {r.randint(2, 300)}", f"No. {r.randint(1, 20)}",
        f"Article {r.randint(1, 99)}", f"Flight {r.randint(100, 9999)}", f"the model X{r.randint(100, 999)}",
        f"COVID-{r.choice(('19', '19', '21'))} rules", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        f"Highway {r.randint(1, 9)}/{r.randint(10, 99)}", f"Resolution {r.randint(1000, 2800)}",
        f"{r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)} barrels", f"{r.randint(10, 900)} km",
        f"Section {r.randint(1, 30)}.{r.randint(1, 9)}", f"{r.randint(1, 4)}/{r.randint(5, 9)} of the vote",
    ))


def person(c: Context) -> str:
    return f"{c.rng.choice(FIRST)} {c.rng.choice(LAST)}"


def titled(c: Context) -> str:
    return f"{c.rng.choice(TITLES)} {person(c)}"


def quote(c: Context) -> str:
    """A quotation in curly or straight quotes."""
    q = c.rng.choice(QUOTES)
    return c.rng.choice((f"\u201c{q},\u201d", f'"{q},"', f"\u201c{q}.\u201d"))


TERMINALS: dict[str, Callable[[Context], str]] = {
    "ABS": abs_date, "HIST": history, "PREL": past_rel, "FREL": future_rel, "ANA": anaphoric, "WD": weekday,
    "TIME": clock, "DUR": duration, "PEOPLE": people, "MONEY": money, "PCT": percent, "SCORE": score,
    "LABEL": label, "P": person, "TP": titled, "Q": quote, "N": _num_word,
    "ORG": _pick(ORGS), "PLACE": _pick(PLACES), "SAID": _pick(SAID), "FUT": _pick(FUTURE_VERBS),
    "PAST": _pick(PAST_VERBS), "NOUN": _pick(NOUNS), "MONTH": _pick(MONTHS), "WEEKDAY": _pick(WEEKDAYS),
    "ORD": _pick(ORDINAL_WORDS),
}

SENTENCES = (
    "{TP} {SAID} {PREL} that {ORG} {FUT} on {WD} to discuss the {NOUN}.",
    "The {NOUN} was signed on {ABS} in {PLACE}, after {DUR} of talks.",
    "{Q} {TP} {SAID} at {TIME} {PREL}.",
    "{ORG} {PAST} {PREL}, citing a shortfall of {MONEY} and the loss of {PEOPLE}.",
    "By {ABS}, more than {PEOPLE} had been evacuated, {P} said.",
    "The figure is a sharp rise from {ANA}, when officials put it at {PEOPLE}.",
    "In {HIST}, the town had {PEOPLE}; now it has fewer than half that.",
    "{P}, who joined {ORG} in {HIST}, {SAID} the {NOUN} could take {DUR}.",
    "Officials {FUT} with {ORG} {FREL}, and a final vote is set for {ABS}.",
    "{TP} {PAST} in {PLACE} on {WD}, {N} days after the {NOUN} began.",
    "\u201cWe may see more of this,\u201d {P} {SAID}, adding that {PEOPLE} were already affected.",
    "Shares of Globex fell {PCT} on {WD} after the company reported a loss of {MONEY}.",
    "The {NOUN} has been delayed {N} times since {ABS}.",
    "Protesters plan to march along {LABEL} {FREL}, organizers {SAID}.",
    "Residents sat outside in the sun {PREL} as crews worked to restore power to {PEOPLE}.",
    "The report, released {ABS}, covers the period from {ABS} to {ABS}.",
    "It was the {ORD} such meeting {PREL}, and the {ORD} since {HIST}.",
    "{ORG} said it would review the {NOUN} {DUR}, starting {FREL}.",
    "The court heard the case {PREL} and is expected to rule {FREL}.",
    "{Q} said {P}, who leads a delegation of {PEOPLE}, in {PLACE}.",
    "Police said the call came in at {TIME} on {WD}, and units arrived {N} minutes later.",
    "The team won {SCORE} and now sits {ORD} in the table, {N} points ahead of its rivals.",
    "Since {HIST}, the {NOUN} has been renewed {DUR}.",
    "Temperatures reached {N} degrees {PREL}; forecasters expect rain {FREL}.",
    "The deal, first proposed in {MONTH}, was approved {PREL} by a vote of {SCORE}.",
    "On {ABS}, {TP} {PAST} with leaders from {PLACE}; {ANA}, {P} had said more talks were likely.",
    "Analysts at {ORG} said the economy grew {PCT} in {ABS} and slowed {PREL}.",
    "Mo {P}, {N}, said he moved to {PLACE} in {HIST} and has lived there for {DUR}.",
    "The measure passed {SCORE}, with {PEOPLE} abstaining, under {LABEL}.",
    "{PREL}, {ORG} {PAST} a plan worth {MONEY}, {N} years after the last one.",
    "The museum reopens {FREL}, {DUR} after it closed, with an exhibit on {HIST}.",
    "{TP} {SAID} on {WEEKDAY}'s call that {ORG} {FUT} {FREL}.",
    "Filed under {LABEL}, the motion was refiled {PREL} and again on {ABS}.",
    "Ticket prices rose from $15 to $18.50, or {PCT}, {PREL}.",
    "The {NOUN} took effect at {TIME} {PREL} and lasts until {ABS}.",
    "The aircraft, {LABEL}, was grounded {PREL} after {PEOPLE} were stranded for {DUR}.",
    "{P} said the odds were {SCORE} against a {NOUN} before {ABS}.",
    "Officials may announce the {NOUN} {FREL}; {P} said nothing was certain {PREL}.",
    "The second round, held {ANA}, drew {PEOPLE} and raised {MONEY}.",
    "We asked {ORG} about {LABEL} {PREL}; a spokesperson said it was reviewed {ANA}.",
    "{ORG} meets {DUR} and last did so on {ABS}, {ANA} the {NOUN} collapsed.",
)
HEADLINES = (
    "{ORG} to announce {NOUN} {FREL}, officials say",
    "{PEOPLE} stranded in {PLACE} as {NOUN} stalls",
    "{TP} warns of delays to {NOUN} after {WD} talks",
    "What we know about the {NOUN} in {PLACE}",
    "{PLACE} {NOUN}: {N} things to watch {FREL}",
    "{ORG} {PAST} on {NOUN} {PREL}, {MONEY} at stake",
)
STANDFIRSTS = (
    "{TP} says {ORG} {FUT} {FREL}, but questions remain.",
    "The {NOUN} has divided {PLACE} since {HIST}.",
    "{Q} one official said of the {NOUN}.",
)
COMMENTS = (
    "We saw this coming {PREL}.",
    "didn't they say the same thing in {HIST}?",
    "Sat through the whole hearing {PREL}. Nothing new.",
    "{MONEY}? I'll believe it when I see it.",
)

_SLOT = re.compile(r"\{([A-Z]+)\}")


def _compile(template: str) -> tuple[str | Callable[[Context], str], ...]:
    """Split a template into literal strings and terminal functions once, so expansion is a join."""
    parts: list[str | Callable[[Context], str]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        parts.append(template[pos:m.start()])
        parts.append(TERMINALS[m.group(1)])
        pos = m.end()
    parts.append(template[pos:])
    return tuple(p for p in parts if p != "")


_SENTENCES = tuple(_compile(t) for t in SENTENCES)
_HEADLINES = tuple(_compile(t) for t in HEADLINES)
_STANDFIRSTS = tuple(_compile(t) for t in STANDFIRSTS)
_COMMENTS = tuple(_compile(t) for t in COMMENTS)


def expand(parts: tuple[str | Callable[[Context], str], ...], ctx: Context) -> str:
    """One sentence from a compiled template; capitalizes the first letter as a sentence should be."""
    text = "".join(p if isinstance(p, str) else p(ctx) for p in parts)
    return text[0].upper() + text[1:]


def article(ctx: Context, target_chars: int) -> str:
    """One article: headline, standfirst, body paragraphs one per line, sometimes reader comments after a blank."""
    rng = ctx.rng
    lines = [expand(rng.choice(_HEADLINES), ctx), expand(rng.choice(_STANDFIRSTS), ctx)]
    size = sum(map(len, lines))
    while size < target_chars:
        para = " ".join(expand(rng.choice(_SENTENCES), ctx) for _ in range(rng.randint(1, 4)))
        lines.append(para)
        size += len(para) + 1
    if rng.random() < 0.3:
        lines.append("")
        lines.extend(expand(rng.choice(_COMMENTS), ctx) for _ in range(rng.randint(1, 3)))
    return "\n".join(lines) + "\n"


def articles(seed: int, total_chars: int) -> Iterator[tuple[str, date, str]]:
    """(id, published, text) of articles totalling at least ``total_chars``, one at a time."""
    rng = random.Random(seed)
    first, span = date(2010, 1, 1).toordinal(), 16 * 365
    made, n = 0, 0
    while made < total_chars:
        published = date.fromordinal(first + rng.randrange(span))
        text = article(Context(rng, published), rng.randint(1500, 9000))
        yield f"g{n:06d}", published, text
        made += len(text)
        n += 1


def write_corpus(directory: Path, megabytes: float, seed: int = 20241031) -> dict[str, int]:
    """Write a corpus directory (text files + catalog.toml) of about ``megabytes`` million characters.

    Articles are written one at a time (never held together). A finished directory records its key and
    counts in ``.complete`` and is reused as is by the next call with the same arguments.
    """
    stamp = directory / ".complete"
    key = f"{GENERATOR_VERSION} {seed} {megabytes}"
    if stamp.is_file():
        saved = json.loads(stamp.read_text())
        if saved.get("key") == key:
            return saved["stats"]
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.txt"):
        old.unlink()
    stats = {"docs": 0, "chars": 0, "bytes": 0}
    with open(directory / "catalog.toml", "w", encoding="utf-8") as catalog:
        catalog.write("# Generated by benchmarks/newsgen.py; do not edit.\n")
        for doc_id, published, text in articles(seed, int(megabytes * 1_000_000)):
            name = f"{doc_id}.txt"
            data = text.encode("utf-8")
            (directory / name).write_bytes(data)
            catalog.write(
                f'\n[[documents]]\nid = "{doc_id}"\nfile = "{name}"\ntitle = "generated {doc_id}"\n'
                f'site = "example.org"\nsource = "benchmark generator"\npublished = "{published.isoformat()}"\n'
                'published_status = "cited"\n'
            )
            stats["docs"] += 1
            stats["chars"] += len(text)
            stats["bytes"] += len(data)
    stamp.write_text(json.dumps({"key": key, "stats": stats}))
    return stats
