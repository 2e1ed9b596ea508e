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
	// reindexMergedSQL makes the keyword index changes of a re-merge in
	// one statement: it takes out the entries its first argument lists (a
	// JSON array of [id, title, said_place, people, evidence] as they were
	// indexed) and adds the merged meetings whose ids its second lists (a
	// JSON array); "" when the database indexes by itself. FTS5 writes an
	// index segment a statement, and another within one whenever a row id
	// is not above the last one written (unless the last was that row's
	// delete), so the statement makes its changes in row id order, each
	// row's delete before its insert: one segment a re-merge. Deletes in
	// the order rows were dropped, then inserts, wrote about 13 segments
	// a batch of ingest (1,053 for 20,000 briefs, against 79 now), each
	// merged again and again later.
	reindexMergedSQL string
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

// sqliteReindexMergedSQL was SQLite's dialect.reindexMergedSQL before step
// 23 (migrations 20 to 22 still use it): it indexes the text as it is.
var sqliteReindexMergedSQL = sqliteReindexSQL(`merged_meetings`, func(e string) string { return e })

// sqliteFoldStep is the schema version from which SQLite's keyword index
// of /meetings holds folded text (sqliteReindexFoldedSQL).
const sqliteFoldStep = 23

// sqliteFolded is the expression the keyword index of /meetings is given
// for column expression e since step 23: e with trigramFolds put in.
// Changing trigramFolds needs a migration that makes the view
// merged_meetings_folded again and rebuilds the index.
func sqliteFolded(e string) string { return replaceSQL(e, trigramFolds) }

// sqliteReindexFoldedSQL is SQLite's dialect.reindexMergedSQL: it indexes
// the folded text (merged_meetings_folded) and takes it out again.
func sqliteReindexFoldedSQL() string { return sqliteReindexSQL(`merged_meetings_folded`, sqliteFolded) }

// sqliteReindexSQL returns a dialect.reindexMergedSQL that indexes the
// columns of the table or view from, and takes out entries as fold
// (applied to each column expression) makes them.
func sqliteReindexSQL(from string, fold func(string) string) string {
	return `INSERT INTO merged_meetings_fts (merged_meetings_fts, rowid, title, said_place, people, evidence)
		SELECT cmd, id, title, said_place, people, evidence FROM (
			SELECT 'delete' AS cmd, value ->> 0 AS id, 0 AS step, ` + fold(`value ->> 1`) + ` AS title, ` +
		fold(`value ->> 2`) + ` AS said_place, ` + fold(`value ->> 3`) + ` AS people, ` +
		fold(`value ->> 4`) + ` AS evidence FROM json_each(?1)
			UNION ALL
			SELECT NULL, id, 1, title, said_place, people, evidence FROM ` + from + `
			WHERE id IN (SELECT value FROM json_each(?2)))
		ORDER BY id, step`
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
		reindexMergedSQL: sqliteReindexFoldedSQL(),
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
