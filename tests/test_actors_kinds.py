"""Who is an actor: kinds with evidence, names with titles and appositions,
acronyms and known aliases, surname lookup and the default choice of actors.

Every text here is written for biaslab (invented events with real-looking names)."""
from __future__ import annotations

import pytest

import biaslab
from biaslab.actors import KINDS, UnknownActorError, default_actors, default_actors_across
from biaslab.actors.kinds import known_alias_rows
from biaslab.actors.names import particle, surname
from biaslab.actors.places import place_evidence
from biaslab.narrative import choose_actors

FLOOD = (
    "Floods swamp the east\n\n"
    "Prime Minister Pedro Sánchez toured the flooded towns on Sunday. "
    "The mayor of Valencia, María José Catalá, said the city needed more pumps. "
    "Commission President Ursula von der Leyen promised aid from Brussels. "
    "Sánchez thanked the volunteers. Catalá criticised the delays, and Valencia is still cleaning up.\n"
)


@pytest.fixture(scope="module")
def flood():
    return biaslab.analyze(FLOOD)


def actors_of(text: str, **kw) -> dict[str, biaslab.actors.ActorProfile]:
    return {p.name: p for p in biaslab.analyze(text, **kw).actors}


# --- names with titles ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, title, descriptor", [
    (FLOOD, "Ursula von der Leyen", "commission president", "Commission President"),
    (FLOOD, "Pedro Sánchez", "prime minister", "Prime Minister"),
    ("Treasury Secretary Janet L. Yellen met bankers. Ms. Yellen said rates would hold.",
     "Janet L. Yellen", "treasury secretary", "Treasury Secretary"),
    ("Secretary of State Rex Tillerson flew to Oslo. Tillerson said little.",
     "Rex Tillerson", "secretary of state", "Secretary of State"),
    ("The report reached Gov. Ana Ortiz late. Ortiz read it twice.", "Ana Ortiz", "gov.", "Gov."),
    # council, legislative and law-enforcement titles (AP Stylebook, "legislative titles", "titles")
    ("Councilman Luis Ortiz voted no on the fares.", "Luis Ortiz", "councilman", "Councilman"),
    ("Council member Dana Voss asked for a recount.", "Dana Voss", "council member", "Council member"),
    ("Representative Ann Moss filed the bill on Monday.", "Ann Moss", "representative", "Representative"),
    ("Attorney General Jane Roe opened an inquiry.", "Jane Roe", "attorney general", "Attorney General"),
    ("Sheriff Joe Arbo closed the road at noon.", "Joe Arbo", "sheriff", "Sheriff"),
])
def test_titled_names(text, name, title, descriptor):
    p = actors_of(text)[name]
    assert p.kind == "person"
    assert title in p.titles
    assert (descriptor, "title") in {(d.text, d.kind) for d in p.descriptors}


@pytest.mark.parametrize("text, name, kind", [
    # a title word inside an organisation's name does not make a person
    ("The Justice Department opened a file. The Justice Department declined to comment.",
     "Justice Department", "organisation"),
    ("The General Assembly voted on Monday. The General Assembly adjourned.", "General Assembly", "organisation"),
    # a titled name before a possessor is another person, not the possessor's description
    ("Peru is on alert. Dr. Ann Moss, Peru’s director of health, said so. The outbreak in Peru grew.", "Peru",
     "place"),
])
def test_title_words_in_organisation_names(text, name, kind):
    p = actors_of(text)[name]
    assert (p.kind, p.titles) == (kind, ())


@pytest.mark.parametrize("text, name, alias", [
    ("Commission President Ursula von der Leyen arrived. Aid will come, von der Leyen said.",
     "Ursula von der Leyen", "von der Leyen"),            # surname with its particles
    ("Treasury Secretary Janet L. Yellen spoke. Later, Yellen left.", "Janet L. Yellen", "Yellen"),
    ("Mr. Tomas Berg arrived early. Reporters waited for Mr. Berg.", "Tomas Berg", "Berg"),
])
def test_surname_aliases(text, name, alias):
    p = actors_of(text)[name]
    assert alias in p.aliases
    assert any(m.text.endswith(alias) and m.resolution == "alias" for m in p.mentions)


def test_mr_and_ms_forms_are_people():
    actors = actors_of("Mr. Okafor and Ms. Lindqvist signed the deal. Mr. Okafor smiled.")
    assert {n: (p.kind, p.titles) for n, p in actors.items()} == {
        "Okafor": ("person", ("mr.",)), "Lindqvist": ("person", ("ms.",))}


@pytest.mark.parametrize("word, expected", [("von", True), ("der", True), ("bin", True), ("de", True),
                                            ("do", False), ("bar", False), ("and", False), ("Von", False)])
