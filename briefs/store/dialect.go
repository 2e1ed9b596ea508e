package store

import (
	"context"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// dialect holds everything that differs between the SQL databases the store
// can run on. Queries elsewhere are written once with ? placeholders.
type dialect struct {
	name string
	// migrations are the schema steps, in order; the schema version is the
	// number of steps applied.
	migrations []migration
	// dollarPlaceholders rewrites ? to $1, $2 ... (PostgreSQL).
	dollarPlaceholders bool
	// noLimit is the LIMIT argument that means "no limit".
	noLimit any
	// lockMigrations, when set, is run first in every migration transaction
	// to serialise migrations across processes.
	lockMigrations string
	// lockBriefs, when set, is run first in a transaction adding briefs.
	lockBriefs string
	// search returns the best limit briefs matching every one of terms
	// among the newest newest, as Store.SearchFor ranks them, and how many
	// of the newest newest+1 matched (see search.go).
	// columns are the columns of the briefs read (briefColumns, or
	// briefListColumns).
	search func(ctx context.Context, s *Store, terms []string, newest, limit int, columns string) ([]briefs.Brief, int, error)
	// indexSQL adds the briefs with ids in [first, second argument] to the
	// full-text index ("" when the database indexes by itself).
	indexSQL string
	// checks are statements that fail, or return a row other than "ok", when
	// the database or its indexes are damaged.
	checks []string
	// hasVersionSQL counts the schema_version tables (0 or 1).
	hasVersionSQL string
	// mergedKeywords returns what SQL makes of keywords (lower case):
	// conditions that select the merged meetings whose words hold them
	// (see keywordSQL).
	mergedKeywords func(d dialect, keywords []string) keywordSQL
	// indexMergedSQL adds the merged meetings whose ids its argument lists
	// (a JSON array) to the keyword index, and unindexMergedSQL takes out the
	// entries its argument lists (a JSON array of [id, title, said_place,
	// people, evidence] as they were indexed); "" when the database indexes
	// by itself. A re-merge runs each once at most: FTS5 writes an index
	// segment a statement, and merging those segments cost most of the
	// re-merge when they were written a few dozen keys at a time.
	indexMergedSQL, unindexMergedSQL string
	// keywordIDs makes a read look the keyword terms up first, as one
	// query, and test the ids found in the rest (SQLite always does so for
	// its MATCH); idsIn returns that test and its argument.
	keywordIDs bool
	idsIn      func(ids []int64) (cond string, arg any, err error)
	// orderIndex follows "FROM merged_meetings m" in the queries that list
	// meetings, to walk the index in list order: its entries hold the
	// dates, and row ids the keyword index's matches are tested against,
	// so only the rows listed are read. "" leaves it to the planner.
	orderIndex string
	// keywordScan, when set, is run first in the read-only transaction
	// that a merged meetings query with keyword conditions runs in, so that
	// it asks the keyword index (see readMerged).
	keywordScan []string
	// mergedStep is the schema version that adds merged_meetings: a store
	// migrated only to an earlier one (OpenAtVersion, in tests) writes
	// reports as an older briefbot did, leaving the merge to the migration.
	mergedStep int
	// spanStep is the schema version that adds the spans of merged
	// meetings (Store.spans).
	spanStep int
	// rewrites names, by schema version, the table that step rewrote,
	// to be vacuumed once migrated (Store.vacuumRewritten).
	rewrites map[int]string
}

// q returns query in the dialect's placeholder style. Queries must not hold
// a literal question mark (bind it instead).
func (d dialect) q(query string) string {
	if !d.dollarPlaceholders {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// limit returns the LIMIT argument for n, where n <= 0 means no limit.
func (d dialect) limit(n int) any {
	if n <= 0 {
		return d.noLimit
	}
	return n
}

// sqliteIndexMergedSQL and sqliteUnindexMergedSQL were SQLite's
// dialect.indexMergedSQL and unindexMergedSQL before step 23 (migrations
// 20 to 22 still use them).
const (
	sqliteIndexMergedSQL = `INSERT INTO merged_meetings_fts (rowid, title, said_place, people, evidence)
		SELECT id, title, said_place, people, evidence FROM merged_meetings
		WHERE id IN (SELECT value FROM json_each(?))`
	sqliteUnindexMergedSQL = `INSERT INTO merged_meetings_fts (merged_meetings_fts, rowid, title, said_place, people, evidence)
		SELECT 'delete', value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?)`
)

// sqliteFoldStep is the schema version from which SQLite's keyword index
// of /meetings holds folded text (sqliteIndexFoldedSQL).
const sqliteFoldStep = 23

// sqliteFolded is the expression the keyword index of /meetings is given
// for column expression e since step 23: e with trigramFolds put in.
// Changing trigramFolds needs a migration that makes the view
// merged_meetings_folded again and rebuilds the index.
func sqliteFolded(e string) string { return replaceSQL(e, trigramFolds) }

// sqliteIndexFoldedSQL and sqliteUnindexFoldedSQL are SQLite's
// dialect.indexMergedSQL and unindexMergedSQL: they index the folded text
// (merged_meetings_folded) and take it out again.
func sqliteIndexFoldedSQL() string {
	return `INSERT INTO merged_meetings_fts (rowid, title, said_place, people, evidence)
		SELECT id, title, said_place, people, evidence FROM merged_meetings_folded
		WHERE id IN (SELECT value FROM json_each(?))`
}

func sqliteUnindexFoldedSQL() string {
	return `INSERT INTO merged_meetings_fts (merged_meetings_fts, rowid, title, said_place, people, evidence)
		SELECT 'delete', value ->> 0, ` + sqliteFolded(`value ->> 1`) + `, ` + sqliteFolded(`value ->> 2`) + `, ` +
		sqliteFolded(`value ->> 3`) + `, ` + sqliteFolded(`value ->> 4`) + ` FROM json_each(?)`
}

func sqliteDialect() dialect {
	return dialect{
		name:       "sqlite",
		migrations: sqliteMigrations,
		noLimit:    -1,
		search:     sqliteSearch,
		indexSQL: `INSERT INTO briefs_fts (rowid, title, body, summary)
			SELECT id, title, body, summary FROM briefs WHERE id BETWEEN ? AND ?`,
		checks: []string{
			`PRAGMA quick_check`,
			`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('integrity-check', 1)`,
			`INSERT INTO merged_meetings_fts (merged_meetings_fts, rank) VALUES ('integrity-check', 1)`,
		},
		hasVersionSQL:    `SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'`,
		mergedKeywords:   sqliteMergedKeywords,
		mergedStep:       18,
		spanStep:         20,
		idsIn:            sqliteIDsIn,
		indexMergedSQL:   sqliteIndexFoldedSQL(),
		unindexMergedSQL: sqliteUnindexFoldedSQL(),
		// SQLite's planner would rather read every keyword match and sort
		// them (450 rows for "summit" at a million briefs, 1.5 times the
		// time of the walk).
		orderIndex: ` INDEXED BY merged_meetings_order`,
	}
}

// fts5Query quotes every term as an FTS5 phrase, doubling embedded double
// quotes, so user text can never be read as FTS5 syntax (AND, OR, NEAR, *, ^,
// column filters): `"india" "russia"` matches both words in any order.
func fts5Query(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	return strings.Join(parts, " ")
}

// maxSearchTerms bounds how many words of a query are searched for.
const maxSearchTerms = 32

// searchTerms splits a user query into words at spaces, invalid UTF-8 and control
// characters (FTS5 cannot parse a NUL), dropping those without a letter
// or digit (they match no token), and reports whether any remain.
func searchTerms(query string) []string {
	var terms []string
	sep := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }
	// Invalid UTF-8 separates words too (PostgreSQL rejects it).
	for _, f := range strings.FieldsFunc(strings.ToValidUTF8(query, " "), sep) {
		if !strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
			continue
		}
		terms = append(terms, f)
		if len(terms) == maxSearchTerms {
			break
		}
	}
	return terms
}
