"""Helpers shared by the fresh sets' build scripts (fresh41b.py, fresh42.py):
dates resolved from the published day, a meeting's record, and the checks
and the write every set's file passes through."""
import datetime, json, os, re

WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

def P(s):
    return datetime.date.fromisoformat(s)

def iso(d):
    return d.isoformat()

def rel(pub, n):                      # today / tomorrow / yesterday
    return iso(P(pub) + datetime.timedelta(days=n))

def wd(pub, name, tense):             # bare weekday
    p, n = P(pub), WD.index(name.lower())
    if tense == "future":
        return iso(p + datetime.timedelta(days=(n - p.weekday()) % 7))
    return iso(p - datetime.timedelta(days=(p.weekday() - n) % 7))

def md(pub, m, d, tense):             # month-day without year
    p = P(pub)
    cands = [datetime.date(y, m, d) for y in (p.year - 1, p.year, p.year + 1)]
    if tense == "future":
        return iso(min(c for c in cands if c >= p))
    return iso(max(c for c in cands if c <= p))

def week(pub, k):                     # Monday of this week + k weeks
    p = P(pub)
    return iso(p - datetime.timedelta(days=p.weekday()) + datetime.timedelta(weeks=k))

def month(pub, k):                    # this month + k
    p = P(pub)
    y, m = divmod(p.year * 12 + (p.month - 1) + k, 12)
    return "%04d-%02d" % (y, m + 1)

def mname(pub, m, tense):             # "in June" without year
    p = P(pub)
    y = p.year
    if tense == "future" and m < p.month:
        y += 1
    if tense == "past" and m > p.month:
        y -= 1
    return "%04d-%02d" % (y, m)

def M(title, keys, date, prec, place, parts, status, ev, end=None, optional=False):
    d = {"title": title, "keys": keys, "date": date, "precision": prec, "end_date": end,
         "place": place, "participants": parts, "status": status, "evidence": ev}
    if optional:
        d["optional"] = True
    return d


class Set:
    """One fresh set: its documents, ids prefix-01 ... , written to name.jsonl."""

    def __init__(self, prefix):
        self.prefix, self.docs = prefix, []

    def doc(self, i, pub, title, text, meetings):
        self.docs.append({"id": "%s-%02d" % (self.prefix, i), "published": pub, "title": title,
                          "text": text.strip(), "meetings": meetings})

    def finish(self, count, name, min_words, nation=None, dateline=True):
        """Checks every document (dateline against the published day, evidence
        verbatim, keys in the text, week dates on Mondays, status against the
        dates, places and participants in the text; a participant may be a
        country nation names by its adjective) and writes name."""
        nation = nation or {}
        DOCS = self.docs
        MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
        assert len(DOCS) == count
        for k, d in enumerate(DOCS, 1):
            assert d["id"] == "%s-%02d" % (self.prefix, k)
            t, low = d["text"], d["text"].lower()
            p = P(d["published"])
            if dateline:  # a notice (dateline=False) has none
                m = re.match(r"^[A-Z][A-Za-z .\-]*(, [A-Za-z .]+)*, ([A-Za-z]+) (\d+) \(([A-Za-z]+)\) - ", t)
                assert m, d["id"]
                assert MONTHS.index(m.group(2)) + 1 == p.month and int(m.group(3)) == p.day, d["id"]
            n = len(re.findall(r"\S+", t))
            assert min_words <= n <= 350, (d["id"], n)
            req = [x for x in d["meetings"] if not x.get("optional")]
            assert 2 <= len(req) <= 6, (d["id"], len(req))
            for x in d["meetings"]:
                assert x["evidence"] in t, (d["id"], x["title"])
                assert 1 <= len(x["keys"]) <= 3
                for key in x["keys"]:
                    assert key == key.lower() and key in low, (d["id"], key)
                assert x["precision"] in ("day", "week", "month")
                if x["precision"] == "week":
                    assert P(x["date"]).weekday() == 0
                if x["precision"] == "month":
                    assert re.fullmatch(r"\d{4}-\d{2}", x["date"])
                else:
                    P(x["date"])
                if x["end_date"]:
                    assert P(x["end_date"]) > P(x["date"])
                # status consistency
                if x["precision"] == "day":
                    s, e = P(x["date"]), P(x["end_date"] or x["date"])
                    exp = "past" if e < p else ("upcoming" if s > p else None)
                    if exp:
                        assert x["status"] == exp, (d["id"], x["title"])
                    else:
                        assert x["status"] in ("ongoing", "upcoming"), (d["id"], x["title"])
                if x["place"]:
                    assert any(w.lower() in low for w in re.split(r"[ ,]+", x["place"]) if len(w) >= 3), (d["id"], x["place"])
                for part in x["participants"]:
                    assert part in t or part.lower() in low or part in nation and nation[part] in t, (d["id"], part)  # a shouted heading names it in capitals
            print(d["id"], d["published"], P(d["published"]).strftime("%a"), n, "words,",
                  len(req), "req +", len(d["meetings"]) - len(req), "opt")

        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
        with open(out, "w", encoding="utf-8") as f:
            for d in DOCS:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote", out)