def test_particles(word, expected):
    assert particle(word) is expected


@pytest.mark.parametrize("name, expected", [("Ursula von der Leyen", "von der Leyen"), ("Janet L. Yellen", "Yellen"),
                                            ("Martin Luther King Jr.", "King"), ("Pedro Sánchez", "Sánchez")])
def test_surname(name, expected):
    assert surname(name) == expected


# --- appositions ------------------------------------------------------------------------------------
def test_preposed_apposition_describes_the_person_not_the_place(flood):
    catala, valencia = flood.actor("María José Catalá"), flood.actor("Valencia")
    assert catala.kind == "person" and "mayor" in catala.titles
    assert [(d.text, d.kind) for d in catala.descriptors] == [("mayor of Valencia", "appositive")]
    assert "described as 'mayor of Valencia'" in catala.kind_evidence
    assert [m.text for m in catala.mentions] == ["María José Catalá", "Catalá"]  # "The mayor" is no extra mention
    assert valencia.kind == "place" and valencia.descriptors == ()
    assert len(valencia.mentions) == 2  # "of Valencia" (a place mentioned) and "Valencia is still"


@pytest.mark.parametrize("text, name, descriptor, is_person", [
    ("Ana Ruiz, the mayor of Seville, opened the bridge. Ruiz cut the ribbon.", "Ana Ruiz", "mayor of Seville", True),
    ("The spokesman for the ministry, Oleg Petrov, denied it. Petrov left.", "Oleg Petrov", "spokesman for the ministry",
     True),
    # a description without a title is kept but proves nothing about personhood
    ("Harbor Logistics, a shipping firm, cut jobs. Harbor Logistics blamed fuel costs.", "Harbor Logistics",
     "a shipping firm", False),
])
def test_appositions(text, name, descriptor, is_person):
    p = actors_of(text)[name]
    assert descriptor in {d.text for d in p.descriptors if d.kind == "appositive"}
    assert (p.kind == "person") is is_person


@pytest.mark.parametrize("text", [
    "Spain, France and Italy sent pumps. Spain, France and Italy sent boats.",
    "Officials in Valencia, Murcia and Alicante met. Valencia, Murcia and Alicante agreed.",
    "Ann Moss, Tom Reed and Ned Hale met. Hale, the mayor and Moss said no.",     # a name after "and": a list
])
def test_lists_of_names_are_not_descriptors(text):
    assert all(d.kind != "appositive" for p in biaslab.analyze(text).actors for d in p.descriptors)


