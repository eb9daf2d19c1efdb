#!/usr/bin/env python3
"""Writes N press releases in the two shapes of Fixtures/ (scraped page, bare article), for benchmarks.

Deterministic: the same --seed and --count give the same files. People are generated (syllables, not
real names); states, organizations, OSCE Chairmanships and title words come from Ontology/data/, so the
extractor does real work on every document: a dateline, an event with a duration, organizers and
partners, funders, a participant count, speakers with titles and affiliations, quotations and later
mentions by surname.

Usage: Scripts/generate-corpus.py --count 1000 --seed 1 --out .build/corpus-1000
"""
import argparse
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SYLLABLES = ["ka", "ri", "mo", "len", "tar", "vi", "so", "dan", "el", "mir", "ju", "ba", "no", "ste",
             "fan", "ol", "gre", "ta", "zu", "vel", "an", "ko", "lis", "ped", "ra", "hu", "ser", "im"]
EVENTS = ["conference", "seminar", "workshop", "meeting", "training course", "round table"]
TOPICS = ["combating illicit drug trafficking", "border security and management", "countering the financing of terrorism",
          "the diversion of chemical precursors", "cross-border police co-operation", "cybercrime investigations",
          "trafficking in human beings", "money laundering", "forensic science for drug investigations"]
DURATIONS = [("one-day", 1), ("two-day", 2), ("three-day", 3), ("four-day", 4), ("one-and-a-half day", 2), ("five-day", 5)]
QUOTES = ["Co-operation across borders is the only answer to crime that ignores them",
          "No country can face these threats alone, and none should have to",
          "Sharing information quickly saves lives and disrupts criminal networks",
          "Training and trust between agencies are what make results last",
          "We must follow the money as closely as we follow the drugs",
          "This event shows what partnership between our institutions can achieve"]
MENU = ["-", "Our work", "-", "Fields of work", "- Arms control", "- Border management",
        "- Combating trafficking in human beings", "- Countering terrorism", "- Policing", "-", "Where we are",
        "- Secretariat", "- Institutions", "- Field operations", "-", "Newsroom", "- News", "- Press releases"]


def rows(name):
    with open(os.path.join(ROOT, "Ontology", "data", name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def load():
    states = [(r[0], r[1], [a for a in r[3].split(";") if a and not a.endswith("s")]) for r in rows("states.tsv")]
    by_iso = {iso: (name, adjectives) for iso, name, adjectives in states}
    orgs = [(r[1], r[2]) for r in rows("organizations.tsv") if r[1]]
    chairs = {int(r[0]): r[1] for r in rows("chairmanships.tsv")}
    words = {r[0]: r[1].split(";") for r in rows("roles.tsv")}
    return states, by_iso, orgs, chairs, words


def person(rng):
    def part():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{part()} {part()}", None


def release(rng, n, data):
    states, by_iso, orgs, chairs, words = data
    year = rng.randint(1996, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    iso, (city_state, _) = rng.choice(list(by_iso.items()))
    place = rng.choice(["VIENNA", "ALMATY", "BISHKEK", "DUSHANBE", "TASHKENT", "BELGRADE", "SKOPJE", "TIRANA",
                        "CHISINAU", "KYIV", "TBILISI", "YEREVAN", "BAKU", "ASHGABAT", "WARSAW", "ASTANA"])
    event, (duration, _) = rng.choice(EVENTS), rng.choice(DURATIONS)
    topic = rng.choice(TOPICS)
    organizer, partner = rng.sample(orgs, 2)
    chair_iso = chairs.get(year)
    chair = f"{by_iso[chair_iso][0]}’s {year} OSCE Chairmanship" if chair_iso in by_iso else "the OSCE Chairmanship"
    funders = [s[1] for s in rng.sample(states, rng.randint(1, 4))]
    count = rng.choice([25, 30, 40, 60, 80, 100, 120, 150, 200])
    heads, mods = words["head"], words["modifier"]
    speakers = []
    for _ in range(rng.randint(2, 4)):
        name, _ = person(rng)
        title = f"{rng.choice(mods)} {rng.choice(heads)}" if rng.random() < 0.7 else rng.choice(heads)
        if rng.random() < 0.5:
            state_name, adjectives = rng.choice(states)[1], None
            affiliation = f"{state_name}’s Ministry of Interior" if rng.random() < 0.5 else state_name
        else:
            affiliation = f"the {rng.choice(orgs)[0]}"
        speakers.append((name, title, affiliation))
    headline = f"{topic[0].upper() + topic[1:]} in focus at OSCE {event} in {place.title()}"
    lead = (f"{place}, {day} {MONTHS[month - 1]} {year} – A {duration} OSCE {event} on {topic} began today in "
            f"{place.title()}, organized by the {organizer[0]} in close co-operation with the {partner[0]} and {chair}.")
    body = [lead,
            f"More than {count} experts from law enforcement agencies, ministries and international organizations take part. "
            f"The {event} was financed by {', '.join(funders[:-1]) + ' and ' + funders[-1] if len(funders) > 1 else funders[0]}."]
    for name, title, affiliation in speakers:
        quote = rng.choice(QUOTES)
        body.append(f"“{quote},” said {name}, {title} of {affiliation}.")
        if rng.random() < 0.5:
            body.append(f"{name.split()[-1]} added that the {event} would help to build lasting networks of practitioners.")
    body.append(f"The {event} concludes tomorrow." if rng.random() < 0.3 else
                f"The {event} is part of the OSCE’s work on {rng.choice(TOPICS)}.")
    if rng.random() < 0.5:
        lines = MENU + ["Press release", headline, "- Date:", "- Place:", f"- {place}", "- Source:",
                        f"- {organizer[0]}", "- Fields of work:", "- Policing, Border management"] + body
    else:
        lines = [headline] + body
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    a = parser.parse_args()
    os.makedirs(a.out, exist_ok=True)
    data = load()
    rng = random.Random(a.seed)
    for n in range(a.count):
        path = os.path.join(a.out, f"release-{n:07d}.txt")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(release(rng, n, data))
        os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
