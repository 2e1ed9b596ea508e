package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func runBackup(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "backup")
	var sf storeFlags
	sf.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give one file to write the copy to")
	}
	out := fs.Arg(0)
	cfg, err := loadConfig(e, sf)
	if err != nil {
		return err
	}
	if store.IsPostgresURL(cfg.DB) {
		return &exitError{code: 1, msg: "the store is PostgreSQL: back it up with the server's tools, e.g. pg_dump -Fc -f briefbot.dump \"$BRIEFBOT_DB\", and restore with pg_restore"}
	}
	// Read-only: a backup needs no write access and never migrates the
	// store it copies.
	a, err := openStore(ctx, e, cfg, store.OpenOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer a.Close()
	start := e.now()
	if err := a.store.Backup(ctx, out); err != nil {
		return err
	}
	n, v, err := verifyBackup(ctx, out)
	if err != nil {
		return fmt.Errorf("the copy at %s does not open cleanly: %w", out, err)
	}
	fmt.Fprintf(e.stdout, "Backed up %s to %s: %d briefs, schema version %d, in %s.\n", cfg.DB, out, n, v, e.now().Sub(start).Round(time.Millisecond))
	return nil
}

// verifyBackup opens a fresh copy, checks it and counts its briefs.
func verifyBackup(ctx context.Context, path string) (briefs, version int, err error) {
	c, err := store.OpenWith(ctx, path, store.OpenOptions{MustExist: true})
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	if err := c.Check(ctx); err != nil {
		return 0, 0, err
	}
	if briefs, err = c.Count(ctx); err != nil {
		return 0, 0, err
	}
	version, err = c.SchemaVersion(ctx)
	return briefs, version, err
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "export")
	var sf storeFlags
	sf.register(fs)
	sinceFlag := fs.String("since", "", "only briefs ingested at or after this `time` (RFC 3339 or YYYY-MM-DD)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q (the briefs go to standard output)", fs.Arg(0))
	}
	since, err := parseTimeFlag("since", *sinceFlag, time.Time{})
	if err != nil {
		return usageErr("%v", err)
	}
	cfg, err := loadConfig(e, sf)
	if err != nil {
		return err
	}
	a, err := openStore(ctx, e, cfg, store.OpenOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer a.Close()
	w := bufio.NewWriter(e.stdout)
	n := 0
	err = a.store.Each(ctx, func(b briefs.Brief) error {
		if b.IngestedAt.Before(since) {
			return nil
		}
		n++
		return writeBriefJSON(w, b)
	})
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	a.log.InfoContext(ctx, "exported", "briefs", n)
	return nil
}

// exportedBrief is a brief in the JSON form "briefbot ingest" reads.
type exportedBrief struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// writeBriefJSON writes b as one line of JSON, its extra fields (Meta)
// after the known ones, so that ingesting the line gives b back.
func writeBriefJSON(w io.Writer, b briefs.Brief) error {
	eb := exportedBrief{ID: b.ExternalID, Title: b.Title, Text: b.Body, Source: b.Source, URL: b.URL}
	if !b.Published.IsZero() {
		eb.Published = b.Published.Format(time.RFC3339Nano)
	}
	line, err := json.Marshal(eb)
	if err != nil {
		return err
	}
	if meta := bytes.TrimSpace(b.Meta); len(meta) > 2 && meta[0] == '{' {
		line = append(append(line[:len(line)-1], ','), meta[1:]...)
	}
	_, err = w.Write(append(line, '\n'))
	return err
}
