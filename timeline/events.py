"""Turn resolved temporal expressions into a table of dated event mentions, one row per mention.

Every column is filled by a named rule below (status, attribution, label, story, event merging);
the README's column dictionary documents them. Nothing here knows the seed texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterable

from .corpus import Corpus, Document, Section
from .sentences import Sentence, split_sentences

if TYPE_CHECKING:
    import pandas as pd

    from .timex import Timex

COLUMNS = (
    "doc", "section", "section_kind", "reference_date", "reference_not_before", "sentence", "sentence_start", "sentence_end",
    "text", "start", "end", "type", "value", "mod", "earliest", "latest", "placement", "granularity", "anchor",
    "date_role", "status", "label", "attribution", "story", "event_id", "sources", "rule",
)
INT_COLUMNS = ("sentence_start", "sentence_end", "start", "end")
DATE_COLUMNS = ("reference_date", "reference_not_before", "earliest", "latest")
STATUSES = ("reported", "expected", "hypothetical", "background")
DATE_ROLES = ("event", "statement", "photo")
PLACEMENTS = ("placed", "unresolved", "recurring")
"""``placed``: both bounds known; ``unresolved``: a mention that cannot be put on a date axis (an unanchored
duration, "10/7" or "this winter" in a comment of unknown date); ``recurring``: a set ("every year")."""
ANCHORS = ("absolute", "reference", "previous", "publication", "none")

NEWS_KINDS = frozenset({"body", "quoted_body", "teaser"})
"""Sections whose reporting sentences are dated to the section's reference date (never comments)."""
SCANNED_KINDS = frozenset({"headline", "standfirst", "body", "quoted_body", "authors_note", "caption", "teaser", "comment"})
"""Navigation and photo credits are never read for events."""
STORY_WINDOW_DAYS = 7
"""A section belongs to its document's story when its reference date is this close to the publication date."""
PHOTO_WINDOW_DAYS = 30
"""A caption date older than this, relative to its section's reference date, is an archival photo."""
BACKGROUND_DAYS = 365
"""A mention that ended more than this long before the reference date is history brought up for context."""
LABEL_MAX = 80
COMMENTS_STORY = "reader comments"
ARCHIVE_STORY = "archival photos"
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


# --- clauses and labels ---------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(
    r"(?<!\s)\s*[;:]\s+|(?<!\s)\s+[–—]\s+|,\s+(?=(?:and|but|while|when|where|which|who|whose|as|because|although|though|"
    r"after|before|since|so|saying|following|until|whereas|if|unless|including)\b)"
)
"""Coarse clause boundaries: semicolons, colons, spaced dashes, and a comma before a conjunction."""

_FRONTED = re.compile(
    r"(?:Although|Though|While|If|When|As|After|Before|Since|Despite|With|Because|Unless|Once|Until|Whether)\b[^,]*,\s+"
)
"""A fronted subordinate clause ("Although X has not yet ..., "): its first comma closes it."""

_LEADING_LINK = re.compile(r"^(?:and|but|while|when|where|which|who|as|so|saying|following|that)\s+")
_QUOTES = re.compile(r"[“”\"]")


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The coarse clause of ``sentence`` that holds ``sentence[start:end]`` (offsets relative to the sentence)."""
    cuts = [0]
    fronted = _FRONTED.match(sentence)
    if fronted and fronted.end() < len(sentence):
        cuts.append(fronted.end())
    cuts += [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    for r in reporting_verbs(sentence):
        # A trailing attribution (", Blinken said after ..." or "...,” he said") is a clause of its own.
        lead = sentence[: r.speaker_start].rstrip()
        if r.speaker_start > 0 and lead.endswith((",", "”", '"', ",”", ',"')):
            cuts.append(r.speaker_start)
            ends.append(len(lead))
    if fronted and fronted.end() < len(sentence):
        ends.append(fronted.end())
    a = max((c for c in cuts if c <= start), default=0)
    b = min((e for e in ends if e >= end), default=len(sentence))
    return a, max(b, end)


def status_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The narrowest clause that governs a mention: the coarse clause, cut at a quote or a "that" after it,
    and starting at an opening quote before it (words inside a quotation govern only the quotation)."""
    a, b = clause_bounds(sentence, start, end)
    after = re.search(r"\sthat\s|[“\"]", sentence[end:b])
    if after:
        b = end + after.start()
    inside = sentence[a:start]
    opening = inside.rfind("“")
    if opening >= 0 and "”" not in inside[opening:]:
        a += opening
    return a, b


