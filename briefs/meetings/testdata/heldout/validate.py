#!/usr/bin/env python3
"""validate.py FILE.jsonl: checks a meetings set's form. Prints CLEAN or one line per problem."""
import json, re, sys, datetime as dt
PREFIX = sys.argv[2] if len(sys.argv) > 2 else None
probs = []
def bad(i, msg): probs.append(f"{i}: {msg}")
def day(s):
    return dt.date.fromisoformat(s)
ids = []
for n, line in enumerate(open(sys.argv[1]), 1):
    if not line.strip():
        continue
    try:
        d = json.loads(line)
    except Exception as e:
        bad(f"line {n}", f"not JSON: {e}"); continue
    i = d.get("id", f"line {n}"); ids.append(i)
    for f in ("id", "published", "title", "text", "meetings"):
        if f not in d: bad(i, f"missing field {f}")
    if PREFIX and not re.fullmatch(PREFIX + r"-\d\d", str(i)): bad(i, f"id not {PREFIX}-NN")
    try: pub = day(d["published"])
    except Exception: bad(i, "published not YYYY-MM-DD"); continue
    text = d.get("text", ""); low = text.lower()
    words = len(text.split())
    if not 60 <= words <= 450: bad(i, f"text has {words} words (60-450)")
    for j, m in enumerate(d.get("meetings", [])):
        w = f"{i} meeting {j+1}"
        for f in ("title", "keys", "date", "precision", "end_date", "place", "participants", "status", "evidence"):
            if f not in m: bad(w, f"missing {f}")
        keys = m.get("keys") or []
        if not (1 <= len(keys) <= 3): bad(w, "needs 1-3 keys")
        for k in keys:
            if k != k.lower(): bad(w, f"key not lower case: {k!r}")
            if k.lower() not in low: bad(w, f"key not in text: {k!r}")
        if m.get("evidence", "") not in text or not m.get("evidence"): bad(w, "evidence not verbatim in text")
        prec = m.get("precision")
        if prec not in ("day", "week", "month"): bad(w, f"precision {prec!r}")
        try:
            if prec == "month":
                if not re.fullmatch(r"\d{4}-\d\d", m["date"]): bad(w, "month date not YYYY-MM")
                dd = day(m["date"] + "-01")
            else:
                dd = day(m["date"])
            if prec == "week" and dd.weekday() != 0: bad(w, "week date not a Monday")
            if m.get("end_date"):
                ed = day(m["end_date"])
                if ed < dd: bad(w, "end_date before date")
            st = m.get("status")
            if st not in ("past", "ongoing", "upcoming"): bad(w, f"status {st!r}")
            last = day(m["end_date"]) if m.get("end_date") else dd
            if prec == "day":
                if st == "upcoming" and dd < pub: bad(w, "upcoming but dated before published")
                if st == "past" and dd > pub: bad(w, "past but dated after published")
                if st == "ongoing" and not (dd <= pub <= last) and not m.get("end_date") is None: bad(w, "ongoing but published outside date..end_date")
        except Exception as e:
            bad(w, f"date problem: {e}")
        if m.get("place") is not None and not isinstance(m.get("place"), str): bad(w, "place not string or null")
        if not isinstance(m.get("participants"), list) or not all(isinstance(p, str) for p in m.get("participants", [])):
            bad(w, "participants not a list of strings")
        if "optional" in m and not isinstance(m["optional"], bool): bad(w, "optional not a boolean")
    for mm in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b", text):
        wd, mon, dn = mm.groups()
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                x = dt.datetime.strptime(f"{y} {mon} {dn}", "%Y %B %d").date()
            except ValueError:
                continue
            if abs((x - pub).days) < 200 and x.strftime("%A") != wd:
                bad(i, f"{mm.group(0)} is a {x.strftime('%A')} near {pub}")
if len(ids) != len(set(ids)): bad("set", "duplicate ids")
if len(ids) != 50: bad("set", f"{len(ids)} documents, want 50")
print("CLEAN" if not probs else "\n".join(probs))
