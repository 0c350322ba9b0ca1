"""Read an article with your own data: a place, its other name, a person's nickname and
a field's cue word the package's tables lack (a :class:`bilateral.Lexicon`).

Run from anywhere: ``python examples/own_lexicon.py``. The article and its people and
places are invented. It prints what the article gives without the lexicon, then
with it, each fact with the words it was read from.
"""

from __future__ import annotations

import bilateral
from bilateral import Article, Lexicon

STORY = (
    "Ban Sokhavi, May 6, 2024 (KPL) - Old Vel received Thai Consul General Kietisak "
    "Somboon in Sokha Town on Monday.\n\n"
    "The two sides agreed to expand cooperation in cassava processing and border trade, "
    "and to open a market in Ban Sokhavi next year.\n\n"
    "Governor Dara Velimon thanked the consul for Thailand's support.\n"
)

# As a .tsv or .csv file, the same rows load with Lexicon.load(path).
LEXICON = Lexicon.from_rows(
    [
        # a village under the gazetteer's population cut, and the name locals give it
        {"kind": "place", "name": "Ban Sokhavi", "value": "locality", "country": "Laos"},
        {"kind": "place_alias", "name": "Sokha Town", "value": "Ban Sokhavi"},
        # what the provincial papers call the governor
        {"kind": "person_alias", "name": "Old Vel", "value": "Dara Velimon", "country": "Laos"},
        # a field word of this study's domain
        {"kind": "topic_cue", "name": "cassava", "value": "agriculture"},
    ]
)


def show(a: Article) -> None:
    def said(spans: tuple[bilateral.Span, ...]) -> str:
        return ", ".join(s.of(a.text) for s in spans)

    for x in a.localities:
        print(f"  locality    {x.name} ({x.country}): {said(x.spans)}")
    for p in a.people:
        title = f" {p.title}" if p.title else ""
        print(f"  person      {p.name} [{p.country or '?'}]{title}: {said(p.spans)}")
    for e in a.engagements:
        print(f"  engagement  {e.kind.value}, host {e.host}, with {', '.join(e.participants)}")
    print(f"  topics      {', '.join(a.topic_names) or '-'}")


def main() -> None:
    print(f"the lexicon: {len(LEXICON)} entries")
    print("without it:")
    show(bilateral.parse(STORY, id="story"))
    print("with it:")
    show(bilateral.parse(STORY, id="story", lexicon=LEXICON))


if __name__ == "__main__":
    main()
