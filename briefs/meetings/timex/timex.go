// Package timex finds temporal expressions in English news text and resolves
// them to TimeML values against the story's reference date.
package timex

// Type is the TimeML type of an expression.
type Type string

// TimeML expression types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	Start, End int    // rune offsets into the text
	Text       string // the text between Start and End
	Type       Type
	// Value is TimeML's normalised value: "2025-12-04", "2025-12-04T15:00",
	// "2025-12", "2025-W49", "2025", "P2D", "PRESENT_REF", ...
	Value string
	// EndValue is the last day of a range such as "October 28-29, 2025"
	// (Value is then the first day); empty otherwise. TimeML marks "March 3
	// to 5" and "June 1 and 3" as two expressions: the first ("March 3")
	// carries the whole range in Value..EndValue, the second ("5") its own
	// day. Month ranges ("Jan-Sept 1987") carry the last month.
	EndValue string
	// Tense is the tense of the expression's clause as the tense cues
	// around it read it (timex.WordTense): -1 past, +1 future, 0 unknown.
	Tense int
}
