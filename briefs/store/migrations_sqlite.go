package store

import (
	"context"
	"database/sql"
)

// sqliteMigrations is the SQLite schema history. Append only: never edit a
// step that has shipped. Times are UTC text in timeFormat, which sorts in time
// order.
var sqliteMigrations = []migration{
	// 1: briefs and their full-text index.
	execAll(
		`CREATE TABLE briefs (
			id              INTEGER PRIMARY KEY AUTOINCREMENT,
			external_id     TEXT NOT NULL DEFAULT '',
			title           TEXT NOT NULL DEFAULT '',
			source          TEXT NOT NULL DEFAULT '',
			url             TEXT NOT NULL DEFAULT '',
			published       TEXT,
			dateline_place  TEXT NOT NULL DEFAULT '',
			dateline_date   TEXT NOT NULL DEFAULT '',
			dateline_source TEXT NOT NULL DEFAULT '',
			body            TEXT NOT NULL DEFAULT '',
			hash            TEXT NOT NULL UNIQUE,
			ingested_at     TEXT NOT NULL,
			summary         TEXT NOT NULL DEFAULT '',
			summary_method  TEXT NOT NULL DEFAULT '',
			meta            TEXT
		)`,
		`CREATE INDEX briefs_external_id ON briefs (external_id) WHERE external_id <> ''`,
		`CREATE INDEX briefs_newest ON briefs (COALESCE(published, ingested_at) DESC, id DESC)`,
		`CREATE INDEX briefs_ingested_at ON briefs (ingested_at, id)`,
		`CREATE VIRTUAL TABLE briefs_fts USING fts5 (
			title, body, summary,
			content = 'briefs', content_rowid = 'id',
			tokenize = 'porter unicode61 remove_diacritics 2'
		)`,
		`CREATE TRIGGER briefs_fts_insert AFTER INSERT ON briefs BEGIN
			INSERT INTO briefs_fts (rowid, title, body, summary) VALUES (new.id, new.title, new.body, new.summary);
		END`,
		`CREATE TRIGGER briefs_fts_delete AFTER DELETE ON briefs BEGIN
			INSERT INTO briefs_fts (briefs_fts, rowid, title, body, summary) VALUES ('delete', old.id, old.title, old.body, old.summary);
		END`,
		`CREATE TRIGGER briefs_fts_update AFTER UPDATE OF title, body, summary ON briefs BEGIN
			INSERT INTO briefs_fts (briefs_fts, rowid, title, body, summary) VALUES ('delete', old.id, old.title, old.body, old.summary);
			INSERT INTO briefs_fts (rowid, title, body, summary) VALUES (new.id, new.title, new.body, new.summary);
		END`,
	),
	// 2: meetings, one row per (brief, meeting); start_day and end_day are
	// the span [start, end) as YYYY-MM-DD, NULL when the date is not valid.
	execAll(
		`CREATE TABLE meetings (
			id           INTEGER PRIMARY KEY AUTOINCREMENT,
			brief_id     INTEGER NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
			seq          INTEGER NOT NULL,
			key          TEXT NOT NULL DEFAULT '',
			title        TEXT NOT NULL DEFAULT '',
			date         TEXT NOT NULL DEFAULT '',
			precision    TEXT NOT NULL DEFAULT '',
			end_date     TEXT NOT NULL DEFAULT '',
			time         TEXT NOT NULL DEFAULT '',
			place        TEXT NOT NULL DEFAULT '',
			participants TEXT NOT NULL DEFAULT '[]',
			status       TEXT NOT NULL DEFAULT '',
			evidence     TEXT NOT NULL DEFAULT '',
			start_day    TEXT,
			end_day      TEXT
		)`,
		`CREATE INDEX meetings_brief ON meetings (brief_id, seq)`,
		`CREATE INDEX meetings_key ON meetings (key) WHERE key <> ''`,
		`CREATE INDEX meetings_span ON meetings (start_day, end_day)`,
	),
	// 3: chat adapter state.
	execAll(
		`CREATE TABLE seen_updates (
			platform  TEXT NOT NULL,
			update_id TEXT NOT NULL,
			seen_at   TEXT NOT NULL,
			PRIMARY KEY (platform, update_id)
		)`,
		`CREATE INDEX seen_updates_seen_at ON seen_updates (seen_at)`,
		`CREATE TABLE kv (
			key        TEXT PRIMARY KEY,
			value      TEXT NOT NULL,
			updated_at TEXT NOT NULL
		)`,
		`CREATE TABLE chats (
			platform   TEXT NOT NULL,
			chat_id    TEXT NOT NULL,
			active     INTEGER NOT NULL,
			updated_at TEXT NOT NULL,
			PRIMARY KEY (platform, chat_id)
		)`,
	),
	// 4: subscriptions.
	execAll(
		`CREATE TABLE subscriptions (
			platform   TEXT NOT NULL,
			chat_id    TEXT NOT NULL,
			keywords   TEXT NOT NULL DEFAULT '[]',
			updated_by TEXT NOT NULL DEFAULT '',
			updated_at TEXT NOT NULL,
			PRIMARY KEY (platform, chat_id)
		)`,
	),
	// 5: digest delivery claims and what each destination received.
	execAll(
		`CREATE TABLE deliveries (
			dest         TEXT NOT NULL,
			slot         TEXT NOT NULL,
			owner        TEXT NOT NULL DEFAULT '',
			claimed_at   TEXT NOT NULL,
			delivered_at TEXT,
			PRIMARY KEY (dest, slot)
		)`,
		`CREATE INDEX deliveries_pending ON deliveries (dest, slot) WHERE delivered_at IS NULL`,
		`CREATE TABLE delivered_briefs (
			dest     TEXT NOT NULL,
			brief_id INTEGER NOT NULL,
			slot     TEXT NOT NULL,
			PRIMARY KEY (dest, brief_id)
		)`,
	),
	// 6: new briefs are indexed by the store, one statement per batch, not
	// by a per-row trigger: FTS5 flushes its pending index at every statement,
	// so per-row indexing made batched ingest no faster than single inserts.
	execAll(`DROP TRIGGER IF EXISTS briefs_fts_insert`),
	// 7: indexes that the queries can use: one matching Latest's whole ORDER
	// BY, so it reads n rows instead of sorting every brief; a full index on
	// meeting keys (the partial one cannot serve "key IN (?)"); one on the
	// end of meeting spans for "from a day on" queries.
	execAll(
		`DROP INDEX IF EXISTS briefs_newest`,
		`CREATE INDEX briefs_newest ON briefs (COALESCE(published, ingested_at) DESC, ingested_at DESC, id DESC)`,
		`DROP INDEX IF EXISTS meetings_key`,
		`CREATE INDEX meetings_key ON meetings (key, brief_id)`,
		`CREATE INDEX meetings_end ON meetings (end_day)`,
	),
	// 8: a claimed slot the scheduler gave up on (past its grace window) is
	// marked skipped: no longer pending, never delivered.
	execAll(`ALTER TABLE deliveries ADD COLUMN skipped_at TEXT`),
	// 9: meetings by their date, for ingest's lookup of the meetings
	// already known on a day (Store.MeetingsOn).
	execAll(`CREATE INDEX meetings_date ON meetings (date)`),
	// 10: how each brief came in (file, feed:NAME, api, telegram, slack),
	// and feed polling: the conditional-GET validators and schedule of each
	// feed, and the items already turned into briefs (by GUID, link or text).
	execAll(
		`ALTER TABLE briefs ADD COLUMN via TEXT NOT NULL DEFAULT ''`,
		`CREATE TABLE feeds (
			url           TEXT PRIMARY KEY,
			etag          TEXT NOT NULL DEFAULT '',
			last_modified TEXT NOT NULL DEFAULT '',
			last_poll     TEXT,
			last_result   TEXT NOT NULL DEFAULT '',
			items         INTEGER NOT NULL DEFAULT 0,
			next_poll     TEXT,
			failures      INTEGER NOT NULL DEFAULT 0
		)`,
		`CREATE TABLE feed_items (
			feed     TEXT NOT NULL,
			key      TEXT NOT NULL,
			brief_id INTEGER NOT NULL DEFAULT 0,
			seen_at  TEXT NOT NULL,
			PRIMARY KEY (feed, key)
		)`,
	),
	// 11: meeting notices (reminders, "moved" notices) claimed per
	// destination like digest slots, with the meeting date each one told.
	execAll(
		`CREATE TABLE notices (
			dest         TEXT NOT NULL,
			notice       TEXT NOT NULL,
			meeting_key  TEXT NOT NULL,
			meeting_date TEXT NOT NULL,
			owner        TEXT NOT NULL DEFAULT '',
			claimed_at   TEXT NOT NULL,
			sent_at      TEXT,
			PRIMARY KEY (dest, notice)
		)`,
		`CREATE INDEX notices_meeting ON notices (dest, meeting_key)`,
	),
	// 12: leases: which replica does a job only one may do at a time (such
	// as Telegram long polling), until when.
	execAll(`CREATE TABLE leases (
		name       TEXT PRIMARY KEY,
		holder     TEXT NOT NULL,
		expires_at TEXT NOT NULL
	)`),
	// 13: a trigram full-text index over what /meetings keywords match
	// (title, place, participants, evidence), so that a keyword is a
	// case-insensitive substring test the index answers. New meetings are
	// indexed by the store a batch at a time (as briefs are, step 6);
	// deleted ones by a trigger. An index on (date, title) serves the
	// date-ordered scan behind "/meetings all" and "/meetings past".
	execAll(
		`CREATE VIRTUAL TABLE meetings_fts USING fts5 (
			title, place, participants, evidence,
			content = 'meetings', content_rowid = 'id',
			tokenize = 'trigram'
		)`,
		`INSERT INTO meetings_fts (meetings_fts) VALUES ('rebuild')`,
		`CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
			INSERT INTO meetings_fts (meetings_fts, rowid, title, place, participants, evidence)
			VALUES ('delete', old.id, old.title, old.place, old.participants, old.evidence);
		END`,
		`CREATE INDEX meetings_order ON meetings (date, title)`,
	),
	// 14: notices keep what they say (the reply, as JSON) so that an
	// unfinished claim can be finished by another replica or the next start,
	// when the last attempt was made, when a claim was given up, and the
	// platform's reference to the posted message (for a later edit).
	execAll(
		`ALTER TABLE notices ADD COLUMN body TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE notices ADD COLUMN attempt_at TEXT`,
		`ALTER TABLE notices ADD COLUMN skipped_at TEXT`,
		`ALTER TABLE notices ADD COLUMN ref TEXT NOT NULL DEFAULT ''`,
		`CREATE INDEX notices_pending ON notices (dest) WHERE sent_at IS NULL AND skipped_at IS NULL`,
	),
	// 15: each meeting keeps its brief's publication time (else ingest
	// time), which orders the reports of a meeting, so that reading
	// meetings reads no brief row.
	execAll(
		`ALTER TABLE meetings ADD COLUMN reported TEXT NOT NULL DEFAULT ''`,
		`UPDATE meetings SET reported = (SELECT COALESCE(b.published, b.ingested_at) FROM briefs b WHERE b.id = meetings.brief_id)`,
	),
	// 16: the index the dated meetings scan walks, in date order: with
	// the span in it, date bounds and the keyword index's row ids are
	// tested on index entries, and only matching rows are read.
	execAll(`CREATE INDEX meetings_scan ON meetings (date, end_day, start_day)`),
	// 17: the brief index merges its segments 16 at a time, not 4: each
	// batch the store adds writes a new segment, and with FTS5's default
	// every posting was rewritten about once per four-fold growth of the
	// index — a fifth of ingest's store time at 60,000 briefs. Search
	// reads a few more segments (no slower measurably).
	execAll(`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('automerge', 16)`),
	// 18: the merged meetings (meetings_merged.go): one row per meeting,
	// kept by the store's writes, with a trigram index over what keywords
	// match and an index in the order /meetings lists them; reports deleted
	// or changed outside the store's writes are marked stale by triggers.
	// The per-report keyword index and scan indexes, which only the old
	// read-time merge used, go; the merged rows are filled from the reports.
	steps(execAll(
		`CREATE TABLE merged_meetings (
			id           INTEGER PRIMARY KEY,
			brief_id     INTEGER NOT NULL,
			key          TEXT NOT NULL DEFAULT '',
			title        TEXT NOT NULL DEFAULT '',
			date         TEXT NOT NULL DEFAULT '',
			precision    TEXT NOT NULL DEFAULT '',
			end_date     TEXT NOT NULL DEFAULT '',
			time         TEXT NOT NULL DEFAULT '',
			place        TEXT NOT NULL DEFAULT '',
			participants TEXT NOT NULL DEFAULT '[]',
			status       TEXT NOT NULL DEFAULT '',
			evidence     TEXT NOT NULL DEFAULT '',
			moved_from   TEXT NOT NULL DEFAULT '',
			sources      TEXT NOT NULL DEFAULT '[]',
			undated      INTEGER NOT NULL,
			first_source INTEGER NOT NULL,
			start_day    TEXT,
			end_day      TEXT,
			said_place   TEXT NOT NULL DEFAULT '',
			people       TEXT NOT NULL DEFAULT ''
		)`,
		`CREATE INDEX merged_meetings_key ON merged_meetings (key)`,
		`CREATE INDEX merged_meetings_order ON merged_meetings (undated, date, title, first_source, id, end_day, start_day)`,
		`CREATE INDEX merged_meetings_end ON merged_meetings (end_day)`,
		`CREATE VIRTUAL TABLE merged_meetings_fts USING fts5 (
			title, said_place, people, evidence,
			content = 'merged_meetings', content_rowid = 'id',
			tokenize = 'trigram'
		)`,
		`CREATE TRIGGER merged_meetings_fts_insert AFTER INSERT ON merged_meetings BEGIN
			INSERT INTO merged_meetings_fts (rowid, title, said_place, people, evidence)
			VALUES (new.id, new.title, new.said_place, new.people, new.evidence);
		END`,
		`CREATE TRIGGER merged_meetings_fts_delete AFTER DELETE ON merged_meetings BEGIN
			INSERT INTO merged_meetings_fts (merged_meetings_fts, rowid, title, said_place, people, evidence)
			VALUES ('delete', old.id, old.title, old.said_place, old.people, old.evidence);
		END`,
		`CREATE TABLE meetings_stale (
			key    TEXT NOT NULL,
			row_id INTEGER NOT NULL,
			PRIMARY KEY (key, row_id)
		) WITHOUT ROWID`,
		`CREATE TRIGGER meetings_stale_delete AFTER DELETE ON meetings BEGIN
			INSERT OR IGNORE INTO meetings_stale (key, row_id)
			VALUES (old.key, CASE WHEN old.key = '' THEN old.id ELSE 0 END);
		END`,
		`CREATE TRIGGER meetings_stale_update AFTER UPDATE ON meetings BEGIN
			INSERT OR IGNORE INTO meetings_stale (key, row_id)
			VALUES (old.key, CASE WHEN old.key = '' THEN old.id ELSE 0 END),
				(new.key, CASE WHEN new.key = '' THEN new.id ELSE 0 END);
		END`,
		`DROP TRIGGER meetings_fts_delete`,
		`DROP TABLE meetings_fts`,
		`DROP INDEX meetings_scan`,
		`DROP INDEX meetings_order`,
		`DROP INDEX meetings_span`,
		`DROP INDEX meetings_end`,
	), backfillMerged(false)),
	// 19: the store adds merged meetings to their keyword index, and takes
	// them out, a statement for many (dialect.reindexMergedSQL), not a row at
	// a time by trigger: FTS5 writes a segment a statement, and the
	// triggers made re-merging most of ingest's store time.
	execAll(
		`DROP TRIGGER merged_meetings_fts_insert`,
		`DROP TRIGGER merged_meetings_fts_delete`,
	),
	// 20: a merged meeting keeps its span, the first and last start day of
	// its dated reports, so that new reports re-merge only the meetings
	// next to their dates (meetings_window.go); reports are read by key
	// and start day from an index that holds every column a merge reads
	// (a key's reports lie together there, not scattered over the table
	// as they were stored: a re-merge read a page a report), and the keys
	// with undated cancels (which join a
	// meeting by report order, not date: those keys are re-merged whole)
	// by a partial index. Every meeting is re-merged to fill the spans.
	steps(execAll(
		`ALTER TABLE merged_meetings ADD COLUMN span_first TEXT`,
		`ALTER TABLE merged_meetings ADD COLUMN span_last TEXT`,
		`CREATE INDEX merged_meetings_span ON merged_meetings (key, span_first)`,
		`CREATE INDEX meetings_key_start ON meetings (key, start_day, id, brief_id, title, date, precision,
			end_date, time, place, participants, status, evidence, reported)`,
		`CREATE INDEX meetings_undated_cancels ON meetings (key) WHERE date = '' AND status = 'cancelled'`,
	), remergeAll(&Store{d: dialect{reindexMergedSQL: sqliteReindexMergedSQL},
		spans: true}, "merged meetings' spans")),
	// 21: a report deleted by hand marks only its day stale, in row_id
	// (YYYYMMDD, -1 undated; 0 still means the whole key, as an undated
	// cancel's delete and any change in place do), so that the next write
	// or read re-merges the meetings near that day (meetings_window.go).
	execAll(
		`DROP TRIGGER meetings_stale_delete`,
		`CREATE TRIGGER meetings_stale_delete AFTER DELETE ON meetings BEGIN
			INSERT OR IGNORE INTO meetings_stale (key, row_id)
			VALUES (old.key, CASE WHEN old.key = '' THEN old.id
				WHEN old.date = '' AND old.status = 'cancelled' THEN 0
				WHEN old.start_day IS NULL THEN -1
				ELSE CAST(replace(old.start_day, '-', '') AS INTEGER) END);
		END`,
	),
	// 22: the covering index of step 20 holds keyed reports only: SQLite
	// chose it for the key-less reports of a brief (key = '' AND brief_id
	// IN ...), reading every key-less report; queries of keyed reports
	// say key <> '' to use it.
	execAll(
		`DROP INDEX meetings_key_start`,
		`CREATE INDEX meetings_key_start ON meetings (key, start_day, id, brief_id, title, date, precision,
			end_date, time, place, participants, status, evidence, reported) WHERE key <> ''`,
	),
	// 23: the keyword index of /meetings holds the merged meetings' text
	// with the letters its tokenizer folds otherwise than foldCase put as
	// foldCase folds them (trigramFolds: "İstanbul" is indexed as
	// "istanbul"), read from the view merged_meetings_folded, its content
	// table, so that keywords find what Go's folding finds.
	execAll(
		`DROP TABLE merged_meetings_fts`,
		`CREATE VIEW merged_meetings_folded AS SELECT id, `+sqliteFolded(`title`)+` AS title, `+
			sqliteFolded(`said_place`)+` AS said_place, `+sqliteFolded(`people`)+` AS people, `+
			sqliteFolded(`evidence`)+` AS evidence FROM merged_meetings`,
		`CREATE VIRTUAL TABLE merged_meetings_fts USING fts5 (
			title, said_place, people, evidence,
			content = 'merged_meetings_folded', content_rowid = 'id',
			tokenize = 'trigram'
		)`,
		`INSERT INTO merged_meetings_fts (merged_meetings_fts) VALUES ('rebuild')`,
	),
	// 24: the brief index merges 32 segments at a time, not 16 (step 17),
	// and only then: an ingest batch writes a segment, and at 100,000
	// briefs merging 16 at a time rewrote two thirds of the index a second
	// time (the 256 batches' segments merged at the first level were merged
	// again at the second), which 32 leaves for 1,024 batches (about
	// 260,000 briefs). The store's housekeeping merges the index into one
	// anyway (cmd/briefbot: tidySearchIndex); until then /search reads up
	// to 31 segments a level instead of 15 (at 100,000 briefs, 0.5 ms in
	// 16 segments, 0.36 ms in one).
	execAll(
		`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('automerge', 32)`,
		`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('crisismerge', 32)`,
	),
	// 25: back to 16 at a time (step 17; crisismerge is FTS5's default
	// again). Step 24 took about 1.8 s of CPU off a 100,000-brief ingest
	// (55 s), but the index it leaves, 12 mid-sized segments at the first
	// level where 16 left one large one at the second, answered /search
	// for common words much more slowly until housekeeping merged it
	// (webhook p50, near-idle machine: "government" 1.8-2.0 ms against
	// 3.0-3.3, "oil" 1.3-1.5 against 1.8-1.9).
	execAll(
		`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('automerge', 16)`,
		`INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('crisismerge', 16)`,
	),
}

// steps returns a migration that runs ms in order.
func steps(ms ...migration) migration {
	return func(ctx context.Context, tx *sql.Tx) error {
		for _, m := range ms {
			if err := m(ctx, tx); err != nil {
				return err
			}
		}
		return nil
	}
}
