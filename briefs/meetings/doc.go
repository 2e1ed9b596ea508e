// Package meetings finds the meetings a brief mentions (who meets, when,
// where, with whom), scores the extractor against annotated stories and
// writes an iCalendar feed of them.
//
// Extraction is rule-based and deterministic and works from one reading of
// the text (briefs/analysis/reading). Each sentence is tokenised; its dates
// are the reading's timex expressions, with the meeting judgement on top
// (fromtimex.go): a weekday or a month-day takes the tense of its own
// clause (tense decides the direction of "Tuesday" or "March
// 16"); meeting heads are found from lexicons of meeting nouns ("meeting",
// "talks", "summit", "session" of a body, "hearings" of a committee) and
// verbs ("met", "will meet"), minus cancelled, habitual, hypothetical,
// sports and market uses. Each head takes the nearest date of its sentence
// (record dates, deadlines and the dates of reporting verbs count less);
// mentions of one meeting ("the meeting", "their talks", the same name)
// are merged; the place comes from "in X", "at the X Centre", "here" (the
// dateline city) or the meeting's name ("the Venice summit"); participants
// are the capitalised names around the mentions less places and speakers.
// Conditional meetings ("If ministers agree, negotiations could start in
// January") are dropped. Titles name the body or the sides ("UN Security
// Council emergency meeting", "U.S.-Japan talks") and stay under 80
// characters, using an acronym the text gives ("22nd IRIGC-M&MTC
// ministerial meeting"). A date takes the tense of its own clause.
//
// The reading (package briefs/analysis/reading) gives the dateline and
// where the story starts, the reference day, the sentences and the timex
// expressions listed in Result.Dates (TimeML values). Tense cues come from
// one lexicon, timex.WordTense. Every field of a meeting names the rule
// that decided it (rules.go; `briefbot extract -explain`).
package meetings
