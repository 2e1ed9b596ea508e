# freshset: what the fresh*.py set writers share. M is one annotated meeting in
# the eval format (eval/README.md in ../shared); docset(prefix) gives D,
# which adds a story after checking every meeting's evidence is in its text,
# and write, which writes the set beside the script as .jsonl; line(t, k) is
# the line of t that holds k.
import json

def M(title,keys,date,place,parts,status,ev,prec="day",end=None,opt=False):
    m=dict(title=title,keys=keys,date=str(date),precision=prec,end_date=str(end) if end else None,place=place,participants=parts,status=status,evidence=ev)
    if opt: m["optional"]=True
    return m

def docset(prefix):
    docs=[]
    def D(i,pub,text,ms):
        for m in ms: assert m["evidence"] in text, (i, m["evidence"])
        docs.append(dict(id="%s-%02d"%(prefix,i),published=pub,title="",text=text,meetings=ms))
    def write(script):
        with open(script.replace(".py",".jsonl"),"w") as f:
            for d in docs: f.write(json.dumps(d)+"\n")
    return D, write

def line(t,k): return next(l for l in t.split("\n") if k in l)