def _norm(text: str) -> str:
    return " ".join(_QUOTES.sub("", text).split())


def trim_label(text: str, focus_end: int = 0) -> str:
    """Cut a label to at most LABEL_MAX characters at word boundaries, keeping what ends at ``focus_end``.

    A mention near the start keeps the head; a mention further on keeps the head (subject and verb),
    an ellipsis, and the words that lead up to the mention."""
    if len(text) <= LABEL_MAX:
        return text
    if focus_end <= LABEL_MAX - 2:
        cut = text.rfind(" ", 0, LABEL_MAX - 1)
        return text[: cut if cut > 0 else LABEL_MAX - 1].rstrip(" ,;:") + "…"
    head_cut = text.rfind(" ", 0, 34)
    head = text[: head_cut if head_cut > 0 else 34].rstrip(" ,;:")
    end = text.find(" ", focus_end)
    end = len(text) if end < 0 else end
    begin = text.find(" ", end - (LABEL_MAX - len(head) - 4)) + 1
    tail = text[begin:end].strip(" ,;:")
    return f"{head} … {tail}" + ("…" if end < len(text) else "")


_REPORTED_CLAUSE = re.compile(r"\s+(?:that\s+)?(?=[A-Z0-9“\"]|(?:the|a|an|those|these|this|it|they|he|she|we|some|most)\b)")
"""What follows a reporting verb when it opens the reported clause ("says North Korean soldiers ...")."""


def label_clause(sentence: str, start: int, end: int, statement: bool = False) -> tuple[str, int]:
    """The clause that describes the event at ``sentence[start:end]``, and where the mention ends in it.

    Rules, in order: the coarse clause holding the mention; if the mention ends its clause and the next
    clause opens with "when"/"where", that clause says what happened then ("... a day earlier, when X said");
    for a dated mention inside what someone says ("X says Y ... in the coming days"), the label starts at Y;
    an attribution after a quotation is moved first ("X said at ...: quoted words"); a leading link word
    ("and", "while") is dropped.
    """
    a, b = clause_bounds(sentence, start, end)
    link = re.match(r",\s+(?:when|where)\s+", sentence[b:])
    if link and not statement and sentence[end:b].strip(" ,.") == "":
        na = b + link.end()
        _, nb = clause_bounds(sentence, na, na)
        return sentence[na:nb], 0
    if not statement:
        for r in reporting_verbs(sentence):
            opened = _REPORTED_CLAUSE.match(sentence, r.end)
            if a <= r.start and r.end < start and opened and opened.end() < start:
                a = opened.end()
                break
    clause = sentence[a:b]
    focus = end - a
    words = _LEADING_LINK.match(clause)
    if words and words.end() <= start - a:
        clause, focus = clause[words.end():], focus - words.end()
    quoted = _quoted_lead(sentence, a)
    if quoted and re.match(r"[^“”\"]*$", clause):
        tail = clause.strip(" .")
        inverted = re.fullmatch(r"(\w+)\s+([A-Z].*)", tail)
        if inverted and REPORTING_VERB.fullmatch(inverted.group(1)):  # "said Jane Roe" -> "Jane Roe said"
            tail = f"{inverted.group(2)} {inverted.group(1)}"
        return f"{tail}: {quoted}", len(tail)
    return clause, focus


def _quoted_lead(sentence: str, a: int) -> str:
    """What a trailing attribution clause at ``a`` attributes: the sentence before it, when that ends with
    a closing quotation mark (``The US will act “soon,” Blinken said`` -> ``The US will act soon``)."""
    before = sentence[:a].rstrip()
    if not re.search(r"[”\"],?$", before):
        return ""
    return _norm(before).strip(" ,.")


def make_label(sentence: str, start: int, end: int, statement: bool = False) -> str:
    """A short description (at most LABEL_MAX characters) of the event at ``sentence[start:end]``, taken
    from its sentence: see :func:`label_clause`; quotes are removed and the text is cut at word boundaries."""
    clause, focus = label_clause(sentence, start, end, statement)
    text = _norm(clause).strip(" ,;:.")
    focus_end = len(_norm(clause[:max(focus, 0)]).lstrip(" ,;:."))
    label = trim_label(text, focus_end)
    return label[:1].upper() + label[1:]


