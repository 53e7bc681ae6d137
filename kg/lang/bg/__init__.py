"""Bulgarian. Names are not declined ("президента Наташа ..." is "the president Natasha ..."); nouns
carry a definite article (-ът, -та, -то, -те), which an organization's head word loses in its label
("Съвета за стратегическо партньорство" is the Съвет за стратегическо партньорство)."""
from ..base import Pack
from . import cues, documents, lex_attrs, stop_words, titles


class Defaults(Pack):
    code = "bg"
    script = "cyrillic"
    modules = (stop_words, titles, cues, documents, lex_attrs)
    names_declined = False
    typical_letters = "ъ"
    typical_words = frozenset({"на", "за", "със", "са", "е", "от", "това", "който", "които", "като"})
    iso3166_locale = "bg"
    meeting_label = cues.MEETING_LABEL
    home_states = ("BG",)

    def org_nominative(self, name: str) -> str:
        """The head word without its definite article.

        >>> d = Defaults()
        >>> d.org_nominative("Съвета за партньорство"), d.org_nominative("Министерството на отбраната")
        ('Съвет за партньорство', 'Министерство на отбраната')
        >>> d.org_nominative("Комисията по търговия"), d.org_nominative("Съветът на Европа")
        ('Комисия по търговия', 'Съвет на Европа')
        >>> d.org_nominative("Банка ДСК"), d.org_nominative("Посолството")
        ('Банка ДСК', 'Посолство')
        >>> d.org_nominative("Българската търговско-промишлена палата"), d.org_nominative("Руския фонд за инвестиции")
        ('Българска търговско-промишлена палата', 'Руски фонд за инвестиции')
        """
        head, sep, rest = name.partition(" ")
        low = head.lower()
        stem = next((st for st in cues.ORG_HEAD_STEMS if low.startswith(st)), None)
        if stem is None:
            # the article is on the phrase's first word, an adjective before the head
            # ("Българската търговско-промишлена палата", "Българския институт")
            heads = [w.lower() for w in rest.split()[:3]]
            if not any(w.startswith(st) for w in heads for st in cues.ORG_HEAD_STEMS):
                return name
            for definite, plain in (("ият", "и"), ("ия", "и"), ("ата", "а"), ("ото", "о"), ("ите", "и")):
                if low.endswith(definite) and len(low) > len(definite) + 3:
                    return head[:len(head) - len(definite)] + plain + sep + rest
            return name
        end = low[len(stem):]
        cut = 2 if end.endswith(("ът", "ят", "та", "то")) and len(end) >= 2 else \
            1 if end in ("а", "я") and stem in cues.ORG_MASCULINE_HEADS else 0
        return head[:len(head) - cut] + sep + rest
