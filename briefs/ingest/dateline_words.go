package ingest

// particles may sit inside a place name in lower case.
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "la": true, "le": true,
	"les": true, "el": true, "al": true, "of": true, "on": true, "upon": true, "am": true, "an": true,
	"der": true, "di": true, "du": true, "en": true, "es": true, "y": true, "au": true, "aux": true, "sur": true,
}

// notPlaceWords start sentences and labels, never datelines.
var notPlaceWords = map[string]bool{
	"in": true, "on": true, "at": true, "a": true, "an": true, "and": true, "but": true, "or": true,
	"as": true, "for": true, "from": true, "by": true, "with": true, "after": true, "before": true,
	"when": true, "while": true, "if": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true,
	"note": true, "update": true, "updated": true, "summary": true, "breaking": true, "editor's": true,
	"photo": true, "q": true, "background": true, "source": true, "sources": true, "related": true,
	"warning": true, "exclusive": true, "analysis": true, "opinion": true, "comment": true, "correction": true,
	"subject": true, "re": true, "title": true, "date": true, "by-line": true, "byline": true, "author": true,
	"tags": true, "keywords": true, "category": true, "headline": true, "abstract": true, "watch": true,
	"read": true, "also": true, "however": true, "meanwhile": true, "today": true, "yesterday": true,
	"tomorrow": true, "tonight": true, "officials": true, "police": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "prime": true, "president": true, "minister": true,
	// titles that open a diary's or a schedule's heading: "Mayor Daniela Lopez - Public Schedule"
	"mayor": true, "ambassador": true, "commissioner": true, "secretary": true, "governor": true, "senator": true,
	"chancellor": true, "councillor": true, "cllr": true, "premier": true,
	// labels of notes, emails and press copy: "Venue: ...", "To: ...", "FACTBOX: ..."
	"to": true, "cc": true, "bcc": true, "sent": true, "dear": true, "attachments": true, "video": true,
	"photos": true, "live": true, "editorial": true, "alert": true, "flash": true, "urgent": true,
	"review": true, "interview": true, "explainer": true, "factbox": true, "column": true,
	// a heading's issue line: "Issued on Friday, 16 May 2025"
	"issued": true, "compiled": true, "published": true, "released": true,
	"corrected": true, "refile": true, "faq": true, "agenda": true, "attention": true, "disclaimer": true,
	"contact": true, "press": true, "highlights": true, "bottom": true, "context": true,
	"why": true, "what": true, "how": true, "who": true, "where": true, "location": true, "venue": true,
	"time": true, "participants": true, "attendees": true, "host": true, "speaker": true, "status": true,
	"priority": true, "classification": true, "notes": true, "nb": true, "ps": true, "example": true,
	"step": true, "phase": true, "part": true, "chapter": true, "section": true, "figure": true,
	"table": true, "question": true, "answer": true, "result": true, "results": true, "conclusion": true,
	"recommendation": true, "recommendations": true, "action": true, "actions": true, "next": true,
	"decision": true, "decisions": true, "outcome": true, "outcomes": true, "issue": true, "issues": true,
	"risk": true, "risks": true, "impact": true, "updates": true, "draft": true, "memo": true,
	// the labels of minutes and hearing notices: "Present: R. Amos (Chair)", "Hearing: Oversight of ..."
	"present": true, "hearing": true,
	// a government's release kinds: "Readout: Minister Anand meets Kenya's Prime Cabinet Secretary Mudavadi"
	"readout": true, "statement": true, "communique": true, "communiqué": true, "transcript": true, "announcement": true,
}
