package summary

import "testing"

func TestStem(t *testing.T) {
	// Stems as NLTK's PorterStemmer gives them (the examples in Porter's
	// paper and NLTK's documentation).
	tests := map[string]string{
		"running": "run", "caresses": "caress", "ponies": "poni", "ties": "tie",
		"caress": "caress", "cats": "cat", "feed": "feed", "agreed": "agre",
		"plastered": "plaster", "motoring": "motor", "sing": "sing", "conflated": "conflat",
		"troubled": "troubl", "sized": "size", "hopping": "hop", "tanned": "tan",
		"falling": "fall", "hissing": "hiss", "fizzed": "fizz", "failing": "fail",
		"filing": "file", "happy": "happi", "sky": "sky", "relational": "relat",
		"conditional": "condit", "rational": "ration", "valency": "valenc",
		"digitizer": "digit", "conformably": "conform", "radically": "radic",
		"differently": "differ", "vilely": "vile", "analogously": "analog",
		"vietnamization": "vietnam", "predication": "predic", "operator": "oper",
		"feudalism": "feudal", "decisiveness": "decis", "hopefulness": "hope",
		"callousness": "callous", "formality": "formal", "sensitivity": "sensit",
		"sensibility": "sensibl", "triplicate": "triplic", "formative": "form",
		"formalize": "formal", "electricity": "electr", "electrical": "electr",
		"hopeful": "hope", "goodness": "good", "revival": "reviv", "allowance": "allow",
		"inference": "infer", "airliner": "airlin", "adjustable": "adjust",
		"defensible": "defens", "irritant": "irrit", "replacement": "replac",
		"adjustment": "adjust", "dependent": "depend", "adoption": "adopt",
		"homologou": "homolog", "communism": "commun", "activate": "activ",
		"angulariti": "angular", "homologous": "homolog", "effective": "effect",
		"bowdlerize": "bowdler", "probate": "probat", "rate": "rate", "cease": "ceas",
		"controll": "control", "roll": "roll", "generously": "gener",
		"generous": "gener", "dying": "die", "news": "news", "enjoy": "enjoy",
		"spied": "spi", "died": "die", "flies": "fli", "archaeology": "archaeolog",
		"geology": "geolog", "hopefully": "hope", "meetings": "meet", "government": "govern",
		"minister": "minist", "ministers": "minist", "said": "said", "years": "year",
	}
	for in, want := range tests {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}
