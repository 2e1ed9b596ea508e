package ingest

import "testing"

func TestPipeAlignedTables(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a calendar with a rule under its header",
			"CALENDAR\n\nDate          Meeting                    Venue\n-----------------------------------------\nMon 2 Mar     Competitiveness Council    Brussels\nTue 10 Mar    Eurogroup                  Brussels\n\nNotes follow.",
			"CALENDAR\n\nDate | Meeting | Venue\n-----------------------------------------\nMon 2 Mar | Competitiveness Council | Brussels\nTue 10 Mar | Eurogroup | Brussels\n\nNotes follow."},
		{"tabs divide the columns",
			"Date\tCommittee\tRoom\n14 October 2026\tSenate\tCouncil Room\n21 October 2026\tFinance Committee\tBoard Room 2",
			"Date | Committee | Room\n14 October 2026 | Senate | Council Room\n21 October 2026 | Finance Committee | Board Room 2"},
		{"a cell that fills its column keeps its single space",
			"DATE    BODY              LOCATION\nJun 2   Planning Board    Room 1\nJun 9   Board of Health and Welfare Annex",
			"DATE | BODY | LOCATION\nJun 2 | Planning Board | Room 1\nJun 9 | Board of Health and Welfare Annex"},
	}
	for _, tt := range tests {
		got, ok := pipeAlignedTables(tt.in)
		if !ok || got != tt.want {
			t.Errorf("%s: got %q (%v), want %q", tt.name, got, ok, tt.want)
		}
	}
	for _, in := range []string{
		"The talks  ended  late.  Both sides  will meet again.\nOfficials  said  so.",                                            // prose with double spaces
		"Name          Role             Phone\nA. Marsh      Clerk            555-0101\nB. Lee        Treasurer        555-0102", // no date column
		"Date          Meeting          Venue\nMon 2 Mar     Eurogroup        Brussels",                                          // one row
		"Date | Meeting | Venue\nMon 2 Mar | Eurogroup | Brussels\nTue 3 Mar | Ecofin | Brussels",                                // bars already
	} {
		if got, ok := pipeAlignedTables(in); ok || got != in {
			t.Errorf("pipeAlignedTables(%q) changed it to %q", in, got)
		}
	}
}

func TestNormaliseBodyKeepsAlignedColumns(t *testing.T) {
	in := "DATE       DAY      TIME      MEETING                       LOCATION\nApr 7      Tue      6:30 PM   Planning Board                Council Chambers\nApr 14     Tue      7:00 PM   Zoning Board of Appeals       Council Chambers\n"
	want := "DATE | DAY | TIME | MEETING | LOCATION\nApr 7 | Tue | 6:30 PM | Planning Board | Council Chambers\nApr 14 | Tue | 7:00 PM | Zoning Board of Appeals | Council Chambers"
	if got := normaliseBody(in); got != want {
		t.Errorf("normaliseBody:\n got %q\nwant %q", got, want)
	}
}
