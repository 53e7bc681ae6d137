"""The titles of the documents a sentence says were signed: quoted titles, the items of a list
("the documents signed include: ..."), one document per field a plural names ("agreements on trade,
agriculture and culture"), and noun phrases around a document noun, without hedged, vague ("many
agreements") or generic ("agreements were signed") mentions."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..mentions import Sentence

LX = lexicon()
# an abbreviation in brackets after a title: "(MoU)", "(CEPA)"; the short name of the document before it
_ABBREVIATION = re.compile(r"\s*\((?=[^()]{1,12}\))[A-Za-z\u0400-\u04FF]*[A-Z\u0410-\u042F][^()]*\)")


def titles(s: Sentence) -> list[tuple[str, int, int]]:
    """(title, start, end) of every document the sentence names."""
    text = s.text
    items: list[tuple[str, int, int]] = []
    covered: list[tuple[int, int]] = []
    for a, b in s.quoted:
        q = text[a:b].strip(" ,.")
        if LX.agreement_re.search(q) and len(q.split()) <= 25:
            items.append((q, a, b))
            covered.append((a, b))
    _list_items(text, items, covered)
    for m in LX.agreement_re.finditer(text):
        if any(a <= m.start() < b for a, b in covered) or _bracketed(text, m):
            continue
        a = np_start(text, m.start())
        per_field = fields(text, a, m)
        if per_field and not text.rstrip().endswith(":"):     # (a list of bullets follows: those are the items)
            items.extend(per_field)
            covered.append((a, per_field[-1][2]))
            continue
        b = _before_where_and_when(s, a, np_end(text, m.end()))
        phrase = text[a:b].strip(" ,.")
        # "приняли Совместное заявление и подписали ...": not the conjunction before the next verb
        phrase = _ABBREVIATION.sub("", LX.trailing_conj.sub("", phrase))
        if _counted(text, a, m.start()) or LX.doc_anaphor.search(phrase):
            continue      # "several agreements", "three memoranda", "the memorandum on this project"
        if generic(m.group(), phrase):
            continue
        items.append((phrase, a, b))
        covered.append((a, b))
    return items


def _counted(text: str, a: int, noun: int) -> bool:
    """Documents counted, not one titled: a vague quantity or a count just before the document noun at
    ``noun`` ("several agreements", "three memoranda"), or two lowercase words at most before the phrase
    starting at ``a`` ("several mutually beneficial Memoranda of Understanding", "05 mutually beneficial
    bilateral Memoranda"; not "several documents, including the ...")."""
    if LX.vague_quantity.search(text[max(0, a - 25):noun]) or LX.doc_count.search(text[:noun]):
        return True
    head = text[max(0, a - 100):a]
    for stripped in range(3):
        end = head.rstrip()
        tail = end[-30:]
        q = next((q for q in LX.vague_quantity.finditer(tail) if q.end() == len(tail)), None)
        if q or (stripped < 2 and LX.doc_count.search(head)):     # (the count's pattern allows a word more)
            return True
        words = end.rsplit(None, 1)
        if len(words) < 2 or not (words[1].isalpha() and words[1].islower()) or words[1] in LX.months \
                or LX.sign_cue.search(words[1]):
            return False     # (nor a count before the verb: "два президента подписали соглашение о ...")
        head = words[0] + " "
    return False


def _bracketed(text: str, m: re.Match) -> bool:
    """The document noun is the abbreviation in brackets of the words before it ("... (MoUs)")."""
    return text[:m.start()].endswith("(") and text[m.end():m.end() + 1] == ")"


def _list_items(text: str, items: list, covered: list) -> None:
    """The items after a list's introduction ("the documents signed include ...: A; B and C")."""
    intro = LX.documents_list.search(text)
    if not intro or intro.end() >= len(text) - 5:
        return
    start = intro.end()
    pos = start
    noun = _intro_noun(intro.group())     # ("three agreements:" -> "agreement", for items that are fields)
    pieces = []
    for piece in LX.list_split.split(text[start:]):
        if piece:
            pieces.extend(LX.item_split_and.split(piece))
    for piece in pieces:
        if not piece or not piece.strip():
            continue
        idx = text.find(piece, pos)
        if idx < 0 or any(a <= idx < b for a, b in covered):
            continue
        pos = idx + len(piece)
        m = LX.agreement_re.search(text, idx, idx + len(piece))
        per_field = fields(text, idx + len(piece) - len(piece.lstrip()), m) if m else None
        if per_field:
            items.extend(per_field)
            covered.append((idx, per_field[-1][2]))
            continue
        p = piece.strip(" .;:")
        # "...: an agreement on X; a memorandum on Y; and a roadmap for Z": the titles, not the articles
        p = LX.item_lead.sub("", p)
        if len(p.split()) < 2 or any(a <= idx < b for a, b in covered):
            continue
        if p.lower().startswith(LX.not_item_starts):
            continue
        if m is None and noun and LX.field_intro.match(f" {p} "):
            # "three agreements: on trade, on energy and on customs": the introduction's document per field
            parts = LX.field_and.split(p)
            if not all(LX.field_intro.match(f" {x} ") for x in parts):
                parts = [p]
            items.extend((f"{noun} {x}", idx, idx + len(piece)) for x in parts)
        else:
            items.append((p, idx, idx + len(piece)))
        covered.append((idx, idx + len(piece)))


def _intro_noun(intro: str) -> str | None:
    """The document noun of a list's introduction, in the singular ("three agreements:" -> "agreement")."""
    m = LX.agreement_re.search(intro)
    if not m:
        return None
    word = m.group().lower()
    return LX.document_singular.get(word, word)


def fields(text: str, a: int, m: re.Match) -> list[tuple[str, int, int]] | None:
    """A plural document noun at ``m`` (its phrase starting at ``a``) followed by the fields it covers,
    two or more: one title per field ("cooperation agreements on trade, agriculture and culture" ->
    "cooperation agreement on trade", ...). A list whose fields are all of a few words is split at "and"
    too; one of longer fields keeps it ("сотрудничестве в сфере молодежной политики и спорта" is one)."""
    if m.group().split()[0].lower() not in LX.document_singular:
        return None
    nouns_end = m.end()
    more = LX.and_agreement.match(text, nouns_end)     # "agreements and memoranda in the fields of ..."
    if more:
        nouns_end = more.end()
    intro = LX.field_intro.match(text, nouns_end)
    if not intro:
        return None
    start = intro.end()
    end = len(text)
    for rx in (LX.field_end, LX.sign_cue):
        e = rx.search(text, start)
        if e and e.start() < end and (rx is LX.field_end or text[e.start() - 1].isspace()):
            end = e.start()
    nxt = LX.agreement_re.search(text, start, end)      # "..., education and health, and a memorandum on
    if nxt:                                             # energy": the fields end before the next document
        end = start + len(_without_trailing_links(text[start:nxt.start()]))
    parts = _repeated_intro(text, intro, start, end)
    if parts is None:
        parts = [(start + p.start(), start + p.end()) for p in re.finditer(r"[^,]+", text[start:end])]
        split = [piece for x, y in parts for piece in _split_and(text, x, y)]
        if all(len(text[x:y].split()) <= 3 for x, y in split):
            parts = split
    parts = [(x + len(text[x:y]) - len(text[x:y].lstrip()), x + len(text[x:y].rstrip())) for x, y in parts]
    parts = [(x, y) for x, y in parts if y > x]
    if len(parts) < 2:
        return None
    head = re.sub(r"[\w-]+", lambda w: LX.document_singular.get(w.group().lower(), w.group()), text[a:start])
    return [(head + LX.item_lead.sub("", text[x:y]), a if i == 0 else x, y) for i, (x, y) in enumerate(parts)]


def _repeated_intro(text: str, intro: re.Match, start: int, end: int) -> list[tuple[int, int]] | None:
    """The fields of a list that repeats its preposition ("agreements on visas, on culture and on legal
    assistance in criminal matters", "соглашения о ..., о ... и о ..."): split there, whatever their
    length; None for a list that does not."""
    word = intro.group().strip()
    if not word or " " in word:
        return None
    sep = re.compile(rf"\s*,\s*(?:{LX.and_word.pattern}\s+)?{re.escape(word)}\s+|\s+{LX.and_word.pattern}\s+{re.escape(word)}\s+",
                     re.I)
    cuts = list(sep.finditer(text, start, end))
    if not cuts:
        return None
    bounds = [start] + [x for c in cuts for x in (c.start(), c.end())] + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _without_trailing_links(piece: str) -> str:
    """``piece`` without the commas, conjunctions and articles it ends with (", and a", " и")."""
    return LX.trailing_links.sub("", piece)


def _split_and(text: str, x: int, y: int) -> list[tuple[int, int]]:
    out, pos = [], x
    for sep in LX.field_and.finditer(text, x, y):
        out.append((pos, sep.start()))
        pos = sep.end()
    return out + [(pos, y)]


def _is_plural(low: str) -> bool:
    """A plural document noun; of several words, by its first if that is a plural the pack lists
    ("memoranda of understanding")."""
    return bool(LX.plural.search(low) and not LX.not_plural.search(low)) or low.endswith(LX.plural_words) \
        or low.split(" ", 1)[0].endswith(LX.plural_words)


def generic(noun: str, phrase: str) -> bool:
    """A bare plural with no number and no complement ("agreements were signed") names no document; nor
    does a plural by its worth ("agreements worth $10 billion": a package of deals)."""
    low = noun.lower()
    if not _is_plural(low):
        return False
    if LX.package_worth.search(phrase):
        return True
    at = phrase.lower().find(low)
    # (after the noun: "memoranda of understanding" has an "of" of its own)
    if re.search(r"\d", phrase) or LX.complement_words.search(phrase[at + len(low) if at >= 0 else 0:]):
        return False
    return True


def _before_where_and_when(s: Sentence, a: int, b: int) -> int:
    """A title ends before a place or a date a short lowercase word introduces ("... Treaty in Accra on
    March 3")."""
    cuts = [(c.start, True) for c in s.cities if a < c.start < b]
    cuts += [(d.start(), False) for rx in (LX.date_dmy, LX.date_mdy) for d in [rx.search(s.text, a, b)] if d]
    for cut, city in sorted(cuts):
        w = re.search(r"\s([^\W\d]{1,3})\s+$", s.text[a:cut])
        if city and w and w.group(1) in LX.signed_in:
            return a + w.start()
        if not city:    # "... on March 3", "... 3 марта"
            return a + w.start() if w and w.group(1).islower() else cut
    return b


def np_start(text: str, pos: int) -> int:
    """Start of the noun phrase ending in the document noun at ``pos``: its capitalised or known
    modifiers, or the lowercase words after a determiner ("the strategic partnership treaty")."""
    words = list(re.finditer(r"[\w’'-]+", text[:pos]))
    start = pos
    later = None      # the word after ``w`` (the one looked at before it)
    for w in reversed(words[-4:]):
        t = w.group()
        if t.lower() in LX.np_stop or LX.sign_cue.match(t):
            break
        if t[0].isupper() or t.lower() in LX.np_modifiers or t.isdigit():
            start, later = w.start(), w
        else:
            if t in LX.signed_in and later is not None and later.group()[0].isupper():
                start = pos      # "подписаха в Братислава договор": the place it was signed in, no modifier
            break
    if start == pos:
        run = []
        for w in reversed(words[-4:]):
            t = w.group()
            if t.lower() in LX.determiners and run:
                return run[-1].start()
            if not t.islower() or t in LX.np_stop or LX.sign_cue.match(t) or len(run) == 3:
                break
            run.append(w)
    return start


def np_end(text: str, pos: int) -> int:
    """End of the item that starts with a document noun at ``pos``: the next comma, full stop, closing
    quote, verb, "as well as", or "and" that starts another document or another "the ..." phrase
    (but not the "and" of "between A and the B")."""
    rest = text[pos:pos + 200]
    stops = [len(rest)]
    m = LX.np_end.search(rest)
    while m and rest[m.start()] == ",":     # "on the preparation, construction and operation of a tunnel"
        more = LX.title_enumeration.match(rest, m.start())
        if not more:
            break
        m = LX.np_end.search(rest, more.end())
    if m:
        stops.append(m.start())
    m = LX.and_agreement.search(rest)
    if m:
        stops.append(m.start())
    between = LX.between.search(rest)
    for m in LX.and_the.finditer(rest):
        if between and between.start() < m.start() and not LX.and_word.search(rest[between.end():m.start()]):
            continue
        stops.append(m.start())
        break
    cue = LX.sign_cue.search(rest)
    if cue and cue.start() and rest[cue.start() - 1].isspace():
        stops.append(cue.start() - 1)
    return pos + min(stops)
