"""Names: where a person's name begins and ends, on sentences written for these tests.

Every rule of :mod:`bilateral._extract.names` has a case where it holds and one
where it must not fire; the names are invented.
"""

from __future__ import annotations

import bilateral
from bilateral import Article


def parse(text: str) -> Article:
    return bilateral.parse(text, id="t")


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in parse(text).people]


def names(text: str) -> list[str]:
    return [p.name for p in parse(text).people]


# --- concept words are never name words ----------------------------------------


def test_concept_phrases_are_not_people() -> None:
    text = (
        "Norway and Chile signed a Comprehensive Strategic Partnership and discussed "
        "Humanitarian Assistance, Disaster Response and Grant Aid. Eid al-Fitr came early."
    )
    assert people(text) == []


def test_a_portfolio_word_is_not_glued_to_the_name() -> None:
    text = "Chile received Korean Minister of Trade, Industry and Energy Park Ji-hoon on Monday."
    assert people(text) == [
        ("Park Ji-hoon", "Korean Minister of Trade, Industry and Energy", "KOR")
    ]


def test_a_name_after_a_concept_word_stays_whole() -> None:
    # The concept word ends the run before it; the name after it is a person's.
    text = "Norway funds Social Welfare. Anders Lindqvist, Minister of Health, spoke."
    assert people(text) == [("Anders Lindqvist", "Minister of Health", "NOR")]


def test_things_after_an_opener_are_not_people() -> None:
    text = (
        "Thailand and Indonesia held Exercise Cobra Lantern after Operation Silent Harbour; "
        "the ferry MV Jade Orchid sailed. Thai Admiral Somchai Rattana watched."
    )
    assert people(text) == [("Somchai Rattana", "Thai Admiral", "THA")]


def test_an_opener_word_inside_a_title_does_not_hide_the_name() -> None:
    # "Exercise" opens a thing's name only right before it.
    text = "Head of the Exercise Office Ivana Petrova met Norwegian officials."
    assert names(text) == ["Ivana Petrova"]


# --- ranks and styles ----------------------------------------------------------


def test_a_rank_is_not_part_of_the_name_and_yields_to_a_position() -> None:
    text = (
        "Rear Admiral Tomas Varga, Commander of the Northern Fleet, met Chilean officials. "
        "Lt Gen Jonas Ekdahl attended."
    )
    assert people(text) == [
        ("Tomas Varga", "Commander of the Northern Fleet", "CHL"),
        ("Jonas Ekdahl", "Lt Gen", "CHL"),
    ]


def test_a_position_before_the_rank_is_the_title() -> None:
    text = "Cambodia thanked Chilean Defence Minister Gen. Rodrigo Sáez Mora."
    assert people(text) == [("Rodrigo Sáez Mora", "Chilean Defence Minister", "CHL")]


def test_general_after_a_title_head_is_the_title_not_a_rank() -> None:
    text = "Norway welcomed Secretary General Maria Olsen and Consul General Lars Holm."
    assert people(text) == [
        ("Maria Olsen", "Secretary General", "NOR"),
        ("Lars Holm", "Consul General", "NOR"),
    ]


def test_styles_of_rank_and_address_are_not_part_of_names() -> None:
    text = (
        "Oman received Sayyid Faisal Al Harthy, Sheikh Nasser Al Marri, Tan Sri Azman Hashim, "
        "Smt. Kavita Rao and the Hon'ble Deepak Nair."
    )
    assert names(text) == [
        "Faisal Al Harthy",
        "Nasser Al Marri",
        "Azman Hashim",
        "Kavita Rao",
        "Deepak Nair",
    ]


def test_a_style_the_office_table_knows_as_a_name_stays() -> None:
    # "Sheikh" is a style, but part of this well-known name.
    assert names("India welcomed Prime Minister Sheikh Hasina.") == ["Sheikh Hasina"]


def test_he_with_a_space_is_an_honorific() -> None:
    text = "Ghana received H. E. Kofi Mensah Boateng on Monday."
    assert names(text) == ["Kofi Mensah Boateng"]


# --- initials, particles, hyphens ------------------------------------------------


def test_initials_stay_in_the_name() -> None:
    text = "Mongolia received Mayor E.Tumurbaatar, Dr. J.B. Okonkwo and Navy chief KR Venkatesh."
    assert names(text) == ["E.Tumurbaatar", "J.B. Okonkwo", "KR Venkatesh"]


def test_an_abbreviation_of_letters_is_not_a_name() -> None:
    text = "Chile opened an office in Washington, D.C. Peru bought Kestrel B patrol boats."
    assert people(text) == []


def test_arabic_particles_join_the_name() -> None:
    text = (
        "Qatar received Faisal bin Sultan Al Harthy, Khalil al-Mansouri and Prime Minister "
        "Hamad Shia' Al Karimi."
    )
    assert names(text) == [
        "Faisal bin Sultan Al Harthy",
        "Khalil al-Mansouri",
        "Hamad Shia' Al Karimi",
    ]


