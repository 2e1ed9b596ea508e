package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// copyTables are the tables CopyTo copies, parents before children. Leases
// are not copied: they belong to running replicas.
var copyTables = []string{
	"briefs", "meetings", "merged_meetings", "meetings_stale", "seen_updates", "kv", "chats", "subscriptions", "deliveries", "delivered_briefs",
	"notices", "feeds", "feed_items",
}

// copyBatch is how many rows one INSERT of CopyTo writes.
const copyBatch = 250

// TableCount is the number of rows of one table in the source and the
// target of a copy.
type TableCount struct {
	Table          string
	Source, Target int
}

// CopyProgress is told, after every batch, how many rows of table have been
// copied out of total.
type CopyProgress func(table string, done, total int)

// ErrTargetNotEmpty is returned by CopyTo when the target already holds data
// and replace was not asked for.
var ErrTargetNotEmpty = errors.New("target database is not empty")

// CopyTo copies every brief, meeting, delivery and claim, meeting notice,
// subscription, chat, stored value, seen update and feed state of s into
// dst, in one transaction of
// dst, so that a failed copy leaves dst as it was. It refuses a dst that
// holds any of these rows unless replace is true, in which case they are
// deleted first. It then counts the rows of every table on both sides and
// returns the counts, with an error when any differ. dst must be PostgreSQL.
func (s *Store) CopyTo(ctx context.Context, dst *Store, replace bool, progress CopyProgress) ([]TableCount, error) {
	if dst.d.name != "postgres" {
		return nil, fmt.Errorf("store: copy: the target must be PostgreSQL, not %s", dst.d.name)
	}
	err := dst.inTx(ctx, func(tx *sql.Tx) error {
		if err := clearTarget(ctx, tx, replace); err != nil {
			return err
		}
		for _, table := range copyTables {
			if err := s.copyTable(ctx, tx, table, progress); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		for _, table := range []string{"briefs", "meetings"} { // identities continue after the copied ids
			_, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('`+table+`', 'id'),
				COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM `+table)
			if err != nil {
				return fmt.Errorf("%s: reset identity: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: copy: %w", err)
	}
	counts, err := compareCounts(ctx, s, dst)
	if err != nil {
		return counts, fmt.Errorf("store: copy: %w", err)
	}
	return counts, nil
}

// clearTarget fails with ErrTargetNotEmpty when the target holds rows, or
// deletes them when replace is set.
func clearTarget(ctx context.Context, tx *sql.Tx, replace bool) error {
	var full []string
	for _, table := range copyTables {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil {
			return fmt.Errorf("count %s: %w", table, err)
		}
		if n > 0 {
			full = append(full, fmt.Sprintf("%s: %d rows", table, n))
		}
	}
	if len(full) == 0 {
		return nil
	}
	if !replace {
		return fmt.Errorf("%w (%s)", ErrTargetNotEmpty, strings.Join(full, ", "))
	}
	rev := slices.Clone(copyTables)
	slices.Reverse(rev)
	_, err := tx.ExecContext(ctx, `TRUNCATE `+strings.Join(rev, ", "))
	return err
}

// copyTable streams table out of s and inserts it into tx in batches. It
// copies the columns both sides have (not the target's generated ones);
// integers going into a boolean column become booleans.
func (s *Store) copyTable(ctx context.Context, tx *sql.Tx, table string, progress CopyProgress) error {
	cols, bools, err := targetColumns(ctx, tx, table)
	if err != nil {
		return err
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(&total); err != nil {
		return fmt.Errorf("count: %w", err)
	}
	src, err := s.sourceColumns(ctx, table)
	if err != nil {
		return err
	}
	cols = slices.DeleteFunc(cols, func(c string) bool { return !slices.Contains(src, c) })
	rows, err := s.db.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer rows.Close()
	ins := batchInserter{tx: tx, table: table, cols: cols}
	done := 0
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("read: %w", err)
		}
		for i, c := range cols {
			if n, ok := vals[i].(int64); ok && bools[c] {
				vals[i] = n != 0
			}
		}
		if err := ins.add(ctx, vals); err != nil {
			return err
		}
		if done++; done%copyBatch == 0 && progress != nil {
			progress(table, done, total)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if err := ins.flush(ctx); err != nil {
		return err
	}
	if progress != nil {
		progress(table, done, total)
	}
	return nil
}

// targetColumns lists the PostgreSQL table's writable columns and which of
// them are boolean.
func targetColumns(ctx context.Context, tx *sql.Tx, table string) ([]string, map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
		ORDER BY ordinal_position`, table)
	if err != nil {
		return nil, nil, fmt.Errorf("target columns: %w", err)
	}
	defer rows.Close()
	var cols []string
	bools := map[string]bool{}
	for rows.Next() {
		var name, typ string
		if err := rows.Scan(&name, &typ); err != nil {
			return nil, nil, fmt.Errorf("target columns: %w", err)
		}
		cols = append(cols, name)
		bools[name] = typ == "boolean"
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("target columns: %w", err)
	}
	if len(cols) == 0 {
		return nil, nil, errors.New("target has no such table")
	}
	return cols, bools, nil
}

// sourceColumns lists the columns of table in s.
func (s *Store) sourceColumns(ctx context.Context, table string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT * FROM `+table+` LIMIT 0`)
	if err != nil {
		return nil, fmt.Errorf("source columns: %w", err)
	}
	defer rows.Close()
	return rows.Columns()
}

// batchInserter writes rows with multi-row INSERTs of copyBatch rows.
type batchInserter struct {
	tx    *sql.Tx
	table string
	cols  []string
	args  []any
	n     int
}

func (b *batchInserter) add(ctx context.Context, vals []any) error {
	b.args = append(b.args, vals...)
	if b.n++; b.n == copyBatch {
		return b.flush(ctx)
	}
	return nil
}

func (b *batchInserter) flush(ctx context.Context) error {
	if b.n == 0 {
		return nil
	}
	var q strings.Builder
	q.WriteString(`INSERT INTO ` + b.table + ` (` + strings.Join(b.cols, ", ") + `) VALUES `)
	p := 0
	for r := range b.n {
		if r > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for c := range b.cols {
			if c > 0 {
				q.WriteString(", ")
			}
			p++
			fmt.Fprintf(&q, "$%d", p)
		}
		q.WriteByte(')')
	}
	if _, err := b.tx.ExecContext(ctx, q.String(), b.args...); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	b.args, b.n = b.args[:0], 0
	return nil
}

// compareCounts counts every copied table on both sides.
func compareCounts(ctx context.Context, src, dst *Store) ([]TableCount, error) {
	var out []TableCount
	var diff []string
	for _, table := range copyTables {
		c := TableCount{Table: table}
		for _, side := range []struct {
			s *Store
			n *int
		}{{src, &c.Source}, {dst, &c.Target}} {
			if err := side.s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(side.n); err != nil {
				return out, fmt.Errorf("count %s: %w", table, err)
			}
		}
		if c.Source != c.Target {
			diff = append(diff, fmt.Sprintf("%s: %d in the source, %d in the target", table, c.Source, c.Target))
		}
		out = append(out, c)
	}
	if len(diff) > 0 {
		return out, fmt.Errorf("row counts differ: %s", strings.Join(diff, "; "))
	}
	return out, nil
}
