"""Rewrite a regex as a trie of its alternations, for patterns that are only tested for a match (a look-ahead gate),
and find the characters a regex's match can start with.

Python's ``re`` tries the branches of an alternation one by one, so a word that starts none of 200 listed
words costs 200 comparisons. Grouping the branches by their first character ("t(?:he|his|oday)|...")
costs one comparison per distinct first character instead. Grouping changes the order in which branches
are tried, which changes which match is found first but never whether one exists: use it only where
that is all that counts (inside a look-ahead, with no capturing groups).
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  the parser's opcodes; stable across 3.11-3.13
from re import _parser

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_ANCHORS = {
    C.AT_BEGINNING: "^", C.AT_END: "$", C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B",
    C.AT_BEGINNING_STRING: r"\A", C.AT_END_STRING: r"\Z",
}


def trie_factored(pattern: str, *, loosen: bool = False, spread: int = 0) -> str:
    """``pattern`` with every alternation grouped by first character; matches where ``pattern`` matches.

    Only for existence tests: which of several overlapping matches is found may differ. Raises
    ValueError on constructs it does not rewrite (capturing groups, flags, back-references). With
    ``loosen``, lookarounds are left out too: the result then matches wherever ``pattern``
    does and maybe elsewhere, which is all a gate in front of ``pattern`` needs. With ``spread``, a
    branch of the outermost alternation that opens with a group of words ("(?:for|in|over) weeks") is
    split by the words' first letters, and one that opens with an optional part ("(?:re)?opens") into the
    branch with it and the one without, copying what follows once per letter while the copies add at
    most ``spread`` characters each: the engine passes over a branch that opens with a letter in a few
    instructions, but enters every branch that opens with a group.
    """
    items = list(_parser.parse(pattern).data)
    items = _factor(_loosened(items) if loosen else items)
    top = _branches(items) if spread else None
    if top is not None:
        items = [_factor_branch([piece for alt in _flatten(top) for piece in _spread(alt, spread)])]
    return _unparse(items)


def _spread(alt: list, limit: int) -> list[list]:
    """``alt`` as branches that open with a letter where it opens with a plain group (``(?:a|b)R`` as ``aR|bR``,
    one copy of ``R`` per first letter), if the copies of ``R`` add at most ``limit`` characters; else ``[alt]``."""
    if alt and alt[0][0] is C.MAX_REPEAT and alt[0][1][:2] == (0, 1) and len(_unparse(alt[1:])) <= limit:
        # An optional opening ("(?:re)?opens"): the branch with it and the branch without, each split in turn.
        rest = alt[1:]
        return _spread(list(alt[0][1][2]) + rest, limit) + _spread(rest, limit)
    heads = _heads(alt[:1]) if alt else None
    if heads is None or len(heads) < 2:
        return [alt]
    rest = alt[1:]
    if (len(heads) - 1) * len(_unparse(rest)) > limit:
        return [alt]
    # An empty head (a group of look-arounds, once loosened) leaves ``rest`` to open the branch: split it in
    # turn. Branches that come out the same are kept once: a gate only asks whether one matches.
    out: dict[str, list] = {}
    for head in heads:
        for branch in _spread(rest, limit) if _empty(head) else [head + rest]:
            out.setdefault(_unparse(branch), branch)
    return list(out.values())


def _empty(items: list) -> bool:
    """Whether ``items`` match only the empty string and always do (nothing, or plain groups of nothing)."""
    return all(op is C.SUBPATTERN and not any(av[:3]) and _empty(list(av[3])) for op, av in items)


def _heads(items: list) -> list[list] | None:
    """A plain group or alternation ``items`` as its branches grouped by first letter (one branch per letter, the
    others kept together), or None when it is neither."""
    inner = _branches(items)
    if inner is None:
        if len(items) == 1 and items[0][0] is C.SUBPATTERN and items[0][1][0] is None and not any(items[0][1][1:3]):
            inner = [list(items[0][1][3])]  # a plain group around a sequence: open it
        else:
            return None
    flat: list[list] = []
    for alt in _flatten(inner):
        heads = _heads(alt[:1])
        flat.extend([head + alt[1:] for head in heads] if heads else [alt])
    by_first, order = _by_first_literal(flat)
    out = []
    for key in order:
        if isinstance(key, list):
            out.append([(C.SUBPATTERN, (None, 0, 0, key))])
            continue
        tails = by_first[key]
        out.append([(C.LITERAL, key)] + (tails[0] if len(tails) == 1 else
                                          [(C.SUBPATTERN, (None, 0, 0, [(C.BRANCH, (None, tails))]))]))
    return out


def _loosened(items: list) -> list:
    """``items`` without lookarounds, which only ever turn a match down."""
    out = []
    for op, av in items:
        if op in (C.ASSERT_NOT, C.ASSERT):
            continue
        if op is C.BRANCH:
            out.append((op, (av[0], [_loosened(list(alt)) for alt in av[1]])))
        elif op is C.SUBPATTERN:
            out.append((op, (*av[:3], _loosened(list(av[3])))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out.append((op, (av[0], av[1], _loosened(list(av[2])))))
        else:
            out.append((op, av))
    return out


def first_chars(pattern: str) -> str | None:
    """A character class holding every character a non-empty match of ``pattern`` can start with, or None
    when that is not known (the pattern can match the empty string, starts with any character, or sets flags).

    ``(?=[...])`` + pattern matches exactly where the pattern does; Python's ``re`` then turns down an
    alternative of an alternation on its first character instead of entering it.
    """
    parsed = _parser.parse(pattern)
    if parsed.state.flags & ~C.SRE_FLAG_UNICODE:
        return None
    items, nullable = _first(list(parsed.data))
    if items is None or nullable or not items:
        return None
    try:
        return "[" + "".join(dict.fromkeys(_class_item(op, av) for op, av in items)) + "]"
    except (KeyError, ValueError):
        return None


def _first(items: list) -> tuple[list | None, bool]:
    """The class items that can start a match of the sequence ``items`` (None: any character), and
    whether the sequence can match the empty string."""
    found: list = []
    for op, av in items:
        if op is C.LITERAL:
            return found + [(op, av)], False
        if op is C.IN:
            if av and av[0][0] is C.NEGATE:
                return None, False
            return found + list(av), False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is C.BRANCH:
            alts = [_first(list(alt)) for alt in av[1]]
            inner, nullable = [], False
            for alt_items, alt_nullable in alts:
                if alt_items is None:
                    return None, False
                inner += alt_items
                nullable = nullable or alt_nullable
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # inline flags (a case-insensitive group) change what a character matches
            inner, nullable = _first(list(av[3]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            inner, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        elif op is C.ATOMIC_GROUP:
            inner, nullable = _first(list(av))
        else:
            return None, False  # any character, a back-reference, a conditional: not worth knowing
        if inner is None:
            return None, False
        found += inner
        if not nullable:
            return found, False
    return found, True


def _factor(items: list) -> list:
    out = []
    for op, av in items:
        if op is C.BRANCH:
            out.append(_factor_branch([_factor(list(alt)) for alt in av[1]]))
        elif op is C.SUBPATTERN:
            out.append((op, (*av[:3], _factor(list(av[3])))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out.append((op, (av[0], av[1], _factor(list(av[2])))))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            out.append((op, (av[0], _factor(list(av[1])))))
        else:
            out.append((op, av))
    return out


def _branches(items: list) -> list[list] | None:
    """The branches of a sequence that is nothing but one alternation (seen through plain groups)."""
    if len(items) == 1:
        op, av = items[0]
        if op is C.BRANCH:
            return [list(alt) for alt in av[1]]
        if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            return _branches(list(av[3]))
    return None


def _flatten(alts: list[list]) -> list[list]:
    flat: list[list] = []
    for alt in alts:
        inner = _branches(alt)
        flat.extend(_flatten(inner) if inner is not None else [alt])
    return flat


def _by_first_literal(alts: list[list]) -> tuple[dict[int, list[list]], list[int | list]]:
    """The branches that open with a literal, grouped by it (their rests, in order), and the order of the groups
    and of the other branches, which keep their places."""
    by_first: dict[int, list[list]] = {}
    order: list[int | list] = []
    for alt in alts:
        if alt and alt[0][0] is C.LITERAL:
            if alt[0][1] not in by_first:
                by_first[alt[0][1]] = []
                order.append(alt[0][1])
            by_first[alt[0][1]].append(alt[1:])
        else:
            order.append(alt)
    return by_first, order


def _factor_branch(alts: list[list]) -> tuple:
    """One alternation as a trie: branches starting with the same literal share it, recursively."""
    by_first, order = _by_first_literal(_flatten(alts))
    new = []
    for key in order:
        if isinstance(key, list):
            new.append(key)
            continue
        rests = by_first[key]
        # An empty rest stays a branch of its own: what follows the alternation must still match after it.
        new.append([(C.LITERAL, key)] + (rests[0] if len(rests) == 1 else [_factor_branch(rests)]))
    if len(new) == 1:
        return (C.SUBPATTERN, (None, 0, 0, new[0]))
    return (C.BRANCH, (None, new))


def _unparse(items: list) -> str:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.NOT_LITERAL:
            out.append("[^" + _in_class(av) + "]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            negate = bool(av) and av[0][0] is C.NEGATE
            out.append("[" + ("^" if negate else "") + "".join(_class_item(o, a) for o, a in av[negate:]) + "]")
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_unparse(list(alt)) for alt in av[1]) + ")")
        elif op is C.SUBPATTERN:
            if av[0] is not None or av[1] or av[2]:
                raise ValueError("capturing groups and inline flags are not rewritten")
            out.append("(?:" + _unparse(list(av[3])) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out.append("(?:" + _unparse(list(av[2])) + ")" + _quantifier(av[0], av[1])
                       + ("?" if op is C.MIN_REPEAT else ""))
        elif op is C.AT:
            out.append(_ANCHORS[av])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            look = ("<" if av[0] < 0 else "") + ("=" if op is C.ASSERT else "!")
            out.append("(?" + look + _unparse(list(av[1])) + ")")
        else:
            raise ValueError(f"regex construct not rewritten: {op}")
    return "".join(out)


def _quantifier(low: int, high: int) -> str:
    if high == C.MAXREPEAT:
        return {0: "*", 1: "+"}.get(low, f"{{{low},}}")
    return "?" if (low, high) == (0, 1) else f"{{{low}}}" if low == high else f"{{{low},{high}}}"


def _class_item(op, av) -> str:
    if op is C.LITERAL:
        return _in_class(av)
    if op is C.RANGE:
        return _in_class(av[0]) + "-" + _in_class(av[1])
    if op is C.CATEGORY:
        return _CATEGORIES[av]
    raise ValueError(f"character-class item not rewritten: {op}")


def _in_class(code: int) -> str:
    char = chr(code)
    return char if char.isalnum() else "\\" + char if char in "\\]^-[" else re.escape(char)
