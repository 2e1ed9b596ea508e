# usage: python3 validate.py texts.jsonl annotated.jsonl
import json, re, sys, datetime as dt, calendar
TOP = ["id", "published", "title", "text", "meetings"]
MK = ["title", "keys", "date", "precision", "end_date", "place", "participants", "status", "evidence"]
errs = []; warns = []
def E(i, m): errs.append(f"{i}: {m}")
def D(s): return dt.date.fromisoformat(s)
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
texts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = []
stats = {"texts": 0, "meetings": 0, "optional": 0, "past": 0, "upcoming": 0, "ongoing": 0, "empty": 0, "no_required": 0}
for ln, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        E(ln, f"bad json {e}"); continue
    i = r.get("id", f"line{ln}")
    if list(r.keys()) != TOP: E(i, f"top keys {list(r.keys())}")
    ids.append(i); stats["texts"] += 1
    try: pub = D(r["published"])
    except Exception: E(i, "bad published"); continue
    text = r["text"]; low = text.lower()
    nw = len(text.split())
    if not isinstance(r["meetings"], list): E(i, "meetings not list"); continue
    if not r["meetings"]: stats["empty"] += 1
    if all(m.get("optional") for m in r["meetings"]): stats["no_required"] += 1
    for k, m in enumerate(r["meetings"]):
        t = f"{i}#{k}"
        keys = list(m.keys())
        if keys not in (MK, MK + ["optional"]): E(t, f"meeting keys {keys}")
        if "optional" in m and m["optional"] is not True: E(t, "optional must be true")
        stats["meetings"] += 1; stats["optional"] += bool(m.get("optional"))
        if not isinstance(m["title"], str) or not m["title"]: E(t, "title")
        ks = m["keys"]
        if not (isinstance(ks, list) and 1 <= len(ks) <= 3): E(t, "keys count")
        for kk in ks:
            if kk != kk.lower(): E(t, f"key not lowercase: {kk}")
            if kk not in low: E(t, f"key not in text: {kk}")
        if m["evidence"] not in text: E(t, f"evidence not substring: {m['evidence'][:60]}")
        p = m["precision"]
        try:
            if p == "day":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]): raise ValueError
                s = D(m["date"]); e = s
            elif p == "week":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]): raise ValueError
                s = D(m["date"])
                if s.weekday() != 0: E(t, "week date not a Monday")
                e = s + dt.timedelta(days=6)
            elif p == "month":
                if not re.fullmatch(r"\d{4}-\d{2}", m["date"]): raise ValueError
                y, mo = map(int, m["date"].split("-"))
                s = dt.date(y, mo, 1); e = dt.date(y, mo, calendar.monthrange(y, mo)[1])
            else:
                E(t, f"precision {p}"); continue
        except ValueError:
            E(t, f"bad date {m['date']} for {p}"); continue
        if m["end_date"] is not None:
            if p != "day": E(t, "end_date with non-day precision")
            try:
                ed = D(m["end_date"])
                if ed <= s: E(t, "end_date not after date")
                e = ed
            except Exception: E(t, "bad end_date")
        if m["place"] is not None and (not isinstance(m["place"], str) or not m["place"]): E(t, "place")
        if not isinstance(m["participants"], list) or not all(isinstance(x, str) and x for x in m["participants"]): E(t, "participants")
        st = m["status"]
        if st not in ("past", "upcoming", "ongoing"): E(t, f"status {st}"); continue
        stats[st] += 1
        if st == "past" and not s <= pub: E(t, f"past but starts {s} after pub {pub}")
        if st == "past" and p == "day" and e > pub: E(t, f"past but ends {e} after pub")
        if st == "upcoming" and not e >= pub: E(t, f"upcoming but ends {e} before pub {pub}")
        if st == "upcoming" and p == "day" and s < pub: E(t, f"upcoming but starts {s} before pub")
        if st == "ongoing" and not (s <= pub): E(t, "ongoing but starts after pub")
        if st == "ongoing" and p != "month" and e < pub and m["end_date"] is not None: E(t, "ongoing but ended")
if ids != [t["id"] for t in texts]: E("ids", "ids differ from texts.jsonl (same ids, same order)")
for t, line in zip(texts, lines):
    r = json.loads(line)
    if any(r.get(k) != t[k] for k in ("id","published","title","text")): E(t["id"], "id/published/title/text must be copied unchanged from texts.jsonl")
for x in errs: print("ERROR", x)
print(json.dumps(stats))
print("CLEAN" if not errs else f"{len(errs)} errors")
