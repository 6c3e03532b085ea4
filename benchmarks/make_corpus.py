"""Build a synthetic corpus of news-like articles (JSONL) for the benchmarks.

Method
------
Every article is assembled from sentence templates written for this
benchmark (none is taken from a real article): a headline without final
punctuation, sometimes a sub-headline, then paragraphs of one to three
sentences drawn from a pool of political and conflict-news wording —
troop movements, talks, sanctions, casualties, reactions — with direct
quotations and their attributions ("…,” the minister said), partial and
scare quotes, and a few loaded terms ("regime", "slammed", "so-called").
People, countries and outlets are fictional. Curly quotes, apostrophes and
the odd non-breaking space are included so the text looks like what
biaslab meets in practice.

The output is a pure function of ``(n, seed)``: the same arguments give the
same bytes on every machine (``random.Random(seed)`` is a Mersenne Twister
with a documented, stable sequence, and nothing depends on dict or set
order).

Usage::

    python benchmarks/make_corpus.py 1000 /tmp/corpus-1k.jsonl --seed 0
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

#: Article length is drawn uniformly from this range of words: a typical
#: wire story or news report runs 300-800 words.
WORDS_RANGE = (300, 800)
#: Share of articles that declare their actors in the record (the rest rely
#: on biaslab's own actor detection), so both code paths are exercised.
DECLARED_ACTORS_SHARE = 0.5

# Fictional world. Each person: (full name, title, surname, country key).
PEOPLE = [
    ("Elena Varga", "President", "Varga", "north"),
    ("Tomas Reyes", "Prime Minister", "Reyes", "south"),
    ("Ali Haddad", "Defense Minister", "Haddad", "north"),
    ("Mara Olsen", "Foreign Minister", "Olsen", "south"),
    ("Viktor Lang", "General", "Lang", "north"),
    ("Samuel Okoro", "Senator", "Okoro", "west"),
    ("Ingrid Holm", "Secretary of State", "Holm", "west"),
    ("Yusuf Demir", "rebel commander", "Demir", "rebels"),
]
COUNTRIES = {
    "north": ("Norvania", "Norvanian", "the Norvanian government"),
    "south": ("Sudora", "Sudoran", "the Sudoran cabinet"),
    "west": ("the United Federation", "Federation", "the Federation"),
    "rebels": ("the Eastern Front", "rebel", "the rebel command"),
}
CITIES = ["Port Alder", "Kessa", "Vorn", "Lisandra", "the capital", "the border town of Mirel"]
OUTLETS = ["The Daily Ledger", "Northern Courier", "Global Wire", "The Evening Standard-Post", "Meridian News"]
GROUPS = ["opposition lawmakers", "aid agencies", "human rights groups", "local officials",
          "military analysts", "residents", "diplomats"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

HEADLINES = [
    "{T} {S} Orders Troops Home After Surprise Visit to {city}",
    "{country} and {country2} Agree to New Round of Talks",
    "Sanctions on {country} Tighten as {S} Defies Critics",
    "Fighting Flares Near {city} Despite Ceasefire",
    "{S} Vows Response After Attack on Convoy",
    "Aid Convoy Reaches {city} as Talks Stall",
]
SUBHEADLINES = [
    "Officials say the decision follows weeks of pressure from {groups}",
    "{country2} says its forces will stay until a settlement is reached",
    "Critics call the move a cynical bid for votes",
]
NARRATIVE = [
    "{T} {name} arrived in {city} on {day} for talks with {country2} officials.",
    "The announcement came hours after {groups} reported heavy shelling near {city}.",
    "About {num:,} troops remain deployed in the region, according to {country2} figures.",
    "{adj} forces said they had taken control of {num2} villages in the past week.",
    "The ceasefire, agreed in {month}, has been violated repeatedly, monitors said.",
    "{country}’s economy has shrunk sharply since the sanctions took effect.",
    "Talks are expected to resume in {city} next month, officials said.",
    "The {adj} regime has denied any role in the attack.",
    "{groups} slammed the decision as reckless and short-sighted.",
    "Hardline members of {gov} pushed for a tougher response.",
    "The so-called peace plan has won little support outside {country}.",
    "Some {num2} civilians were killed and dozens injured, local officials said.",
    "{S} has ruled {country} for more than a decade and rarely faces open dissent.",
    "The move drew a swift rebuke from {country2}, which called it a provocation.",
    "Analysts said the decision could reshape the balance of power in the region.",
    "Neither side has published casualty figures since the fighting began.",
    "The United Nations has called for an independent investigation.",
    "Refugees who fled {city} say they are afraid to return home.",
    "Militants loyal to {S2} claimed responsibility for the ambush.",
    "{gov} said the operation was over and its goals had been met.",
    "The vote in parliament was delayed until {day}, when lawmakers return from recess.",
    "Fuel and medicine are running short in {city}, aid workers said.",
    "Satellite images published on {day} appeared to show new trenches outside {city}.",
    "{country2} has imposed travel bans on {num2} senior {adj} officials.",
    "The defense ministry said {num2} soldiers had been wounded in the clashes.",
    "Prices of bread and fuel have doubled in {city} since the blockade began.",
    "{S} is expected to address the nation on {day} evening.",
    "A spokesman for {gov} declined to comment on the reports.",
    "The talks in {city} broke up without agreement after two days.",
    "Opposition leaders accused {S} of using the crisis to silence dissent.",
    "Thousands marched through {city} on {day} to demand an end to the war.",
    "The central bank raised interest rates for the third time this year.",
    "Observers from {country2} were not allowed to visit the front line.",
    "The army has been accused of shelling residential areas, a charge it denies.",
    "{S2} said the offer of talks was a stalling tactic.",
    "Aid agencies say more than {num:,} people have been displaced since {month}.",
    "The draconian new security law allows detention without charge for {num2} days.",
    "Both sides blame each other for the collapse of the truce.",
]
DIRECT_QUOTES = [
    "“We will not be intimidated by threats,” {S} said.",
    "“Our soldiers have done their duty and it is time for them to come home,” {S} told reporters in {city}.",
    "“The enemy has not given up, and neither will we,” said {T} {S}.",
    "“This is a dangerous escalation,” {S2} said in a statement, adding that “all options are on the table.”",
    "“Nobody wins a war like this,” said a resident of {city} who asked not to be named.",
    "“We are ready to talk, but not at gunpoint,” {S} said at a news conference on {day}.",
    "{S2} warned that “any further aggression will be met with force.”",
    "“The sanctions are hurting ordinary families, not the leadership,” said one aid worker in {city}.",
]
PARTIAL_QUOTES = [
    "{S} described the withdrawal as “a victory for common sense.”",
    "{S2} accused {country} of “playing games with people’s lives.”",
    "Officials in {country2} dismissed the plan as “theatre,” saying it changed nothing on the ground.",
    "The statement called the attack a “cowardly act” and promised an inquiry.",
]
SCARE_QUOTES = [
    "The government’s “humanitarian corridor” has so far carried little aid.",
    "Critics say the “elections” planned for {month} will be neither free nor fair.",
    "The army says the “temporary” checkpoints around {city} will stay in place.",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _fill(template: str, rng: random.Random, cast: dict) -> str:
    text = template.format(
        num=rng.randrange(500, 20000, 100), num2=rng.randrange(3, 60),
        city=rng.choice(CITIES), day=rng.choice(DAYS), month=rng.choice(MONTHS),
        groups=rng.choice(GROUPS), **cast,
    )
    return text[:1].upper() + text[1:]  # "the Eastern Front’s ..." opens a sentence


def _cast(rng: random.Random) -> dict:
    lead, other = rng.sample(PEOPLE, 2)
    country, adj, gov = COUNTRIES[lead[3]]
    country2 = COUNTRIES[other[3]][0]
    return {"name": lead[0], "T": lead[1], "S": lead[2], "S2": other[2], "country": country,
            "country2": country2, "adj": adj, "gov": gov, "_people": (lead, other)}


def _deck(items: list[str], rng: random.Random):
    """Draw without replacement, reshuffling when exhausted (few repeats per article)."""
    while True:
        order = list(items)
        rng.shuffle(order)
        yield from order


def make_article(index: int, rng: random.Random) -> dict:
    """One synthetic article record (``id``, ``title``, ``outlet``, ``date``, ``text``...)."""
    cast = _cast(rng)
    fill = lambda t: _fill(t, rng, cast)  # noqa: E731
    target = rng.randint(*WORDS_RANGE)
    title = fill(rng.choice(HEADLINES))
    paras = [title]
    if rng.random() < 0.6:
        paras.append(fill(rng.choice(SUBHEADLINES)))
    narrative = _deck(NARRATIVE, rng)
    words = 0
    while words < target:
        pool = rng.choices([NARRATIVE, DIRECT_QUOTES, PARTIAL_QUOTES, SCARE_QUOTES], weights=[10, 3, 2, 1])[0]
        sentences = [fill(rng.choice(pool) if i == 0 and pool is not NARRATIVE else next(narrative))
                     for i in range(rng.randint(1, 3))]
        para = " ".join(sentences)
        if rng.random() < 0.05:  # the odd non-breaking space, as in pasted web text
            para = para.replace(" ", "\u00a0", 1)
        paras.append(para)
        words += len(para.split())
    record = {
        "id": f"synthetic-{index:06d}",
        "title": title,
        "outlet": rng.choice(OUTLETS),
        "date": f"{rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "provenance": "synthetic: benchmarks/make_corpus.py (fictional people and places)",
        "text": "\n\n".join(paras) + "\n",
    }
    if rng.random() < DECLARED_ACTORS_SHARE:
        record["actors"] = {p[0]: [p[2], f"{p[1]} {p[2]}"] for p in cast["_people"]}
    return record


def write_corpus(n: int, out: Path, *, seed: int = 0) -> Path:
    """Write ``n`` articles to ``out`` (JSONL); same ``(n, seed)``, same file."""
    rng = random.Random(seed)
    with Path(out).open("w", encoding="utf-8", newline="\n") as handle:
        for i in range(n):
            handle.write(json.dumps(make_article(i, rng), ensure_ascii=False) + "\n")
    return Path(out)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help="number of articles")
    p.add_argument("out", type=Path, help="output .jsonl file")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    write_corpus(args.n, args.out, seed=args.seed)


if __name__ == "__main__":
    main()