# --- places vs people -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, kind, evidence", [
    (FLOOD, "Valencia", "place", "GeoNames"),
    ("Jets flew from Khmeimim Airbase at dawn. Khmeimim Airbase stayed closed.", "Khmeimim Airbase", "place",
     "head word of a place name"),
    ("Water rose in Paiporta overnight. Rescuers reached Paiporta at noon, and in Paiporta the mud stayed.",
     "Paiporta", "place", "preposition of place"),
    ("Talks were held with Russia.", "Russia", "place", "country"),
    ("The Defense Ministry said the drills ended. The Defense Ministry gave no figures.", "Defense Ministry",
     "organisation", "head word of a organisation name"),
    ("NATO met on Monday. Diplomats said NATO would wait.", "NATO", "organisation", "known organisation"),
    ("The IFRC asked for funds. Donors told the IFRC they would help.", "IFRC", "organisation", "acronym"),
    ("Russia Today reported the strikes. The claim was repeated by Russia Today.", "Russia Today", "organisation",
     "news outlet"),
    ("The Moscow Times reported it first. The Moscow Times cited two officials.", "Moscow Times", "organisation",
     "news outlet"),
    ("Harbor Rights Watch filed suit. Harbor Rights Watch said the pier was unsafe.", "Harbor Rights Watch",
     "organisation", "head word of a organisation name"),
    ("The Dover Policy Center wrote to us. The Dover Policy Center asked for data.", "Dover Policy Center",
     "organisation", "head word of a organisation name"),
    ("The Lowmere Review printed it first. The Lowmere Review cited two officials.", "Lowmere Review",
     "organisation", "news outlet"),
    # a head word before an "of" complement heads the whole name
    ("The Department of Harbors said it would act. The Department of Harbors then acted.",
     "Department of Harbors", "organisation", "is headed by 'Department'"),
    ("The University of the Dover Valley sued. The University of the Dover Valley lost.",
     "University of the Dover Valley", "organisation", "is headed by 'University'"),
    ("The Republic of Lowmere sent aid. The Republic of Lowmere sent boats.", "Republic of Lowmere", "place",
     "is headed by 'Republic'"),
    # people win over the gazetteer: a surname that is also a large city
    ("Sen. Warren asked about the fund. Warren said the rules were weak.", "Warren", "person", "title 'sen.'"),
    ("Senator Ada Mobile voted no. Mobile said the bill was rushed.", "Ada Mobile", "person", "title 'senator'"),
    # a census first name and a surname: named once, in full, without title or description
    ("The fare rise was slammed by Luis Ortiz on Tuesday.", "Luis Ortiz", "person", "first name 'Luis'"),
    ("The plan was welcomed by Michelle Oyelaran on Tuesday.", "Michelle Oyelaran", "person",
     "surname 'Oyelaran'"),
    ("The plan was welcomed by Jerry Brown on Tuesday.", "Jerry Brown", "person", "1990 US Census"),
    # a given name no list knows before a census surname that is no English word
    ("The plan was welcomed by Zarnell Jackson on Tuesday.", "Zarnell Jackson", "person", "surname 'Jackson'"),
    ("The plan was welcomed by Zarnell Beach on Tuesday.", "Zarnell Beach", "other", "no title"),  # a noun
    ("The plan was welcomed by Zarnell London on Tuesday.", "Zarnell London", "other", "no title"),  # a city
    ("The plan was welcomed by ZarMedia Jackson on Tuesday.", "ZarMedia Jackson", "other", "no title"),
    # ... but not a company, a headline fragment or a surname that is a common word
    ("The fares were raised by Delta Air Lines on Tuesday.", "Delta Air Lines", "other", "no title"),
    ("The poll was run by Edison Research in May.", "Edison Research", "other", "no title"),
    ("The ad was paid for by Hillary PAC in May.", "Hillary PAC", "other", "no title"),
    ("The bill was signed by Mike Pence on Tuesday.", "Mike Pence", "other", "no title"),
    # a last word used alone is a surname only when shaped like one: no country, no common word unless
    # the name opens with a census first name
    ("Sergey Valdovin spoke on Monday. Later, Valdovin said no.", "Sergey Valdovin", "person", "surname"),
    ("Tom Bush spoke on Monday. Later, Bush said no.", "Tom Bush", "person", "surname 'Bush'"),
    ("Supporters of Free Iran rallied on Monday. Later, Iran said no.", "Free Iran", "other", "no title"),
    ("The Dover Democrats met on Monday. Later, Democrats said no.", "Dover Democrats", "other", "no title"),
    ("Sacred Marriage was the theme on Monday. Later, Marriage said no.", "Sacred Marriage", "other", "no title"),
    # nor after a country's name that is no given name, nor an acronym after words in mixed case
    ("The U.S. House passed the bill. Later, House leaders cheered.", "U.S. House", "other", "no title"),
    ("Jordan Hale spoke on Monday. Later, Hale said no.", "Jordan Hale", "person", "surname 'Hale'"),
    ("Harbor Board DOJ staff met on Monday. Later, DOJ said no.", "Harbor Board DOJ", "other", "no title"),
    # a thing named by a common word and a surname-like word, or a place and a common word
    ("Turnout on Election Day was high. Later, Day said nothing.", "Election Day", "other", "no title"),
    ("The Georgia Dairy office met on Monday. Later, Dairy said no.", "Georgia Dairy", "other", "no title"),
    # an age set off after the name is a person's (AP Stylebook, "ages"); a year so set off is not an age
    ("Zuleika Trell, 34, could be a bridge to voters.", "Zuleika Trell", "person", "an age set off"),
    ("Zuleika Trell could be a bridge to voters.", "Zuleika Trell", "other", "no title"),
    ("Harbor Works, 1850, stood by the pier. Harbor Works said no.", "Harbor Works", "other", "no title"),
    # religious titles (AP Stylebook)
    ("Cardinal Zeno Quist spoke on Monday. Later, Quist said no.", "Zeno Quist", "person", "title 'cardinal'"),
    ("The Rev. Ada Lowe spoke on Monday.", "Ada Lowe", "person", "title 'rev.'"),
    # a proper adjective (Pattern's lexicon: "Jewish" JJ as written) is no surname either
    ("Teachers at an Orthodox Jewish school met on Monday. Later, Jewish parents said no.", "Orthodox Jewish",
     "other", "no title"),
])
def test_kinds(text, name, kind, evidence):
    declared = {"Russia": []} if name == "Russia" else None
    p = biaslab.analyze(text, actors=declared).actor(name)
    assert p.kind == kind
    assert any(evidence in e for e in p.kind_evidence), p.kind_evidence