def test_a_korean_given_name_with_a_short_word_is_one_name() -> None:
    a = parse("Chile welcomed Mayor Han Ji-in. Later Han spoke, and Vice-President Lee Do-hyun.")
    assert [(p.name, p.aliases) for p in a.people] == [
        ("Han Ji-in", ("Han",)),
        ("Lee Do-hyun", ()),
    ]


# --- places glued to names ----------------------------------------------------------


def test_a_one_word_place_in_a_title_is_cut_off_the_name() -> None:
    text = (
        "Russia and Vietnam sent Governor of Tomsk Pavel Orlov and Consul General in Pakse "
        "Le Thi Ha."
    )
    assert people(text) == [
        ("Pavel Orlov", "Governor of Tomsk", "RUS"),
        ("Le Thi Ha", "Consul General in Pakse", "VNM"),
    ]


def test_a_given_name_that_is_a_place_is_kept_outside_a_title() -> None:
    text = "Vietnam handed the aid to Orlando Reyes Vidal, Cuba's ambassador."
    assert names(text) == ["Orlando Reyes Vidal"]


# --- what stands around a name -----------------------------------------------------


def test_a_constituency_or_body_before_a_title_is_not_a_person() -> None:
    text = (
        "Malaysia welcomed Riverside MP Anna Kowalczyk and Dewan Negara Speaker Tan Sri Omar Ali."
    )
    assert people(text) == [
        ("Anna Kowalczyk", "Riverside MP", "MYS"),
        ("Omar Ali", "Dewan Negara Speaker", "MYS"),
    ]


def test_one_word_in_apposition_to_a_title_is_a_person() -> None:
    text = "Fiji thanked the Minister of Police, Tavake, and the Minister of Lands, for their work."
    assert people(text) == [("Tavake", "Minister of Police", "FJI")]


def test_one_word_after_a_comma_without_a_title_is_not_a_person() -> None:
    text = "In the old capital, Tavake, the talks went on in Fiji."
    assert people(text) == []


def test_bylines_are_not_people() -> None:
    text = (
        "Fiji and Samoa meet\n\n"
        "Fijian Minister Sitiveni Rova met Samoan officials. Both hailed it. Mele Tupou/FBC\n"
        "\n"
        "Ana Vaka"
    )
    assert names(text) == ["Sitiveni Rova"]


def test_a_last_line_that_is_a_sentence_keeps_its_person() -> None:
    text = (
        "Fiji and Samoa meet\n\n"
        "Fijian Minister Sitiveni Rova met Samoan officials.\n\nThe talks were led by Ana Vaka."
    )
    assert names(text) == ["Sitiveni Rova", "Ana Vaka"]


def test_a_slashed_agency_is_no_photo_credit() -> None:
    text = (
        "Ulaanbaatar /MONTSAME/ Bold Tumur, the Mayor of Darkhan, met Korean guests "
        "(Xinhua/Li Wei)."
    )
    assert people(text) == [("Bold Tumur", "Mayor of Darkhan", "MNG")]


def test_a_participle_opening_a_sentence_is_not_a_name() -> None:
    text = "Egypt hosted Angola. Accompanying Mansour were officials of both sides."
    assert names(text) == []


def test_a_given_name_that_is_a_capital_after_a_titles_place() -> None:
    text = (
        "Norway received Polish Ambassador to Peru Sofia Lindqvist and Mayor of Lima Sofia Varga."
    )
    assert people(text) == [
        ("Sofia Lindqvist", "Polish Ambassador to Peru", "POL"),
        ("Sofia Varga", "Mayor of Lima", "PER"),
    ]


# --- a capitalised word the article also writes in lower case: a name word only where
# its capital is not the sentence's (or the headline's) ---

OPEN = "The rose garden was open"


def test_a_capital_after_a_sentence_end_a_quote_a_colon_or_a_dash_is_no_name() -> None:
    assert people(f"{OPEN}. Rose bushes lined the path.") == []
    assert people(f'{OPEN}. "Rose bushes lined the path," she said.') == []
    assert people(f"{OPEN}: Rose bushes lined the path.") == []
    assert people(f"{OPEN} - Rose bushes lined the path.") == []
    # the same word inside the sentence, before a family name, begins a name
    assert people(f"{OPEN}, said envoy Rose Tolvan of Norway.") == [("Rose Tolvan", "envoy", "NOR")]


def test_the_dot_of_an_honorific_or_an_initial_ends_no_sentence() -> None:
    assert people(f"{OPEN}, said Ms. Rose Tolvan of Norway.") == [("Rose Tolvan", None, "NOR")]
    assert people(f"{OPEN}, said Amara J. Rose of Norway.") == [("Amara J. Rose", None, "NOR")]


def test_a_headline_word_is_capitalised_anyway() -> None:
    text = f"Rose Garden Opens\n{OPEN}, Norwegian envoy Amara Tolvan said."
    assert people(text) == [("Amara Tolvan", "Norwegian envoy", "NOR")]
    listed = f"{OPEN}, said Norwegian envoy Amara Tolvan and Rose Tolvan."
    assert people(listed) == [
        ("Amara Tolvan", "Norwegian envoy", "NOR"),
        ("Rose Tolvan", None, "NOR"),
    ]