# --- status -----------------------------------------------------------------------------------------------

CONDITIONAL = re.compile(
    r"\b(?:if|unless|in case|were to|otherwise|should\s+(?:these|those|this|that|the|they|he|she|it|we|you|i|any)\b)",
    re.I,
)
"""Conditional cues: "if", "unless", "were to", and the inverted conditional "should these troops ...". """

FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|going to|expected to|expects? to|plans? to|planned|set to|scheduled|intends? to|"
    r"likely to|poised to|about to|is to|are to|forecasts?|upcoming|impending)\b",
    re.I,
)
"""Future or plan cues that make a mention "expected" when its date is the reference day or spans it."""


def mention_status(clause: str, earliest: date, latest: date, reference: date | None, kind: str) -> str:
    """Status of one mention, by these rules in order:

    1. a caption date is when the photo was taken: ``reported``;
    2. a conditional cue in the governing clause: ``hypothetical``;
    3. a date wholly after the reference date, or a future cue with a date that spans the reference date:
       ``expected``;
    4. a date that ended more than BACKGROUND_DAYS before the reference date: ``background``;
    5. otherwise ``reported``. Without any reference date, only rules 1, 2 and 5 apply.
    """
    if kind == "caption":
        return "reported"
    if CONDITIONAL.search(clause):
        return "hypothetical"
    if reference is None:
        return "reported"
    if earliest > reference or (latest >= reference and FUTURE.search(clause)):
        return "expected"
    if latest < reference - timedelta(days=BACKGROUND_DAYS):
        return "background"
    return "reported"


def unplaced_status(sentence: str, start: int, end: int, kind: str) -> str:
    """Status of a mention that cannot be placed (no date to compare with the reference date): rules 1 and 2
    of :func:`mention_status` on its governing clause, then the clause's tense (``timeline.tense`` cues: "will",
    "plans to" vs "had", "ago"), read from the nearest cue before the mention, else the nearest after it (a verb
    usually precedes its time adverbial): future gives ``expected``, else ``reported``."""
    from .tense import tense_at

    a, b = status_bounds(sentence, start, end)
    if kind == "caption":
        return "reported"
    if CONDITIONAL.search(sentence[a:b]):
        return "hypothetical"
    lead = sentence[a:end]
    tense = tense_at(lead, lead.lower(), start - a, end - a)
    if tense is None:
        clause = sentence[a:b]
        tense = tense_at(clause, clause.lower(), start - a, end - a)
    return "expected" if tense == "future" else "reported"


# --- attribution and reporting sentences ------------------------------------------------------------------

REPORTING_VERB = re.compile(
    r"\b(?:says|said|say|tells|told|warns|warned|adds|added|announces|announced|states|stated|urges|urged|"
    r"indicates|indicated|assesses|assessed|claims|claimed|confirms|confirmed|reports|reported|accuses|accused|"
    r"denies|denied|insists|insisted|notes|noted|stresses|stressed|spoke|speaks|writes|wrote|argues|argued|"
    r"estimates|estimated|predicts|predicted|[Aa]ccording to)\b"
)
"""Verbs that report speech or a claim (finite forms only: "saying" introduces no new act of saying)."""

_BLOCKERS = re.compile(
    r"\b(?:had|has|have|previously|earlier|once|would|could|might|may|to)\s+(?:(?:only|not|also|never|\w+ly)\s+)?$",
    re.I,
)
"""A reporting verb after these is not a dated act of saying ("has said", "previously reported", "to say")."""
_WEEKDAY_NAMES = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_BETWEEN_SPEAKER_AND_VERB = re.compile(
    r"(?:\s+(?:also|again|later|then|separately|publicly|privately|repeatedly|on|late|early|last|this|"
    rf"{_WEEKDAY_NAMES}|morning|afternoon|evening|night|today|yesterday|tonight|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?,?)){1,4}$"
)
"""Adverbs and a date between a speaker and the verb ("Lopes on Monday said", "Austin also told", "Ruiz on May 3
said"): skipped when looking for the speaker, so a weekday is not taken for a name. A month only with its day: alone
it may end a name ("Theresa May on Monday said"). Up to four words, so the work stays bounded."""
_ACCORDING_TO_SOURCE = re.compile(r"\s*((?:the\s+)?[^,.;:“”\"()]{1,80}?)(?=\s*(?:[,.;:“”\"()]|$|\s+(?:that|which|who)\b))")
"""The source after "according to": its words up to the next punctuation ("according to Ukrainian intelligence,")."""
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
_SOURCE_NOUN = re.compile(
    r"\b(?:officials?|sources?|reports?|analysts?|experts?|witnesses|residents|police|statements?|estimates?|data|"
    r"figures|intelligence|spokes(?:man|woman|person)|ministry|agency|government|survey|poll|documents?|people|"
    r"prosecutors|investigators|diplomats|authorities)\b", re.I)