def test_news_outlets_are_flagged():
    actors = actors_of("Russia Today reported the strikes. The claim was repeated by Russia Today. "
                       "NATO met on Monday. Diplomats said NATO would wait.")
    assert {n: p.outlet for n, p in actors.items()} == {"Russia Today": True, "NATO": False}


@pytest.mark.parametrize("declared, kind", [
    ({"the Russians": []}, "group"), ({"residents": []}, "group"), ({"Syrians": []}, "group"),
    ({"Russia": []}, "place"), ({"Harbor Logistics": []}, "other"),
])
def test_declared_kinds(declared, kind):
    name = next(iter(declared))
    text = f"Reporters spoke to {name} on Monday. Later {name} left."
    assert biaslab.analyze(text, actors=declared).actor(name).kind == kind


def test_every_kind_is_known():
    assert set(KINDS) == {"person", "organisation", "place", "group", "other"}
    assert {r.kind for r in known_alias_rows()} <= {"organisation", "news_outlet", "place", "group"}


@pytest.mark.parametrize("name, found", [
    ("Valencia", True), ("Raqqa", True), ("Kiev", True), ("Texas", True), ("Europe", True), ("Russia", True),
    ("Putin", False), ("Obama", False), ("Catalá", False), ("Mattis", False),
])
def test_gazetteer(name, found):
    assert (place_evidence(name) is not None) is found


# --- title case carries no evidence of names --------------------------------------------------------
@pytest.mark.parametrize("text, actors", [
    # a headline in title case that ends in a full stop: its capitals are style
    ("Dover Mayor Faces Angry Crowd At Harbor Meeting, Promises Review.\n\n"
     "Mayor Ana Ruiz met residents on Tuesday. Ruiz said the review would take a month.", ["Ana Ruiz"]),
    ("Council Votes To Raise Fares, Riders Brace For Higher Costs.\n\nThe vote was close.", []),
    # a sentence that is only a list of names is not title case
    ("The senators met. Sens. Bob Kasey Jr., Heidi Hartkamp, Joe Donnally.\n\nHartkamp said it went well.",
     ["Bob Kasey Jr.", "Heidi Hartkamp", "Joe Donnally"]),
    # nor is a sentence with a word in lower case
    ("Ana Ruiz met Tom Berg on Monday.", ["Ana Ruiz", "Tom Berg"]),
])
def test_title_case_sentences_detect_no_names(text, actors):
    assert sorted(p.name for p in biaslab.analyze(text).actors) == sorted(actors)


def test_convention_and_church_head_organisation_names():
    a = biaslab.analyze("The Dover National Convention opened. The Convention ran late. "
                        "The Dover Reformed Church sent aid.")
    assert {p.name: p.kind for p in a.actors} == {"Dover National Convention": "organisation",
                                                  "Dover Reformed Church": "organisation"}


# --- acronyms and aliases ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, aliases", [
    # the text pairs them in brackets, either way round
    ("The Northern Rivers Authority (NRA) closed the dam. The NRA said levels fell. Later the NRA reopened it.",
     "Northern Rivers Authority", {"NRA"}),
    ("The WRB (Water Resources Board) met. The WRB said levels fell. Later the WRB adjourned.",
     "Water Resources Board", {"WRB"}),
    # the acronym spells the name, without brackets
    ("The Coastal Defence League marched. Police said the CDL had no permit. The CDL disputed it.",
     "Coastal Defence League", {"CDL"}),
    # the known-alias data joins names the text never pairs
    ("Islamic State fighters left the town. ISIS later claimed the attack. Officials blamed ISIS again.",
     "Islamic State", {"ISIS", "ISIL", "Daesh"}),
])
def test_acronyms_join_their_expansion(text, name, aliases):
    actors = actors_of(text)
    assert aliases <= set(actors[name].aliases)
    assert not any(a in actors for a in aliases)  # one actor, not two


def test_known_aliases_match_later_forms():
    p = biaslab.analyze("Fighters of ISIS held the town. Later ISIS lost it. Then Daesh fled.").actor("ISIS")
    assert [m.text for m in p.mentions] == ["ISIS", "ISIS", "Daesh"]
    assert p.kind == "organisation"


def test_two_declared_actors_are_never_joined():
    text = "ISIS held the town. Islamic State lost it."
    names = [p.name for p in biaslab.analyze(text, actors={"ISIS": [], "Islamic State": []}).actors]
    assert sorted(names) == ["ISIS", "Islamic State"]


