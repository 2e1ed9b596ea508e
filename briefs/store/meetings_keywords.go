package store

import (
	"strings"
	"unicode/utf8"
)

// Keywords of /meetings are case-insensitive substrings of a meeting's
// title, place, participants or evidence; the SQL conditions here select the
// candidate reports and Go checks the merged meeting exactly
// (meetingFilter.match). The store stores participants as JSON, so a keyword
// with a character JSON escapes cannot be found in the stored text; such
// keywords, and those the index cannot fold as Go does, are not tested in
// SQL.

// jsonEscaped reports whether encoding/json may write r escaped.
func jsonEscaped(r rune) bool {
	return r < 0x20 || r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r == 0x2028 || r == 0x2029 ||
		r == utf8.RuneError
}

// trigramSafe reports whether SQLite's trigram tokenizer folds r's case as
// strings.ToLower does: ASCII, Latin-1 letters, Latin Extended-A, Greek and
// Cyrillic, less the letters whose case mapping is irregular (dotted and
// dotless i, long s, sigma, micro sign).
func trigramSafe(r rune) bool {
	switch r {
	case 0x130, 0x131, 0x17F, 0x3A3, 0x3C2, 0x3C3, 0xB5:
		return false
	}
	return r < 0x80 && !jsonEscaped(r) ||
		r >= 0xC0 && r < 0x180 ||
		r >= 0x391 && r < 0x3CF ||
		r >= 0x400 && r < 0x460
}

// A merged meeting may take its words from several reports of its date
// (each names some participants), so a report is a candidate when it holds
// any of the keywords; when one keyword cannot be tested in SQL, every report
// is.

// sqliteMeetingKeywords tests the keywords of at least 3 characters that
// the trigram index folds as Go does, each as a quoted FTS5 phrase (user
// text is never read as FTS5 syntax), in one MATCH of meetings_fts, and
// shorter printable-ASCII keywords with LIKE.
func sqliteMeetingKeywords(d dialect, keywords []string) (conds []string, args []any) {
	var phrases, ors []string
	for _, k := range keywords {
		switch {
		case trigramPhrase(k):
			phrases = append(phrases, `"`+strings.ReplaceAll(k, `"`, `""`)+`"`)
		case asciiSafe(k):
			c, a := likeKeyword(d, k, `m.title`, `m.place`, `m.participants`, `m.evidence`)
			ors, args = append(ors, c), append(args, a...)
		default:
			return nil, nil
		}
	}
	if len(phrases) > 0 {
		ors = append(ors, `m.id IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)`)
		args = append(args, strings.Join(phrases, " OR "))
	}
	if len(ors) == 0 {
		return nil, nil
	}
	return []string{`(` + strings.Join(ors, ` OR `) + `)`}, args
}

// trigramPhrase reports whether keyword k is tested in SQLite's trigram
// index: at least 3 characters it folds as Go does.
func trigramPhrase(k string) bool {
	return utf8.RuneCountInString(k) >= 3 && !strings.ContainsFunc(k, func(r rune) bool { return !trigramSafe(r) })
}

// sqliteKeywordMatch returns the MATCH of meetings_fts that selects every
// candidate report of keywords, when the trigram index tests them all.
func sqliteKeywordMatch(keywords []string) (match string, ok bool) {
	var phrases []string
	for _, k := range keywords {
		if !trigramPhrase(k) {
			return "", false
		}
		phrases = append(phrases, `"`+strings.ReplaceAll(k, `"`, `""`)+`"`)
	}
	return strings.Join(phrases, " OR "), len(phrases) > 0
}

// postgresMeetingKeywords tests each printable-ASCII keyword with ILIKE on
// meetingText, which the trigram index meetings_text answers.
func postgresMeetingKeywords(d dialect, keywords []string) (conds []string, args []any) {
	var ors []string
	for _, k := range keywords {
		if !asciiSafe(k) {
			return nil, nil
		}
		c, a := likeKeyword(d, k, meetingText("m."))
		ors, args = append(ors, c), append(args, a...)
	}
	if len(ors) == 0 {
		return nil, nil
	}
	return []string{`(` + strings.Join(ors, ` OR `) + `)`}, args
}

// likeKeyword returns the condition that one of exprs contains keyword k
// (case-insensitively for ASCII), with LIKE's wildcards in k escaped.
func likeKeyword(d dialect, k string, exprs ...string) (string, []any) {
	pat := "%" + likeEscaper.Replace(k) + "%"
	var ors []string
	var args []any
	for _, e := range exprs {
		ors = append(ors, e+` `+d.likeCI+` ? ESCAPE '\'`)
		args = append(args, pat)
	}
	return strings.Join(ors, ` OR `), args
}

// likeEscaper escapes LIKE's wildcards and its escape character.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// asciiSafe reports whether k is non-empty printable ASCII that JSON does
// not escape, so that an ASCII-folding ILIKE finds it wherever Go does.
func asciiSafe(k string) bool {
	return k != "" && !strings.ContainsFunc(k, func(r rune) bool { return r >= 0x7F || jsonEscaped(r) })
}
