#!/usr/bin/env python3
"""Per-story diff of predicted vs gold meetings, to classify errors.
Usage: python3 diff17c.py BINARY SET.jsonl
Runs `BINARY extract -jsonl` on the set and re-implements the README's matching closely enough
to list errors (the figures of record are those of `briefbot eval meetings`)."""
import datetime
import json
import re
import subprocess
import sys

GENERIC = {"ministers", "minister", "officials", "official", "the", "of", "and", "members", "delegation",
           "government", "group", "committee", "council", "board", "u.n.", "state", "party"}
NAT = {"france": "french", "britain": "british", "germany": "german", "japan": "japanese", "india": "indian",
       "china": "chinese", "mexico": "mexican", "iran": "iranian", "armenia": "armenian",
       "azerbaijan": "azerbaijani", "kenya": "kenyan", "u.s.": "american", "united states": "american"}


def words(s):
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def date_ok(g, p):
    gd, pd = g["date"], p.get("date") or ""
    if not pd:
        return False
    if g["precision"] == "month":
        return pd[:7] == gd
    try:
        pday = datetime.date.fromisoformat(pd[:10])
    except ValueError:
        return False
    start = datetime.date.fromisoformat(gd)
    if g["precision"] == "week":
        return start <= pday <= start + datetime.timedelta(days=6)
    end = datetime.date.fromisoformat(g["end_date"]) if g.get("end_date") else start
    return start <= pday <= end


def names(g, p):
    t = ((p.get("title") or "") + " " + (p.get("evidence") or "")).lower()
    if any(k in t for k in g["keys"]):
        return True
    a, b = words(g["evidence"]), words(p.get("evidence") or "")
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


def match(golds, preds, with_dates=True):
    """max bipartite matching, required gold first"""
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    owner = {}

    def aug(i, seen):
        for j, p in enumerate(preds):
            if j in seen or not names(golds[i], p) or (with_dates and not date_ok(golds[i], p)):
                continue
            seen.add(j)
            if j not in owner or aug(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in order:
        aug(i, set())
    return {i: j for j, i in owner.items()}


def party_match(g, p):
    g, p = g.lower(), p.lower()
    if g in p or p in g:
        return True
    if NAT.get(g) and NAT[g] in p:
        return True
    ini = "".join(w[0] for w in re.findall(r"[a-z]+", g) if w not in ("of", "the", "and"))
    if len(ini) > 1 and ini in words(p):
        return True
    ini = "".join(w[0] for w in re.findall(r"[a-z]+", p) if w not in ("of", "the", "and"))
    if len(ini) > 1 and ini in words(g):
        return True
    return bool((words(g) & words(p)) - GENERIC)


def place_ok(g, p):
    if not g and not p:
        return True
    if not g or not p:
        return False
    return g.lower() in p.lower() or p.lower() in g.lower() or bool(words(g) & words(p) - GENERIC)


def main():
    binary, path = sys.argv[1], sys.argv[2]
    stories = [json.loads(l) for l in open(path)]
    inp = "".join(json.dumps({"id": s["id"], "text": s["text"], "published": s["published"]}) + "\n" for s in stories)
    out = subprocess.run([binary, "extract", "-jsonl"], input=inp, capture_output=True, text=True, check=True).stdout
    pred = {d["id"]: d.get("meetings") or [] for d in map(json.loads, out.splitlines())}
    for s in stories:
        golds, preds = s["meetings"], pred.get(s["id"], [])
        m = match(golds, preds)
        lines = []
        for i, g in enumerate(golds):
            if i not in m:
                if g.get("optional"):
                    continue
                near = [p for p in preds if names(g, p)]
                why = "WRONG DATE" if near else "MISSED"
                extra = f" (pred date {near[0].get('date')} {near[0].get('precision')})" if near else ""
                lines.append(f"  {why}: {g['title']} gold {g['date']} {g['precision']}{extra} | {g['evidence'][:110]!r}")
                continue
            p = preds[m[i]]
            if p.get("status") != g["status"]:
                lines.append(f"  STATUS: {g['title']}: gold {g['status']} pred {p.get('status')}")
            if not place_ok(g.get("place"), p.get("place")):
                lines.append(f"  PLACE: {g['title']}: gold {g.get('place')!r} pred {p.get('place')!r}")
            gp, pp = g["participants"], p.get("participants") or []
            miss = [x for x in gp if not any(party_match(x, y) for y in pp)]
            extra = [y for y in pp if not any(party_match(x, y) for x in gp)]
            if miss:
                lines.append(f"  PART-RECALL: {g['title']}: missing {miss} (pred {pp})")
            if extra:
                lines.append(f"  PART-PRECISION: {g['title']}: extra {extra} (gold {gp})")
        used = set(m.values())
        for j, p in enumerate(preds):
            if j in used:
                continue
            opt = [g for g in golds if g.get("optional") and names(g, p)]
            if opt:
                continue
            lines.append(f"  FALSE ALARM: {p.get('title')!r} {p.get('date')} {p.get('precision')} | {(p.get('evidence') or '')[:110]!r}")
        if lines:
            print(s["id"])
            print("\n".join(lines))


if __name__ == "__main__":
    main()
