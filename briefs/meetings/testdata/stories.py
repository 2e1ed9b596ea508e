"""Helpers shared by the unseen17*.py scripts that write the fresh meeting test sets:
weekday and week arithmetic from a publication date, one annotated meeting (M), one story
(doc, which checks each meeting's evidence is in the text) and write(), which saves the
stories as JSONL to the path given on the command line."""
import json, datetime as D
def wd(pub, name, direction):
    t=D.date.fromisoformat(pub); names=['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
    k=names.index(name)
    for i in range(0,8):
        x = t + D.timedelta(days=i*direction)
        if x.weekday()==k: return x.isoformat()
def monday(pub, weeks):
    t=D.date.fromisoformat(pub); m=t-D.timedelta(days=t.weekday()); return (m+D.timedelta(weeks=weeks)).isoformat()
def add(pub,n): return (D.date.fromisoformat(pub)+D.timedelta(days=n)).isoformat()
def M(title, keys, date, prec, place, parts, status, ev, end=None):
    return dict(title=title, keys=keys, date=date, precision=prec, end_date=end, place=place, participants=parts, status=status, evidence=ev)
docs=[]
def doc(id, pub, title, text, meetings):
    for m in meetings:
        assert m['evidence'] in text, (id, m['evidence'])
    docs.append(dict(id=id, published=pub, title=title, text=text, meetings=meetings))

def write():
    import sys
    with open(sys.argv[1],'w') as f:
        for d in docs: f.write(json.dumps(d)+"\n")
    print(len(docs))
