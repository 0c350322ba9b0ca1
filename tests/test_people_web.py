"""People: kinds of error that reports from many outlets' web pages show.

A weekday or an outlet's word glued to a name, a title's abbreviation taken for
initials, two-letter and dotted initials, long Arab names, names of things (a
movement, a policy, a building's officials), web bylines, and titles in
apposition without a comma. Every sentence is written for the test, with
invented names (real ones only where the office-holders table is tested).
"""

from __future__ import annotations

import pytest

from bilateral import Article
from bilateral import parse as parse_text
from bilateral._extract.offices import office_country


def parse(text: str) -> Article:
    return parse_text(text, id="t")


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in parse(text).people]


def names(text: str) -> list[str]:
    return [p.name for p in parse(text).people]


# --- words glued to a name --------------------------------------------------------


def test_a_weekday_after_a_name_is_not_its_last_word() -> None:
    got = names("Kenyan Foreign Minister Ruth Wanjala Tuesday held talks with the envoy.")
    assert got == ["Ruth Wanjala"]


def test_a_common_word_that_is_no_weekday_still_closes_a_name() -> None:
    # a given name that is also a common word ("An") still ends the name
    got = names("Cambodian Deputy Minister Sok An said the talks went well.")
    assert got == ["Sok An"]


def test_an_outlet_s_word_is_not_a_name_s_last_word() -> None:
    text = "ACCRA (Coastline News / Sputnik - 5th May, 2021) Ghana's Kofi Mensah met envoys."
    assert names(text) == ["Kofi Mensah"]


def test_foreign_minister_s_abbreviation_is_a_title_not_initials() -> None:
    got = people("Pakistani FM Tariq Benzar met the Afghan envoy in Kabul.")
    assert got == [("Tariq Benzar", "Pakistani FM", "PAK")]


def test_two_capitals_before_a_name_are_still_initials() -> None:
    got = people("Nepali leader KB Tamang met the Afghan envoy in Kabul.")
    assert got == [("KB Tamang", "Nepali leader", "NPL")]


def test_high_is_a_title_word_not_a_name_word() -> None:
    text = "Ravi Menon High Commissioner of India, and Tom Vale, called on the Governor."
    assert people(text) == [
        ("Ravi Menon", "High Commissioner of India", "IND"),
        ("Tom Vale", None, "IND"),
    ]


# --- initials ------------------------------------------------------------------------


def test_a_two_letter_initial_glued_to_a_name() -> None:
    got = people("Mongolian President Ts.Batbold received the new ambassadors.")
    assert got == [("Ts.Batbold", "Mongolian President", "MNG")]


def test_a_two_letter_word_after_a_full_name_is_no_initial() -> None:
    # only as the name's first word: "Bat Erdene Ts.Other" does not glue on
    got = names("Mongolian President Bat Erdene.Ts met the ambassadors.")
    assert got == ["Bat Erdene"]


def test_dotted_initials_that_start_with_a_or_i() -> None:
    got = people("Bangladeshi Foreign Minister A.K. Rahman Khan met the Nepali envoy.")
    assert got == [("A.K. Rahman Khan", "Bangladeshi Foreign Minister", "BGD")]


def test_a_single_dotted_a_is_not_an_initial() -> None:
    got = names("The talks were rated grade A. Kofi Mensah met the Nepali envoy.")
    assert got == ["Kofi Mensah"]


def test_a_long_arab_name_is_read_whole() -> None:
    text = "Sheikh Hamad Khalid Al Salem Al Mubarak Al Jaber, Crown Prince of Kuwait, met them."
    assert names(text) == ["Hamad Khalid Al Salem Al Mubarak Al Jaber"]


# --- names of things ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tera Vanu Movement backs Ana Voss in the vote.", "Ana Voss"),
        ("He saw records of the Great Tarvan Empire with Ana Voss.", "Ana Voss"),
        ("The event is at the National Parade Ground with Ana Voss.", "Ana Voss"),
        ("Tera Vanu officials said Ana Voss would come.", "Ana Voss"),
        ("Tera Vanu doctrine shapes the talks, Ana Voss said.", "Ana Voss"),
    ],
)
def test_a_thing_named_with_capitals_is_not_a_person(text: str, kept: str) -> None:
    assert names(text) == [kept]


def test_a_quoted_policy_name_is_not_a_person() -> None:
    text = 'Tom Vale said the country pursues its "Look Sahel" policy with Ghana.'
    assert names(text) == ["Tom Vale"]