"""Words that make a lowercase phrase after "according to" a source ("a senior official"), not a standard
("according to the plan")."""
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_NAME_LINKS = frozenset({"of", "the", "for", "de", "al", "von", "van"})
_WORD = re.compile(r"[\w.’'-]+")


def _is_name(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _name_before(sentence: str, pos: int) -> tuple[str, int]:
    """The run of capitalised words that ends right before ``pos`` ("US Secretary of State Antony Blinken"),
    and where it starts; words must be separated by spaces only (a comma ends the run)."""
    words = list(_WORD.finditer(sentence[:pos]))
    if not words or sentence[words[-1].end():pos].strip():
        return "", pos
    run: list[re.Match] = []
    for m in reversed(words):
        if run and sentence[m.end():run[0].start()].strip():
            break
        w = m.group()
        if _is_name(w) or (run and w.lower() in _NAME_LINKS and w.islower()):
            run.insert(0, m)
            continue
        break
    while run and (run[0].group().islower() or run[0].group() in ("The", "A", "An")):
        run.pop(0)
    if not run:
        return "", pos
    return " ".join(m.group() for m in run), run[0].start()


def _name_after(sentence: str, pos: int) -> str:
    """The run of capitalised words that starts right after ``pos`` ("said Eurasia Group’s Jeremy Chan")."""
    run: list[str] = []
    for m in _WORD.finditer(sentence, pos):
        if sentence[pos if not run else m.start() - 1:m.start()].strip() and run:
            break
        w = m.group().rstrip(".")
        if _is_name(w) or (run and w.lower() in _NAME_LINKS and w.islower()):
            run.append(w)
            continue
        break
    while run and run[-1].islower():
        run.pop()
    return " ".join(run)


@dataclass(frozen=True)
class Reporting:
    """A reporting verb in a sentence, with its span (relative to the sentence) and who it attributes to."""

    start: int
    end: int
    speaker: str
    speaker_start: int


MAX_SPEAKER_CHARS = 160
"""Look-back window for the speaker and blocking words before a verb (keeps the work per verb bounded)."""


_OPENING_NAME = re.compile(r"([^,]{1,%d})," % MAX_SPEAKER_CHARS)
"""The words before a sentence's first comma, where an apposition's subject stands."""


def _quote_depths(sentence: str) -> list[bool]:
    """For each position, whether it lies inside a quotation (curly or straight quotes), in one pass."""
    inside, curly, straight = [], 0, False
    for ch in sentence:
        inside.append(curly > 0 or straight)
        if ch == "“":
            curly += 1
        elif ch == "”":
            curly = max(0, curly - 1)
        elif ch == '"':
            straight = not straight
    return inside


def reporting_verbs(sentence: str) -> list[Reporting]:
    """Reporting verbs outside quotations that report a dated act of saying, each with its speaker.

    The speaker is the run of capitalised words just before the verb ("Austin said"), or just after it
    ("said Eurasia Group's Jeremy Chan"); after an apposition ("Blinken, speaking ..., said") it is the
    name that opens the sentence. A pronoun ("he said") gives an empty speaker: no coreference is guessed.
    """
    return list(_reporting_verbs(sentence))


@lru_cache(maxsize=4096)
def _reporting_verbs(sentence: str) -> tuple[Reporting, ...]:
    found = []
    quoted = _quote_depths(sentence)
    for m in REPORTING_VERB.finditer(sentence):
        window = max(0, m.start() - MAX_SPEAKER_CHARS)
        if quoted[m.start()] or _BLOCKERS.search(sentence, window, m.start()):
            continue
        if m.group().lower() == "according to":
            source = _according_to(sentence, m)
            found += [source] if source else []
            continue
        before = sentence[window: m.start()].rstrip()
        skipped = _BETWEEN_SPEAKER_AND_VERB.search(before)
        verb_at = m.start()
        if skipped and skipped.start() > 0:
            before, verb_at = before[: skipped.start()], window + skipped.start()
        words = before.split()
        speaker, where = "", m.start()
        if words and words[-1].lower() in _PRONOUNS:
            where = window + len(before) - len(words[-1])
        elif before.endswith(","):
            head = _OPENING_NAME.match(sentence)
            name, at = _name_before(head.group(1), len(head.group(1))) if head else ("", 0)
            if name and name == head.group(1).strip():
                speaker, where = name, at
        else:
            name, at = _name_before(sentence[window:verb_at], verb_at - window)
            speaker, where = name, (window + at if name else m.start())
            if not speaker and re.search(r"[”\"],?\s*$", before + " "):
                speaker = _name_after(sentence, m.end())
        found.append(Reporting(m.start(), m.end(), speaker, where))
    return tuple(found)


def _according_to(sentence: str, m: re.Match) -> Reporting | None:
    """"according to Ukrainian intelligence": the source is the phrase after it, a leading "the" dropped."""
    src = _ACCORDING_TO_SOURCE.match(sentence, m.end())
    name = _LEADING_ARTICLE.sub("", src.group(1).strip()) if src else ""
    if not (any(_is_name(w) for w in name.split()) or _SOURCE_NOUN.search(name)):
        return None  # "according to the plan" reports no claim
    return Reporting(m.start(), m.end(), name, m.start())


def attribution_for(sentence: str, start: int, end: int, reports: list[Reporting] | None = None) -> str:
    """Who said what the mention belongs to: among the named speakers whose verb governs the mention (see
    :func:`_governs`), the one in the mention's clause, else the first in the sentence, else empty."""
    reports = reporting_verbs(sentence) if reports is None else reports
    a, b = clause_bounds(sentence, start, end)
    named = [r for r in reports if r.speaker and _governs(sentence, r, start)]
    for r in named:
        if a <= r.start < b:
            return r.speaker
    return named[0].speaker if named else ""


def _governs(sentence: str, report: Reporting, start: int) -> bool:
    """Whether a reporting verb can attribute a mention at ``start``: its speaker or verb comes first ("Lopes
    said on Monday"), or it is a trailing attribution after a comma or a closing quote
    ("... on Monday, Lopes said"). A verb in a later relative clause ("the ferries moored now outnumber the
    ten the navy says were sunk") does not."""
    if report.speaker_start <= start or report.end <= start:
        return True
    return sentence[: min(report.speaker_start, report.start)].rstrip().endswith((",", "”", '"'))


# --- rows -------------------------------------------------------------------------------------------------

def document_story(doc: Document, section: Section) -> str:
    """Which story a section belongs to, by its kind and its reference date.

    Comments are "reader comments". A teaser, with the captions and credits just before it, is its own
    story, named by its title. Any other section whose reference date lies within STORY_WINDOW_DAYS of the
    document's publication date belongs to the document's story, named by the document's title.
    """
    if section.kind == "comment":
        return COMMENTS_STORY
    unit = _teaser_of(doc, section)
    if unit is not None:
        return unit.title or f"teaser {unit.id}"
    pub, ref = doc.published.value, section.reference.value
    if pub is None or ref is None or abs((ref - pub).days) <= STORY_WINDOW_DAYS:
        return doc.title or f"document {doc.id}"
    return f"section {section.id}"


def _teaser_of(doc: Document, section: Section) -> Section | None:
    """The teaser a section belongs to: itself, or the teaser right after a run of captions and credits
    that share its reference date."""
    if section.kind == "teaser":
        return section
    if section.kind not in ("caption", "credit"):
        return None
    for later in doc.sections[section.index:]:
        if later.kind == "teaser":
            return later if later.reference == section.reference else None
        if later.kind not in ("caption", "credit"):
            return None
    return None


def _scan_reference(section: Section) -> date | None:
    """The date status rules compare against: the reference date, else its lower or upper bound."""
    ref = section.reference
    return ref.value or ref.not_before or ref.not_after


def _base_row(doc: Document, section: Section, sentence: Sentence, story: str) -> dict[str, object]:
    return {
        "doc": doc.id, "section": section.id, "section_kind": section.kind,
        "reference_date": section.reference.value,
        "reference_not_before": section.reference.value or section.reference.not_before,
        "sentence": sentence.text, "sentence_start": sentence.start, "sentence_end": sentence.end,
        "story": story, "event_id": "", "sources": "",
    }


def placement(timex: "Timex") -> str:
    """Whether a timex can go on a date axis: a set is ``recurring``; a mention with both bounds is ``placed``;
    anything else (an unanchored duration, a date with no year or no reference date) is ``unresolved``."""
    if timex.type == "SET":
        return "recurring"
    if timex.earliest is not None and timex.latest is not None:
        return "placed"
    return "unresolved"


def timex_row(doc: Document, section: Section, sentence: Sentence, timex: "Timex", story: str,
              reports: list[Reporting]) -> dict[str, object]:
    """One row for a timex: the date it names (empty bounds when it cannot be placed, see :func:`placement`),
    what happened then, its status and its speaker."""
    s, e = timex.start - sentence.start, timex.end - sentence.start
    a, b = status_bounds(sentence.text, s, e)
    reference = _scan_reference(section)
    placed = placement(timex)
    earliest, latest = (timex.earliest, timex.latest) if placed == "placed" else (None, None)
    if earliest is None or latest is None:
        status = unplaced_status(sentence.text, s, e, section.kind)
    else:
        status = mention_status(sentence.text[a:b], earliest, latest, reference, section.kind)
    role = "photo" if section.kind == "caption" else "event"
    if role == "photo" and reference is not None and latest is not None \
            and latest < reference - timedelta(days=PHOTO_WINDOW_DAYS):
        story = ARCHIVE_STORY
    return {
        **_base_row(doc, section, sentence, story),
        "text": timex.text, "start": timex.start, "end": timex.end, "type": timex.type, "value": timex.value,
        "mod": timex.mod or "", "earliest": earliest, "latest": latest, "placement": placed,
        "granularity": timex.granularity, "anchor": timex.anchor, "date_role": role, "status": status,
        "label": make_label(sentence.text, s, e),
        "attribution": attribution_for(sentence.text, s, e, reports), "rule": f"timex:{timex.rule}",
    }


def statement_rows(doc: Document, section: Section, sentence: Sentence, story: str,
                   reports: list[Reporting], dated: list[tuple[int, int, str]]) -> list[dict[str, object]]:
    """Reporting-sentence rule: in a news section with a known reference date, each reporting verb whose
    clause has no placed ``reported`` timex (``dated``: its span and status) is an act of saying dated to the
    reference date (anchor "publication"). Comments never get these rows, and no other date (a crawl date,
    say) is ever used."""
    ref = section.reference.value
    if section.kind not in NEWS_KINDS or ref is None:
        return []
    rows = []
    for r in reports:
        a, b = clause_bounds(sentence.text, r.start, r.end)
        if any(a <= s < b and status == "reported" for s, _, status in dated):
            continue
        rows.append({
            **_base_row(doc, section, sentence, story),
            "text": sentence.text[r.start:r.end], "start": sentence.start + r.start,
            "end": sentence.start + r.end, "type": "DATE", "value": ref.isoformat(), "mod": "",
            "earliest": ref, "latest": ref, "placement": "placed", "granularity": "day", "anchor": "publication",
            "date_role": "statement", "status": "reported",
            "label": make_label(sentence.text, r.start, r.end, statement=True), "attribution": r.speaker,
            "rule": "reporting-sentence",
        })
    return rows


def section_rows(doc: Document, section: Section, timexes: Iterable["Timex"]) -> list[dict[str, object]]:
    """All event rows of one section, given its timexes (file offsets): one row per timex, placed or not
    (never a dropped row), plus the reporting-sentence rows."""
    story = document_story(doc, section)
    titles = (section.title,) if section.title else ()
    sentences = [s.shifted(section.start) for s in split_sentences(section.text, titles)]
    found = list(timexes)
    rows = []
    for sentence in sentences:
        inside = [t for t in found if sentence.start <= t.start < sentence.end]
        reports = reporting_verbs(sentence.text)
        dated_rows = [timex_row(doc, section, sentence, t, story, reports) for t in inside]
        dated = [(r["start"] - sentence.start, r["end"] - sentence.start, r["status"]) for r in dated_rows
                 if r["placement"] == "placed"]
        rows += dated_rows + statement_rows(doc, section, sentence, story, reports, dated)
    return rows


def events_for_document(doc: Document) -> list[dict[str, object]]:
    """Event rows of one document (stories per document; ``event_id`` and ``sources`` are set corpus-wide
    by :func:`events_frame`). Safe to run in parallel, one document per worker."""
    from .pipeline import section_timexes

    rows: list[dict[str, object]] = []
    for section in doc.sections:
        if section.kind in SCANNED_KINDS:
            rows += section_rows(doc, section, section_timexes(section))
    return rows


# --- corpus-wide: events and stories ---------------------------------------------------------------------

STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with about into over after before as is are was were be "
    "been being has have had do does did will would could should may might can its it their they them he she "
    "his her we our you your that this these those there which who whom what when where while than then also "
    "not no yet now just said says say told added warned thursday friday monday tuesday wednesday saturday "
    "sunday week day days today more most some such up out only very".split()
)


