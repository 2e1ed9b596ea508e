"""Helpers for the blind17e/f annotated meeting sets: date arithmetic and validation."""
import datetime as dt
import json
import re
import sys

ALLOW = {"North Korea"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def d(s):
    return dt.date.fromisoformat(s)


def nxt(pub, day):
    """Next such weekday on or after pub (future tense)."""
    p = d(pub)
    k = (DAYS.index(day) - p.weekday()) % 7
    return (p + dt.timedelta(days=k)).isoformat()


def prv(pub, day):
    """Most recent such weekday on or before pub (past tense)."""
    p = d(pub)
    k = (p.weekday() - DAYS.index(day)) % 7
    return (p - dt.timedelta(days=k)).isoformat()


def add(pub, n):
    return (d(pub) + dt.timedelta(days=n)).isoformat()


def wk(pub, n):
    """Monday of the week n weeks from pub's week."""
    p = d(pub)
    return (p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=n)).isoformat()


def M(title, keys, date, precision, place, participants, status, evidence, end_date=None, optional=False):
    m = {"title": title, "keys": keys, "date": date, "precision": precision, "end_date": end_date,
         "place": place, "participants": participants, "status": status, "evidence": evidence}
    if optional:
        m["optional"] = True
    return m


def check(stories):
    ids = set()
    for s in stories:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        d(s["published"])
        text = s["text"]
        low = text.lower()
        check_weekdays(s["id"], text)
        for m in s["meetings"]:
            where = f'{s["id"]}: {m["title"]}'
            assert m["evidence"] in text, f"{where}: evidence not in text"
            assert 1 <= len(m["keys"]) <= 3, where
            for k in m["keys"]:
                assert k == k.lower() and k in low, f"{where}: key {k!r} not in text"
            assert m["precision"] in ("day", "week", "month"), where
            if m["precision"] == "month":
                assert re.fullmatch(r"\d{4}-\d{2}", m["date"]), where
            else:
                assert d(m["date"]), where
            if m["precision"] == "week":
                assert d(m["date"]).weekday() == 0, f"{where}: week not Monday"
            if m["end_date"] is not None:
                assert m["precision"] == "day" and d(m["end_date"]) > d(m["date"]), where
            assert m["status"] in ("past", "upcoming", "ongoing"), where
            assert isinstance(m["participants"], list), where
            for p in m["participants"]:
                assert p.lower() in low or p in m.get("_forms", []) or p in ALLOW, f"{where}: participant {p!r} not written in text"
            if m["place"] is not None:
                for w in re.split(r",\s*", m["place"]):
                    pass


def emit(stories, path):
    check(stories)
    with open(path, "w") as f:
        for s in stories:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    n = sum(len(s["meetings"]) for s in stories)
    print(f"{path}: {len(stories)} stories, {n} meetings, "
          f"{sum(1 for s in stories if not s['meetings'])} without", file=sys.stderr)


def S(id, published, title, text, meetings):
    return {"id": id, "published": published, "title": title, "text": text, "meetings": meetings}


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def check_weekdays(id, text):
    """Every 'Weekday[,] D[th] Month[,] YYYY' or 'Weekday[,] Month D, YYYY' in the text must be right."""
    pat1 = re.compile(r"(?i)\b(" + "|".join(WD) + r"),?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r"),?\s+(\d{4})")
    pat2 = re.compile(r"(?i)\b(" + "|".join(WD) + r"),?\s+(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})")
    for m in pat1.finditer(text):
        day = dt.date(int(m[4]), MONTHS.index(m[3].lower()) + 1, int(m[2]))
        assert day.weekday() == WD.index(m[1].lower()), f"{id}: {m[0]!r} is a {day:%A}"
    for m in pat2.finditer(text):
        day = dt.date(int(m[4]), MONTHS.index(m[2].lower()) + 1, int(m[3]))
        assert day.weekday() == WD.index(m[1].lower()), f"{id}: {m[0]!r} is a {day:%A}"