def test_a_quoted_name_before_a_verb_is_a_person() -> None:
    text = 'Tom Vale said "Look Sahel" visited Ghana.'
    assert names(text) == ["Tom Vale", "Look Sahel"]


def test_a_name_before_a_lower_case_title_and_a_name_is_the_title_s_body() -> None:
    got = names("Tera Vanu spokesperson Ana Voss said the leaders spoke.")
    assert got == ["Ana Voss"]


def test_a_name_before_a_lower_case_title_alone_is_a_person() -> None:
    got = names("Tom Reyes spokesperson for the ministry said the leaders spoke.")
    assert got == ["Tom Reyes"]


def test_a_lower_case_modifier_between_names_is_no_title() -> None:
    got = names("The host greeted Tom Reyes first Ana Voss second.")
    assert got == ["Tom Reyes", "Ana Voss"]


def test_a_web_page_s_author_line_is_not_a_person() -> None:
    text = "Envoys Meet In Accra\n\nKamran Aslam 10 seconds ago\n\nKofi Mensah met the envoy."
    assert names(text) == ["Kofi Mensah"]


def test_a_name_before_a_time_ago_in_a_sentence_is_a_person() -> None:
    text = "Kamran Aslam arrived 10 days ago and met the envoy."
    assert names(text) == ["Kamran Aslam"]


# --- titles in apposition without a comma ------------------------------------------


def test_a_list_of_envoys_with_titles_after_their_names() -> None:
    text = (
        "The guests were Tom Vale the Ambassador of Peru, Ann Rook Ambassador of Chile "
        "and Bo Dahl the ambassador of Norway."
    )
    assert people(text) == [
        ("Tom Vale", "Ambassador of Peru", "PER"),
        ("Ann Rook", "Ambassador of Chile", "CHL"),
        ("Bo Dahl", "ambassador of Norway", "NOR"),
    ]


def test_a_title_word_after_a_name_without_of_is_no_apposition() -> None:
    got = people("Ed Lamb Chairman said no to Foreign Minister Ann Rook of Chile.")
    assert got == [("Ed Lamb", None, "CHL"), ("Ann Rook", "Foreign Minister", "CHL")]


# --- well-known office holders -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "year", "code"),
    [
        ("Osman Saleh", 2018, "ERI"),
        ("Justin Tkatchenko", 2023, "PNG"),
        ("Denis Moncada", 2020, "NIC"),
        ("Henry Puna", 2015, "COK"),
        ("Workneh Gebeyehu", 2017, "ETH"),
        ("Lemma Megersa", 2019, "ETH"),
        ("Santiago Cafiero", 2022, "ARG"),
        ("Diana Mondino", 2024, "ARG"),
        ("Gerardo Werthein", 2025, "ARG"),
        ("Abdulaziz Kamilov", 2019, "UZB"),
        ("Augusto Santos Silva", 2019, "PRT"),
        ("Joao Gomes Cravinho", 2023, "PRT"),
        ("Paulo Rangel", 2025, "PRT"),
        ("Ahmed Attaf", 2024, "DZA"),
        ("Amina Mohamed", 2016, "KEN"),
        ("Jeenbek Kulubaev", 2022, "KGZ"),
        ("Alexander Schallenberg", 2022, "AUT"),
        ("Jan Lipavsky", 2023, "CZE"),
        ("Mukhtar Tileuberdi", 2021, "KAZ"),
        ("Batmunkh Battsetseg", 2022, "MNG"),
        ("Nasser Judeh", 2012, "JOR"),
    ],
)
def test_foreign_ministers_and_heads_of_many_regions_are_known(
    name: str, year: int, code: str
) -> None:
    assert office_country(name, year) == code


def test_a_known_foreign_minister_keeps_his_country_beside_another() -> None:
    text = "Ghanaian President Kofi Mensah received Osman Saleh, Minister of Foreign Affairs."
    assert people(text) == [
        ("Kofi Mensah", "Ghanaian President", "GHA"),
        ("Osman Saleh", "Minister of Foreign Affairs", "ERI"),
    ]


# --- more initials and titles --------------------------------------------------------


def test_a_one_letter_initial_before_a_name_starting_with_e() -> None:
    got = people("On May 3, Ambassador of Mongolia to Korea O. Enkhbold met the minister.")
    assert got == [("O. Enkhbold", "Ambassador of Mongolia to Korea", "MNG")]


