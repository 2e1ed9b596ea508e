package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDaemonTelegramAdd saves a message with /add TEXT through the
// Telegram fake: a user who is not a contributor is refused politely; a
// contributor's message is stored through the ingest pipeline and the
// reply shows its summary and meetings.
func TestDaemonTelegramAdd(t *testing.T) {
	const text = "New Delhi, Dec 4 (IANS) The 22nd India-Russia Inter-Governmental Commission ministerial meeting will be held at the Manekshaw Centre later today, officials said."
	tests := []struct {
		name, contributors string
		want               []string
		stored             int
	}{
		{"not a contributor", "", []string{"Not saved", "only the team&#39;s contributors"}, 0},
		{"contributor", "777", []string{"Saved as brief #1", "Summary", "Manekshaw Centre, New Delhi"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "b.db")
			tg := newFakeBotAPI(t)
			tg.queue("/add " + text)
			vars := map[string]string{"BRIEFBOT_DB": db, "BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL}
			if tc.contributors != "" {
				vars["BRIEFBOT_TELEGRAM_CONTRIBUTORS"] = tc.contributors
			}
			d := startDaemon(t, vars)
			reply := tg.waitSent(t, 1)[0].Get("text")
			for _, w := range tc.want {
				if !strings.Contains(reply, w) {
					t.Errorf("reply lacks %q:\n%s", w, reply)
				}
			}
			d.stop(t)
			code, out, _ := runMain(t, "", map[string]string{"BRIEFBOT_DB": db}, "search", "Manekshaw")
			if n := strings.Count(out, "#1"); n != tc.stored {
				t.Errorf("search after /add: exit %d, %d briefs, want %d:\n%s", code, n, tc.stored, out)
			}
		})
	}
}
