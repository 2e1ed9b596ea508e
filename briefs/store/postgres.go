package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// pgMaxOpenConns bounds a replica's connections to a PostgreSQL server, which
// serves concurrent writers, so more connections than SQLite's help.
const pgMaxOpenConns = 10

// IsPostgresURL reports whether dsn names a PostgreSQL database: a
// postgres:// or postgresql:// URL. Anything else is a SQLite path.
func IsPostgresURL(dsn string) bool {
	scheme, _, ok := strings.Cut(strings.TrimSpace(dsn), "://")
	if !ok {
		return false
	}
	scheme = strings.ToLower(scheme)
	return scheme == "postgres" || scheme == "postgresql"
}

// redactURL returns dsn with the password of a URL shown as "xxxxx", for
// errors (config.RedactURL does the same for the command line).
func redactURL(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// openPostgres opens the PostgreSQL database at the URL dsn (any URL pgx
// accepts) and migrates it to the current schema; read-only, it only checks
// that the schema is current (opts.MustExist holds for a server database).
func openPostgres(ctx context.Context, dsn string, opts OpenOptions) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", redactURL(dsn), err)
	}
	db.SetMaxOpenConns(pgMaxOpenConns)
	db.SetMaxIdleConns(pgMaxOpenConns)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactURL(dsn), err)
	}
	return newStore(db, postgresDialect(), opts).ready(ctx, opts.ReadOnly)
}

// pgMigrateLock is the advisory lock key that serialises migrations, so
// replicas starting at once against a new database apply each step once.
const pgMigrateLock = 0x62726966 // "brif"

func postgresDialect() dialect {
	return dialect{
		name:               "postgres",
		migrations:         postgresMigrations,
		dollarPlaceholders: true,
		noLimit:            nil, // LIMIT NULL is no limit
		lockMigrations:     fmt.Sprintf(`SELECT pg_advisory_xact_lock(%d)`, pgMigrateLock),
		// Ingest takes this lock so that concurrent writers insert one at a
		// time (readers are not blocked): a conflicting insert would use up
		// an identity value, and ids are to count 1, 2, 3 without gaps.
		lockBriefs: `LOCK TABLE briefs IN SHARE ROW EXCLUSIVE MODE`,
		search:     postgresSearch,
		checks: []string{
			`SELECT CASE WHEN COUNT(*) = 0 THEN 'ok' ELSE COUNT(*) || ' briefs without a search vector' END
				FROM briefs WHERE search IS NULL`,
		},
		hasVersionSQL: `SELECT COUNT(*) FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_name = 'schema_version'`,
		mergedKeywords: postgresMergedKeywords,
		mergedStep:     13,
		spanStep:       14,
		rewrites:       map[int]string{17: "merged_meetings"}, // the folded column
		// The planner takes the walk along the date index, testing each
		// meeting's text, for cheap: 11 ms for "summit" at 100,000 dev-set
		// briefs, where its 811 matches come from the trigram index in 1.5.
		keywordIDs: true,
		idsIn:      postgresIDsIn,
		// The planner takes an ILIKE over a meeting's whole text for cheap
		// and tests every merged meeting rather than ask the trigram index:
		// the cost of a keyword would grow with the store.
		keywordScan: []string{`SET LOCAL enable_seqscan = off`},
	}
}