def test_his_excellency_s_letters_are_no_initials() -> None:
    got = people("On May 3, H. E. Bat Enkhbold, Ambassador of Mongolia, met the minister.")
    assert got == [("Bat Enkhbold", "Ambassador of Mongolia", "MNG")]


def test_minister_responsible_for_is_one_title() -> None:
    got = people("Fijian Minister Responsible for Foreign Affairs Jane Doakes met the envoy.")
    assert got == [("Jane Doakes", "Fijian Minister Responsible for Foreign Affairs", "FJI")]


# --- a minister's portfolio glued to a name -------------------------------------------


def test_a_portfolio_after_minister_for_is_not_the_name_s() -> None:
    got = people("Indian Minister for Shipping Ravi Kaul met the Omani envoy.")
    assert got == [("Ravi Kaul", "Indian Minister for Shipping", "IND")]


def test_the_last_of_a_list_of_portfolios_is_not_the_name_s() -> None:
    got = people("Indian Minister of Ports, Shipping and Waterways Ravi Kaul met the envoy.")
    assert got == [("Ravi Kaul", "Indian Minister of Ports, Shipping and Waterways", "IND")]


def test_a_long_list_of_portfolios_names_no_one() -> None:
    got = people("The Minister of Ports, Shipping, Fisheries and Waterways Ravi Kaul Sen came.")
    assert got == [("Ravi Kaul Sen", "Minister of Ports, Shipping, Fisheries and Waterways", None)]


def test_a_name_after_a_portfolio_and_a_comma_and_is_whole() -> None:
    text = "He met Ana Voss, head at the Ministry of Culture, and Saeed bin Sultan Al Harthy."
    assert names(text) == ["Ana Voss", "Saeed bin Sultan Al Harthy"]


def test_a_list_of_people_after_a_minister_is_no_list_of_portfolios() -> None:
    text = "Minister of Economy Jorge Alba, Isbeth Ruiz and Carmen Gisela Vega came."
    assert names(text) == ["Jorge Alba", "Isbeth Ruiz", "Carmen Gisela Vega"]


def test_a_name_between_commas_after_a_ministry_is_still_a_person() -> None:
    got = people("He met the Minister of Police, Tavake, and the Minister of Health.")
    assert got == [("Tavake", "Minister of Police", None)]


def test_a_two_word_name_after_minister_for_is_kept() -> None:
    # a name of two words is never cut to one: "Minister for Ravi Kaul" keeps it
    assert names("The Minister of Ravi Kaul came.") == ["Ravi Kaul"]


# --- well-known office holders by a short or longer form -------------------------------


def test_a_head_of_state_named_by_one_word_keeps_his_country() -> None:
    text = "ASMARA, 5 May 2019 - Eritrea and Ethiopia held talks. President Putin sent a message."
    assert people(text) == [("Putin", "President", "RUS")]


def test_a_one_word_name_shared_by_holders_of_many_countries_tells_none() -> None:
    assert office_country("Lee", 2019) is None
    assert office_country("Isaias", 2018) == "ERI"
    # with no year, one word tells a country only if one person of the table bears it
    assert office_country("Putin", None) == "RUS"
    assert office_country("Sharif", None) is None


def test_a_holder_named_with_one_more_given_name() -> None:
    assert office_country("Muhammad Nawaz Sharif", 2015) == "PAK"
    assert office_country("Muhammad Ruth Wanjala", 2015) is None


def test_a_name_after_a_ministry_s_spokesperson_is_whole() -> None:
    assert names("Ministry spokesperson Ana Maria Voss said the talks went well.") == [
        "Ana Maria Voss"
    ]


def test_an_envoy_of_a_person_is_no_portfolio() -> None:
    assert names("He met the special envoy of Tavita Ana Maria Voss.") == ["Tavita Ana Maria Voss"]


def test_a_word_two_holders_share_is_told_by_the_year() -> None:
    assert office_country("Najib", 2015) == "MYS"
    assert office_country("Najib", 2023) == "LBN"


def test_an_initial_is_no_short_form_of_a_holder() -> None:
    assert office_country("A", 2020) is None
    assert office_country("Xi", 2020) == "CHN"


# --- family names, double names and headline names -------------------------------------


def test_a_family_name_that_is_a_common_word_s_plural() -> None:
    got = people("US Assistant Secretary, Alice Wells reached Ghana this morning.")
    assert got == [("Alice Wells", "US Assistant Secretary", "USA")]


