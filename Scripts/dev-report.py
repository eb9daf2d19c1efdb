#!/usr/bin/env python3
"""Per-release view of a graph built from annotated releases: for each release, the gold beside what the
graph says, for the document's date and headline, the first event (label, start, end, place, organizers and
partners, funders, participants) and the people with their roles. It complements score.py --details, which
lists entity misses but not these fields.

Usage: dev-report.py GOLD_DIR GRAPH.ttl [--only-misses]
"""
import json, os, sys
from rdflib import Graph, Namespace, RDF, URIRef
from rdflib.namespace import SKOS, RDFS

S = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
CQ = Namespace("https://w3id.org/communique/ontology#")


def names(g, node):
    return sorted({str(o) for p in (S.name, RDFS.label, SKOS.prefLabel) for o in g.objects(node, p)})


def name(g, node):
    found = names(g, node)
    return found[0] if found else str(node).rsplit("/", 1)[-1]


def value(g, node, p):
    v = next(g.objects(node, p), None)
    return None if v is None else str(v)[:10]


def main():
    gold_dir, graph_path = sys.argv[1], sys.argv[2]
    only_misses = "--only-misses" in sys.argv
    g = Graph()
    g.parse(graph_path, format="turtle")
    docs = {str(o): s for s, o in g.subject_objects(S.identifier) if (s, RDF.type, S.NewsArticle) in g}
    for gf in sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.json")):
        gold = json.load(open(os.path.join(gold_dir, gf), encoding="utf-8"))
        d = docs.get(gold["doc"])
        lines = []

        def row(field, want, got):
            ok = (want or None) == (got or None)
            if not (only_misses and ok):
                lines.append(f"  {'  ' if ok else '✗ '}{field:<14} gold: {want}\n  {'':16} found: {got}")

        row("date", gold.get("date"), d is not None and value(g, d, S.datePublished))
        row("headline", gold.get("title"), d is not None and next((str(o) for o in g.objects(d, S.headline)), None))
        events = [e for e in (g.objects(d, S.mentions) if d is not None else []) if (e, RDF.type, S.Event) in g]
        ge = (gold.get("events") or [None])[0]
        e = events[0] if events else None
        if ge or e:
            row("event", ge and ge.get("label"), e is not None and name(g, e))
            for key, p in (("start", S.startDate), ("end", S.endDate)):
                row("  " + key, ge and ge.get(key), e is not None and value(g, e, p))
            row("  place", ge and ge.get("place"), e is not None and next((name(g, l) for l in g.objects(e, S.location)), None))
            parties = sorted({name(g, o) for p in (S.organizer, S.contributor) for o in g.objects(e, p)}) if e is not None else []
            row("  parties", sorted(set((ge or {}).get("organizers", []) + (ge or {}).get("partners", []))), parties)
            row("  funders", sorted((ge or {}).get("funders", [])), sorted(name(g, o) for o in g.objects(e, S.funder)) if e is not None else [])
            count = e is not None and next((int(o) for o in g.objects(e, CQ.participantCount)), None)
            row("  participants", ge and ge.get("participant_count"), count)
        for person in gold.get("people", []):
            want = sorted(f"{r['title']} @ {r.get('organization') or r.get('state')}" for r in person.get("roles", []))
            node = next((p for p in g.subjects(S.name, None) if (p, RDF.type, S.Person) in g
                         and person["name"] in names(g, p)), None)
            got = []
            if node is not None:
                for m in g.subjects(ORG.member, node):
                    if d is not None and (m, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), d) not in g:
                        continue
                    title = next((name(g, r) for r in g.objects(m, ORG.role)), "?")
                    org = next((name(g, o) for o in g.objects(m, ORG.organization)), None)
                    got.append(f"{title} @ {org}")
            row("person", f"{person['name']}: {want}", node is not None and f"{name(g, node)}: {sorted(got)}")
        if lines:
            print(f"{gold['doc']}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
