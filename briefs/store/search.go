package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefs"
	"github.com/jackc/pgx/v5"
)

// maxQueryBytes bounds a search query.
const maxQueryBytes = 1024

// SearchNewest is how many of the newest matches a search ranks by
// default. Ranking costs about 1 µs of CPU a match on SQLite, on top of
// ~0.4 ms a search, so 200 keeps a search of a common word within about
// twice a reply that reads nothing; at 5,000 briefs a day that is the last
// few hours for a word in a quarter of the briefs ("government"), a week
// or more for a rarer one ("opec").
const SearchNewest = 200

// SearchQuery selects briefs by the words they contain.
type SearchQuery struct {
	// Words are matched as Search describes.
	Words string
	// Limit caps the briefs returned (<= 0: every ranked match).
	Limit int
	// Newest is how many of the newest matches are ranked (<= 0:
	// SearchNewest).
	Newest int
	// NoBody leaves the briefs' Body empty, for a list of results that
	// shows titles and summaries: reading a body is most of reading a
	// brief.
	NoBody bool
}

// SearchResult is what a search found.
type SearchResult struct {
	// Briefs are the best ranked matches, best first, without their
	// meetings (Brief has them).
	Briefs []briefs.Brief
	// Ranked is how many matches were ranked: every match, or the newest
	// SearchQuery.Newest of them when Older.
	Ranked int
	// Older reports that older matches exist that were not ranked.
	Older bool
}

// Search returns up to limit briefs (limit <= 0: all it ranks) as SearchFor
// ranks the newest max(SearchNewest, limit) matches, each with its meetings.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]briefs.Brief, error) {
	r, err := s.SearchFor(ctx, SearchQuery{Words: query, Limit: limit, Newest: max(SearchNewest, limit)})
	if err != nil {
		return nil, err
	}
	if err := s.attachMeetings(ctx, r.Briefs); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return r.Briefs, nil
}

// SearchFor returns briefs containing every word of q.Words in the title,
// body or summary. It ranks only the newest q.Newest matches (newest by id,
// that is in the order the store received them), on both backends alike:
// first the briefs whose title holds every word, then those whose summary
// does, then the rest; equally ranked ones most recently stored first.
// Older matches are left out, and Older says so. So the cost of a search
// does not grow with the store or with how common its words are. Words are
// matched as literal text after stemming ("meetings" finds "meeting"); no
// query syntax is interpreted, so any input is safe. A query with no
// letters or digits returns no briefs; words past the 32nd are ignored.
func (s *Store) SearchFor(ctx context.Context, q SearchQuery) (SearchResult, error) {
	if len(q.Words) > maxQueryBytes {
		return SearchResult{}, fmt.Errorf("store: search: query is %d bytes, more than %d", len(q.Words), maxQueryBytes)
	}
	terms := searchTerms(q.Words)
	if len(terms) == 0 {
		return SearchResult{}, nil
	}
	newest := q.Newest
	if newest <= 0 {
		newest = SearchNewest
	}
	columns := briefColumns
	if q.NoBody {
		columns = briefListColumns
	}
	bs, matched, err := s.d.search(ctx, s, terms, newest, q.Limit, columns)
	if err != nil {
		return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Words, err)
	}
	return SearchResult{Briefs: bs, Ranked: min(matched, newest), Older: matched > newest}, nil
}

// countedBriefs runs a search query whose rows are briefColumns followed by
// the count of matches, and returns the briefs and the count.
func (s *Store) countedBriefs(ctx context.Context, query string, args ...any) (bs []briefs.Brief, matched int, err error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		b, err := scanBrief(countedRow{rows, &matched})
		if err != nil {
			return nil, 0, err
		}
		bs = append(bs, b)
	}
	return bs, matched, rows.Err()
}

// countedRow scans a row of briefColumns followed by the count of matches.
type countedRow struct {
	rows    *sql.Rows
	matched *int
}

func (r countedRow) Scan(dest ...any) error { return r.rows.Scan(append(dest, r.matched)...) }

// Ranking: a brief whose title holds every word of the query scores
// titleScore, one whose summary does summaryScore, both add up (every match
// holds them all somewhere); the higher score ranks first, then the more
// recently stored brief. The title names what a brief is about and the
// summary holds its central sentences, so this puts the briefs about the
// words above those that mention them in passing, with nothing more than
// the full-text index: no statistics over every match, as bm25 (whose IDF
// reads every match of every word) or ts_rank over all of them would need.
const (
	titleScore   = 2
	summaryScore = 1
)

// postgresSearch ranks the newest newest+1 matches by id but for the
// oldest, as sqliteSearch does. Each word is its own parameter, made a
// phrase by phraseto_tsquery (which reads no syntax), so that the planner
// sees the whole query and chooses between the GIN index and a walk back
// along the ids. Each row is a brief (briefColumns) and the count of the
// newest newest+1 matches. The title (or summary) holds every word when the stored
// search vector matches the query with each lexeme restricted to weight A
// (or B), as the migration weights them: far cheaper than making the
// column's tsvector again.
func postgresSearch(ctx context.Context, s *Store, terms []string, newest, limit int, columns string) ([]briefs.Brief, int, error) {
	args := []any{newest, nil}
	if limit > 0 {
		args[1] = limit
	}
	var phrases []string
	for _, t := range terms {
		args = append(args, t)
		phrases = append(phrases, fmt.Sprintf(`phraseto_tsquery('briefbot', $%d::text)`, len(args)))
	}
	q := `(` + strings.Join(phrases, ` && `) + `)`
	// weighted appends :W to every quoted lexeme of the query's text form.
	weighted := func(w string) string {
		return `regexp_replace(` + q + `::text, '''([^'']|'''')*''', '\&:` + w + `', 'g')::tsquery`
	}
	query := fmt.Sprintf(`WITH recent AS MATERIALIZED (
			SELECT b.id FROM briefs b WHERE b.search @@ %s ORDER BY b.id DESC LIMIT $1 + 1),
		ranked AS MATERIALIZED (SELECT id FROM recent ORDER BY id DESC LIMIT $1)
		SELECT `+columns+`, (SELECT count(*) FROM recent) FROM ranked JOIN briefs b ON b.id = ranked.id
		ORDER BY %d * (b.search @@ %s)::int + %d * (b.search @@ %s)::int DESC, b.id DESC
		LIMIT $2`, q, titleScore, weighted("A"), summaryScore, weighted("B"))
	// Planned for its words each time (an unnamed statement): a plan
	// kept for any words (PostgreSQL's generic plan, which it takes after
	// five runs of a prepared statement) reads every match through the GIN
	// index, 23,553 briefs for "government" at 100,000 (over 400 ms), where
	// walking back along the ids reads 874 (5 ms).
	return s.countedBriefs(ctx, query, append([]any{pgx.QueryExecModeExec}, args...)...)
}

// query runs query, on SQLite through a prepared statement kept for the
// next time when keep is set (PostgreSQL's driver keeps its own).
func (s *Store) query(ctx context.Context, keep bool, query string, args ...any) (*sql.Rows, error) {
	if !keep || s.d.name != "sqlite" {
		return s.db.QueryContext(ctx, query, args...)
	}
	st, err := s.stmts.prepared(ctx, s.db, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}