def test_a_common_word_s_plural_opening_a_sentence_is_no_family_name() -> None:
    assert names("Ghana's minister Alice Voss came. Wells were dug in the north.") == ["Alice Voss"]


def test_the_parts_of_a_double_family_name_name_the_same_person() -> None:
    text = (
        "Indian minister Ravi Kaul welcomed his Pakistani counterpart Amir Khan-Durrani in Goa. "
        "Amir Khan has become the first leader to visit. Mr Durrani said he looks forward to talks."
    )
    got = [(p.name, p.aliases) for p in parse(text).people]
    assert got == [("Ravi Kaul", ()), ("Amir Khan-Durrani", ("Amir Khan", "Mr Durrani"))]


def test_a_double_name_after_its_first_part_is_the_fuller_name() -> None:
    text = "Pakistani minister Amir Khan came to Goa. Amir Khan-Durrani met Ravi Kaul there."
    assert names(text) == ["Amir Khan-Durrani", "Ravi Kaul"]


def test_a_hyphenated_word_alone_is_no_person() -> None:
    text = "He said Tarvo-Kalen grew. Ravi Kaul attended the talks."
    assert names(text) == ["Ravi Kaul"]


def test_a_holder_named_in_full_in_the_headline_only() -> None:
    text = (
        "PM Narendra Modi, Chinese President Xi Jinping to hold first meeting\n\n"
        "Modi will meet Xi at noon, before flying off to Myanmar."
    )
    assert people(text) == [
        ("Narendra Modi", "PM", "IND"),
        ("Xi Jinping", "Chinese President", "CHN"),
    ]


def test_an_unknown_name_in_the_headline_only_makes_no_person() -> None:
    text = "Kofi Mensah, Ana Voss to hold first meeting\n\nMensah will meet Voss at noon."
    assert people(text) == []


def test_a_holder_s_short_form_in_the_story_keeps_the_story_s_fuller_name() -> None:
    text = "Modi to meet Xi\n\nPrime Minister Narendra Damodardas Modi will meet Xi at noon."
    assert names(text) == ["Narendra Damodardas Modi"]


def test_sri_lanka_s_prime_minister_and_foreign_ministers() -> None:
    assert office_country("Dinesh Gunawardena", 2023) == "LKA"
    assert office_country("GL Peiris", 2022) == "LKA"


# --- an agent of a person ---------------------------------------------------------------


def test_an_envoy_of_a_head_of_state_is_of_his_country() -> None:
    text = (
        "ASMARA, 7 Feb 2019 - President Isaias Afwerki met Mr. Tarkov, Special Representative "
        "of President Vladimir Putin for Africa. Eritrea and Russia agreed."
    )
    assert people(text) == [
        ("Isaias Afwerki", "President", "ERI"),
        ("Tarkov", None, "RUS"),
        ("Vladimir Putin", "President", "RUS"),
    ]


def test_an_adviser_to_a_president_is_of_his_country() -> None:
    text = (
        "ACCRA, 7 Feb 2019 - Ghanaian President Kofi Mensah met Ana Voss, Senior Adviser to "
        "the Peruvian President Luis Tarma. Ghana and Chile agreed."
    )
    assert people(text) == [
        ("Kofi Mensah", "Ghanaian President", "GHA"),
        ("Ana Voss", None, "PER"),
        ("Luis Tarma", "Peruvian President", "PER"),
    ]


def test_an_envoy_of_a_forum_is_no_agent_of_the_next_person() -> None:
    text = (
        "ACCRA, 7 Feb 2019 - Ghanaian President Kofi Mensah met Ana Voss, Special Envoy of the "
        "Lome Forum, and Peruvian President Luis Tarma. Ghana and Peru agreed."
    )
    assert people(text) == [
        ("Kofi Mensah", "Ghanaian President", "GHA"),
        ("Ana Voss", "Special Envoy of the Lome Forum", "GHA"),
        ("Luis Tarma", "Peruvian President", "PER"),
    ]


def test_an_envoy_to_a_country_keeps_the_title_s_country() -> None:
    text = "ACCRA, 7 Feb 2019 - President Kofi Mensah met Mr. Tarkov, Special Envoy to Ghana."
    assert people(text) == [
        ("Kofi Mensah", "President", "GHA"),
        ("Tarkov", "Special Envoy to Ghana", "GHA"),
    ]