@pytest.mark.parametrize("text", [
    "Pedro Sánchez (PSOE) spoke. Pedro Sánchez left.",   # a party in brackets is not the person's alias
    "Putin (left) met Assad. Putin (left) smiled.",
])
def test_brackets_without_acronym_pairs(text):
    for p in biaslab.analyze(text).actors:
        assert all(a not in ("PSOE", "left") for a in p.aliases)


def test_russian_leader_still_resolves_to_putin():
    text = ("Russian President Vladimir Putin visited the base. The Russian leader said the mission was over. "
            "Putin left at noon.")
    p = biaslab.analyze(text, actors={"Vladimir Putin": ["Putin"]}).actor("Putin")
    assert [(m.text, m.resolution) for m in p.mentions] == [
        ("Russian President Vladimir Putin", "name"), ("The Russian leader", "role"), ("Putin", "alias")]


# --- lookup -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("query, name", [
    ("Catalá", "María José Catalá"), ("catala", "María José Catalá"), ("María José Catalá", "María José Catalá"),
    ("Sanchez", "Pedro Sánchez"), ("von der Leyen", "Ursula von der Leyen"), ("Leyen", "Ursula von der Leyen"),
])
def test_surname_and_full_name_lookups(flood, query, name):
    assert flood.actor(query).name == name


def test_compare_by_surnames(flood):
    df = biaslab.compare(flood, ["Sánchez", "Catalá"])
    assert list(dict.fromkeys(df["actor"])) == ["Pedro Sánchez", "María José Catalá"]


@pytest.mark.parametrize("query", ["Mayor", "Trump", "Brussels Airport"])
def test_lookup_misses_raise(flood, query):
    with pytest.raises(UnknownActorError, match="known actors"):
        flood.actor(query)


def test_shared_surname_is_ambiguous():
    a = biaslab.analyze("Senator Ana Ruiz met Governor Luis Ruiz. Senator Ana Ruiz left.")
    with pytest.raises(UnknownActorError, match="several actors 'Ruiz'; candidates: Ana Ruiz, Luis Ruiz"):
        a.actor("Ruiz")


# --- default actors ---------------------------------------------------------------------------------
def test_default_actors_pick_people_never_places(flood):
    assert default_actors(flood) == ["Pedro Sánchez", "María José Catalá"]
    assert "Valencia" not in default_actors(flood, n=10)


def test_default_actors_rank_people_then_organisations_then_outlets():
    a = biaslab.analyze("Russia Today reported the strikes, citing Russia Today sources and Russia Today staff. "
                        "NATO met on Monday. Diplomats said NATO would wait. Gen. Ivo Marek said NATO was ready. "
                        "Fighting near Raqqa went on. In Raqqa, shops closed.")
    assert default_actors(a, n=5) == ["Ivo Marek", "NATO", "Russia Today"]


ACCOUNTS = (
    # the first account's most mentioned person (Ana Ruiz) is in no other account; Tom Berg is in all three
    "Mayor Ana Ruiz opened the bridge. Ruiz cut the ribbon, and Ruiz spoke. Tom Berg, an engineer, watched.",
    "The bridge opened on Monday. Tom Berg, who designed it, said it would last a century. Bo Lind agreed.",
    "Engineer Tom Berg called the opening a relief. Bo Lind, a driver, said traffic was already lighter.",
)


def test_default_actors_across_accounts_follow_the_people_most_accounts_name():
    analyses = [biaslab.analyze(t) for t in ACCOUNTS]
    assert default_actors(analyses[0]) == ["Ana Ruiz", "Tom Berg"]
    assert default_actors_across(analyses) == ["Tom Berg", "Bo Lind"]          # 3 accounts, then 2
    assert default_actors_across(analyses, n=3) == ["Tom Berg", "Bo Lind", "Ana Ruiz"]
    assert default_actors_across(analyses[:1]) == default_actors(analyses[0])  # one account: the same order
    assert choose_actors(analyses, ["Ruiz"]) == ["Ana Ruiz", "Tom Berg"]  # named first


def test_contrast_lines_on_default_actors_never_name_a_place(flood):
    lines = biaslab.contrast_lines(flood, *default_actors(flood))
    assert lines and not any("Valencia" in line for line in lines)


@pytest.mark.parametrize("text, people", [
    ("Ned Vale, auxiliary bishop of Dover, Ohio, signed it.", ["Ned Vale"]),   # a state after a title's phrase
    ("Ned Vale, Bishop emeritus of Lowmere, Texas, USA, signed it.", ["Ned Vale"]),
    ("Some Bishop Conferences met. Bishop Conferences agreed.", []),           # a plural after a title
])
def test_no_office_holder_from_a_place_or_plural(text, people):
    assert [p.name for p in biaslab.analyze(text).actors if p.kind == "person"] == people