def key_terms(text: str) -> frozenset[str]:
    """Content words of a text, lower-cased, possessives and plural -s removed, stop words and dates dropped."""
    terms = set()
    for w in re.findall(r"[A-Za-z][A-Za-z’'-]+", text):
        w = re.sub(r"[’']s$", "", w.lower())
        if len(w) > 2 and w not in STOPWORDS:
            terms.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(terms)


def _names(text: str) -> frozenset[str]:
    """Capitalised words that do not open the text: the proper names among the key terms."""
    words = re.findall(r"(?<=\s)[A-Z][A-Za-z’'-]+", text)
    return key_terms(" ".join(words))


MIN_SHARED_TERMS = 2
"""Two mentions of the same day are one event when their sentences share this many key terms, one a name."""


@lru_cache(maxsize=4096)
def _sentence_terms(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """Key terms of a sentence and the proper names among them (cached: a sentence often has several rows)."""
    terms = key_terms(sentence)
    return terms, _names(sentence) & terms


def _same_event(a: str, b: str) -> bool:
    """Two same-day mentions are one event when their sentences share MIN_SHARED_TERMS key terms, one a name."""
    terms_a, names_a = _sentence_terms(a)
    terms_b, names_b = _sentence_terms(b)
    return len(terms_a & terms_b) >= MIN_SHARED_TERMS and bool(names_a & names_b)


def assign_events(rows: list[dict[str, object]]) -> None:
    """Set ``event_id`` and ``sources``: same-day mentions with overlapping key terms are one event.

    Mentions are grouped by single linkage within a day; only pairs that share a name are compared (an index
    by name keeps this far from quadratic). The id is ``<date>/<n>`` with n counting the day's events in table
    order, so ids are stable; ``sources`` lists the documents that mention it. Comments are never merged.
    A mention that is not placed is an event of its own, ``unresolved/<n>`` or ``recurring/<n>``.
    """
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_day: dict[date, list[int]] = {}
    for i, row in enumerate(rows):
        if row["placement"] == "placed" and row["earliest"] == row["latest"] and row["story"] != COMMENTS_STORY:
            by_day.setdefault(row["earliest"], []).append(i)
    for members in by_day.values():
        by_name: dict[str, list[int]] = {}
        for i in members:
            for name in _sentence_terms(str(rows[i]["sentence"]))[1]:
                by_name.setdefault(name, []).append(i)
        pairs = sorted({(i, j) for group in by_name.values() for x, i in enumerate(group) for j in group[x + 1:]})
        for i, j in pairs:
            if find(i) != find(j) and _same_event(str(rows[i]["sentence"]), str(rows[j]["sentence"])):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    counter: dict[str, int] = {}
    ids: dict[int, str] = {}
    for i, row in enumerate(rows):
        root = find(i)
        if root not in ids:
            day = _event_key(row)
            counter[day] = counter.get(day, 0) + 1
            ids[root] = f"{day}/{counter[day]}"
        row["event_id"] = ids[root]
    docs: dict[str, set[str]] = {}
    for row in rows:
        docs.setdefault(str(row["event_id"]), set()).add(str(row["doc"]))
    for row in rows:
        row["sources"] = ",".join(sorted(docs[str(row["event_id"])]))


def _event_key(row: dict[str, object]) -> str:
    """The date part of an event id: the day, ``EARLIEST..LATEST``, or the placement of an unplaced mention."""
    if row["placement"] != "placed":
        return str(row["placement"])
    first, last = row["earliest"].isoformat(), row["latest"].isoformat()  # type: ignore[union-attr]
    return first if first == last else f"{first}..{last}"


def merge_stories(rows: list[dict[str, object]], published: dict[str, date | None]) -> None:
    """Document stories that share an event become one story, named after the earliest document's story."""
    doc_story = {str(r["doc"]): str(r["story"]) for r in rows if r["date_role"] != "photo"
                 and r["section_kind"] in ("body", "quoted_body", "headline")}
    linked: dict[str, set[str]] = {}
    for r in rows:
        if doc_story.get(str(r["doc"])) == r["story"]:
            linked.setdefault(str(r["event_id"]), set()).add(str(r["doc"]))
    groups = {d: {d} for d in doc_story}
    for docs in linked.values():
        merged = set().union(*(groups[d] for d in docs))
        for d in merged:
            groups[d] = merged
    rename = {}
    for d, group in groups.items():
        first = min(group, key=lambda x: (published.get(x) or date.max, x))
        rename[doc_story[d]] = doc_story[first]
    for r in rows:
        if doc_story.get(str(r["doc"])) == r["story"]:
            r["story"] = rename[str(r["story"])]


def sort_key(row: dict[str, object]) -> tuple:
    return (row["doc"], row["sentence_start"], row["start"], row["end"], row["date_role"])


def events_frame(rows: Iterable[dict[str, object]], published: dict[str, date | None] | None = None) -> "pd.DataFrame":
    """The events table from per-document rows: sorted, with event ids, merged stories and validated."""
    import pandas as pd

    from .schema import validate

    ordered = sorted(rows, key=sort_key)
    assign_events(ordered)
    merge_stories(ordered, published or {})
    frame = pd.DataFrame(ordered, columns=list(COLUMNS))
    # Explicit types, so that an empty table (an empty file) has the same schema as a full one.
    frame = frame.astype({c: "int64" for c in INT_COLUMNS} | {c: str for c in COLUMNS if c not in INT_COLUMNS + DATE_COLUMNS})
    return validate(frame)


def extract_events(corpus: Corpus) -> "pd.DataFrame":
    """The table of dated event mentions of a corpus, one row per mention (see the README's column list)."""
    rows: list[dict[str, object]] = []
    for doc in corpus.documents:
        rows += events_for_document(doc)
    return events_frame(rows, {d.id: d.published.value for d in corpus.documents})


# --- tables for the notebooks ------------------------------------------------------------------------------

def sections_table(corpus: Corpus) -> "pd.DataFrame":
    """One row per section: id, kind, lines, reference date with its status and reason, and a preview."""
    import pandas as pd

    rows = []
    for doc in corpus.documents:
        for s in doc.sections:
            preview = " ".join(s.text.split())
            rows.append({
                "section": s.id, "kind": s.kind, "lines": f"{s.line_start}-{s.line_end}",
                "reference": s.reference.describe(), "why": s.reference.reason,
                "text": preview if len(preview) <= 70 else preview[:69] + "…",
            })
    return pd.DataFrame(rows)


def timexes_table(corpus: Corpus) -> "pd.DataFrame":
    """One row per temporal expression of the scanned sections: its text, value, interval and anchor."""
    import pandas as pd

    from .pipeline import corpus_timexes

    rows = [
        {"section": s.id, "kind": s.kind, "text": t.text, "type": t.type, "value": t.value,
         "earliest": t.earliest, "latest": t.latest, "anchor": t.anchor, "rule": t.rule}
        for _, s, t in corpus_timexes(corpus.documents)
    ]
    return pd.DataFrame(rows, columns=["section", "kind", "text", "type", "value", "earliest", "latest", "anchor", "rule"])
