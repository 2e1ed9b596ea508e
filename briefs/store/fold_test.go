package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFoldCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Summit", "summit"},
		{"\u0130stanbul", "istanbul"}, // İ
		{"ISTANBUL", "istanbul"},
		{"\u212Aelvin", "kelvin"}, // Kelvin sign
		{"Pi\u017Fa", "pisa"},     // long s
		{"ΣΊΣΥΦΟΣ", "σίσυφοσ"},    // final sigma folds with sigma
		{"σίσυφος", "σίσυφοσ"},
		{"Straße", "straße"},   // simple folding: one letter for one
		{"\u00B5m", "\u03BCm"}, // the micro sign folds with mu
		{"\u039Cm", "\u03BCm"},
		{"D\u0131yarbak\u0131r", "d\u0131yarbak\u0131r"}, // dotless ı is its own letter
		{"Zürich", "zürich"},
		{"БЕЛОУСОВ", "белоусов"},
		{"", ""},
	} {
		if got := foldCase(tc.in); got != tc.want {
			t.Errorf("foldCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldRuneOrbits: letters that fold together (unicode.SimpleFold) fold
// to the same letter, so keywords match whatever case either side is in.
func TestFoldRuneOrbits(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for m := unicode.SimpleFold(r); m != r; m = unicode.SimpleFold(m) {
			if foldRune(m) != foldRune(r) {
				t.Errorf("%U %c folds to %c, %U %c to %c", r, r, foldRune(r), m, m, foldRune(m))
			}
		}
	}
}

// TestASCIIFolds: asciiFolds holds exactly the letters outside ASCII that
// foldCase makes ASCII, so that an ASCII-only fold (SQLite's LIKE,
// PostgreSQL's lower in the C collation) after them finds what Go finds.
func TestASCIIFolds(t *testing.T) {
	var got []string
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if f := foldRune(r); f < utf8.RuneSelf {
			got = append(got, fmt.Sprintf("%c->%c", r, f))
		}
	}
	var want []string
	for _, p := range asciiFolds {
		want = append(want, p[0]+"->"+p[1])
	}
	if !slices.Equal(got, want) {
		t.Errorf("letters that fold to ASCII: %q, asciiFolds: %q", got, want)
	}
}

// TestTrigramFolding checks the keyword index's folding against foldCase,
// letter by letter, for every letter with a case: a text holding the
// letter, given the index as the store gives it (trigramFolds put in), is
// found by a keyword holding its folded form whenever trigramSafe lets
// that keyword use the index, and such a keyword finds no text whose
// letter folds otherwise.
func TestTrigramFolding(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'trigram')`); err != nil {
		t.Fatal(err)
	}
	var letters []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.SimpleFold(r) != r || foldRune(r) != r {
			letters = append(letters, r)
		}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range letters {
		// Indexed as the store indexes it: through the same SQL.
		if _, err := tx.ExecContext(ctx, `INSERT INTO t (rowid, x) VALUES (?, `+sqliteFolded(`?`)+`)`, int64(r), "a"+string(r)+"b"); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range letters {
		k := "a" + foldCase(string(r)) + "b"
		if !trigramPhrase(k) {
			continue
		}
		checked++
		rows, err := db.QueryContext(ctx, `SELECT rowid FROM t WHERE t MATCH ?`, `"`+k+`"`)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			found = found || id == int64(r)
			if other := rune(id); foldRune(other) != foldRune(r) {
				t.Errorf("keyword %q finds %U %c, which folds to %c", k, other, other, foldRune(other))
			}
		}
		rows.Close()
		if !found {
			t.Errorf("keyword %q does not find %U %c in the index", k, r, r)
		}
	}
	if checked < 300 {
		t.Errorf("only %d letters checked", checked)
	}
	if strings.Contains(sqliteFolded("x"), "''") {
		t.Errorf("trigramFolds makes bad SQL: %s", sqliteFolded("x"))
	}
}
