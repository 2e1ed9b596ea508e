// Package store persists briefs, their meetings, chat state, subscriptions and
// digest delivery claims over database/sql.
//
// Open picks the backend from what it is given: a postgres:// or
// postgresql:// URL opens PostgreSQL (pgx), anything else a SQLite file
// (modernc.org/sqlite, pure Go). Everything that differs between the SQL
// dialects (placeholders, the full-text query and index, "no limit",
// locks, integrity checks, the migration list) is kept in the dialect type;
// the contract suite in briefs/store/storetest runs against both.
//
// Full-text search is FTS5 on SQLite and a stored tsvector with a GIN index
// on PostgreSQL (configuration "briefbot": unaccent, then the English
// Snowball stemmer without stop words); PostgreSQL needs the unaccent
// extension, which the first migration creates.
//
// Conventions:
//   - Times are stored as fixed-width UTC RFC 3339 text with nanoseconds, so
//     they round-trip exactly, come back in UTC and compare in time order.
//   - Briefs are deduplicated on Hash; ids count 1, 2, 3 in ingest order with
//     no gaps from duplicates.
//   - "Newest" means by publication time, or the ingest time when that is
//     unknown, then ingest time, then id.
//   - Records that do not exist give errors wrapping briefs.ErrNotFound.
//   - Search never interprets query syntax: every word is a quoted phrase.
//     It ranks only the newest matches by id (ingest order), so that its
//     cost does not grow with the store.
//   - Meetings are stored per brief and kept merged by Key, one row per
//     meeting, as they are written; reports deleted by hand are re-merged
//     on the next write or read.
//
// OpenWith can open an existing database read-only (SQLite mode=ro) or refuse
// to create one, and names what keeps a database from opening.
//
// The schema is an ordered list of migrations; Open applies the missing ones,
// each in its own transaction, and refuses a database whose schema is newer
// than the code.
package store
