package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// withPassword adds a password to a database URL; the test server trusts
// every local connection, so the password is never checked, but it must
// never be printed either.
func withPassword(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	must(t, err)
	u.User = url.UserPassword(u.User.Username(), "pw-SECRET")
	return u.String()
}

func TestMigrateToPostgres(t *testing.T) {
	pg := withPassword(t, storetest.PostgresURL(t))
	dir := t.TempDir()
	samples := filepath.Join("..", "..", "briefs", "samples", "briefs")
	sqlite := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "b.db")}
	if code, _, errOut := runMain(t, "", sqlite, "ingest", samples); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	code, out, errOut := runMain(t, "", sqlite, "migrate", "-to", pg)
	if code != 0 {
		t.Fatalf("migrate -to: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Copying into postgres://postgres:xxxxx@", "briefs", "meetings", "Row counts match in all"} {
		if !strings.Contains(out, want) {
			t.Errorf("migrate -to output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out+errOut, "pw-SECRET") {
		t.Errorf("migrate -to printed the password:\n%s%s", out, errOut)
	}

	code, _, errOut = runMain(t, "", sqlite, "migrate", "-to", pg)
	if code != 1 || !strings.Contains(errOut, "not empty") || !strings.Contains(errOut, "-force") {
		t.Errorf("second migrate -to: exit %d, want 1 saying the target is not empty:\n%s", code, errOut)
	}
	if code, _, errOut = runMain(t, "", sqlite, "migrate", "-to", pg, "-force"); code != 0 {
		t.Errorf("migrate -to -force: exit %d: %s", code, errOut)
	}

	// The copy answers as the original did.
	for _, args := range [][]string{{"search", "india", "russia"}, {"brief", "1"}, {"meetings", "-now", "2025-12-04", "all"}} {
		_, want, _ := runMain(t, "", sqlite, args...)
		code, got, errOut := runMain(t, "", map[string]string{"BRIEFBOT_DB": pg}, args...)
		if code != 0 || got != want || want == "" {
			t.Errorf("%s on PostgreSQL: exit %d, %s\ngot:\n%s\nwant (SQLite):\n%s", args, code, errOut, got, want)
		}
	}
}

func TestMigrateToBadTarget(t *testing.T) {
	db := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db")}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-to", "other.db"}, "is not a postgres://"},
		{[]string{"-force"}, "-force needs -to"},
		{[]string{"-to", "postgres://bob:pw-SECRET@127.0.0.1:1/x?sslmode=disable"}, "bob:xxxxx@127.0.0.1:1"},
	}
	for _, tc := range tests {
		code, _, errOut := runMain(t, "", db, append([]string{"migrate"}, tc.args...)...)
		if code == 0 || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, "pw-SECRET") {
			t.Errorf("migrate %q: exit %d, stderr %q; want a failure saying %q", tc.args, code, errOut, tc.want)
		}
	}
	if _, err := os.Stat("other.db"); err == nil {
		t.Error("migrate -to other.db created a SQLite file")
	}
}
