package meetings

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update after checking):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// lastMeetingDate extracts text as published on pub (no dateline given)
// and returns the date of its last scheduled meeting, "" when it has none.
func lastMeetingDate(pub, text string) string {
	got := ""
	for _, m := range Scheduled(Extract(text, day(pub), briefs.Dateline{}).Meetings) {
		got = m.Date
	}
	return got
}

// TestCanonicalBrief: the three meetings from the India-Russia brief.
func TestCanonicalBrief(t *testing.T) {
	text, err := os.ReadFile("testdata/irigc.txt")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 12, 4, 9, 30, 0, 0, time.FixedZone("IST", 5*3600+1800))
	res := Extract(string(text), pub, briefs.Dateline{})
	if res.Dateline.Place != "New Delhi" || res.Dateline.Date != "2025-12-04" {
		t.Errorf("dateline = %+v, want New Delhi 2025-12-04", res.Dateline)
	}
	type want struct {
		titleHas, date, end, place, status string
		prec                               briefs.Precision
		parts                              []string
	}
	wants := []want{
		{"22nd", "2025-12-04", "", "Manekshaw Centre, New Delhi", "upcoming", briefs.PrecisionDay, []string{"Rajnath Singh", "Andrei Belousov"}},
		{"21st", "2024-12", "", "Russia", "past", briefs.PrecisionMonth, []string{"Rajnath Singh"}},
		{"Working Group", "2025-10-28", "2025-10-29", "New Delhi", "past", briefs.PrecisionDay, []string{}},
	}
	if len(res.Meetings) != len(wants) {
		t.Fatalf("got %d meetings, want %d: %+v", len(res.Meetings), len(wants), res.Meetings)
	}
	for i, w := range wants {
		m := res.Meetings[i]
		if !strings.Contains(m.Title, w.titleHas) || m.Date != w.date || m.EndDate != w.end || m.Place != w.place ||
			string(m.Status) != w.status || m.Precision != w.prec || !reflect.DeepEqual(m.Participants, w.parts) || m.Key == "" {
			t.Errorf("meeting %d = %+v\nwant %+v", i, m, w)
		}
	}
	thursday := false
	for _, x := range res.Dates {
		thursday = thursday || x.Text == "Thursday" && x.Value == "2025-12-04"
	}
	if !thursday {
		t.Errorf("dates lack Thursday = 2025-12-04: %+v", res.Dates)
	}
	// The dates come from the timex package and change with it: the golden
	// file holds the dateline and the meetings.
	res.Dates = nil
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "irigc.golden", append(b, '\n'))
}

// TestSentences: what the guideline counts as a meeting, one sentence each.
func TestSentences(t *testing.T) {
	pub := day("1987-03-11") // a Wednesday
	cases := []struct {
		name, text string
		date       string // "" = no meeting
		prec       briefs.Precision
		status     briefs.Status
	}{
		{"future weekday", "WASHINGTON, March 11 - Trade ministers will meet in Geneva on Friday to discuss tariffs.", "1987-03-13", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"past weekday", "PARIS, March 11 - OPEC oil ministers met here on Monday for talks on output.", "1987-03-09", briefs.PrecisionDay, briefs.StatusPast},
		{"same weekday past", "American Motors directors met for five hours Wednesday to review the proposal.", "1987-03-11", briefs.PrecisionDay, briefs.StatusPast},
		{"later today", "The ministerial meeting of the Gulf Cooperation Council will be held at the Palace Hotel later today.", "1987-03-11", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"next week", "Japanese and U.S. officials will hold trade talks in Tokyo next week.", "1987-03-16", briefs.PrecisionWeek, briefs.StatusUpcoming},
		{"month", "The annual ministerial meeting of CIPEC is scheduled for Zaire in late September.", "1987-09", briefs.PrecisionMonth, briefs.StatusUpcoming},
		{"shareholders", "Amoskeag Co said shareholders will vote at its April 27 annual meeting.", "1987-04-27", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"range", "The Venice summit of industrialized nations will take place on June 8-10.", "1987-06-08", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"tomorrow", "EC farm ministers meet in Brussels tomorrow.", "1987-03-12", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"cancelled: kept, marked", "The OPEC meeting planned for Monday was cancelled.", "1987-03-16", briefs.PrecisionDay, briefs.StatusCancelled},
		{"called off: kept, marked", "Union leaders called off talks with management on Friday.", "1987-03-13", briefs.PrecisionDay, briefs.StatusCancelled},
		{"habitual", "The two central banks meet regularly to discuss rates.", "", "", ""},
		{"hypothetical", "Reagan could meet Gorbachev at some stage.", "", "", ""},
		{"no time", "Shareholders will vote on the plan at the annual meeting.", "", "", ""},
		{"news conference", "Baker told a news conference on Tuesday that the dollar was stable.", "", "", ""},
		{"press conference", "The minister will hold a press conference tomorrow.", "", "", ""},
		{"deadline", "Bids must be submitted by March 31, the company said.", "", "", ""},
		{"videoconference held", "G7 finance ministers will hold a videoconference on Friday to discuss the dollar.", "1987-03-13", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"video conference told", "The minister told a video conference on Friday that rates would fall.", "", "", ""},
		{"a schedule's updated date", "Upcoming meetings. Schedule updated Friday, March 6, 1987.", "", "", ""},
		{"a notice of meeting is a document", "The Notice of Meeting has been posted to shareholders today.", "", "", ""},
		{"bargaining resumes", "Bargaining will resume on Monday, March 16.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"a board's public hearing", "The Zoning Board of Appeals will hold a public hearing on the application on Tuesday, April 14, 1987.", "1987-04-14", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"bargaining session", "The next bargaining session is set for March 24 to 26.", "1987-03-24", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"vote", "Congress will vote on the budget next week.", "", "", ""},
		{"sports", "Manchester United will play Liverpool on Saturday.", "", "", ""},
		{"trading session", "Prices fell in the trading session on Tuesday.", "", "", ""},
		{"org named conference", "The Conference Board said consumer confidence fell in March.", "", "", ""},
		{"record date", "The dividend is payable April 1 to holders of record March 20.", "", "", ""},
		{"meeting a target", "The company expects to be meeting its sales targets next month.", "", "", ""},
		{"met demand", "Output met the demand last week, the ministry said.", "", "", ""},
		{"court hearing", "The court will hold a hearing on the case on Friday.", "", "", ""},
		{"market session", "Volume was heavy in Thursday's session.", "", "", ""},
		{"athletics meeting", "Kluft won the hurdles at Stockholm's athletics meeting on Tuesday.", "", "", ""},
		{"talks broke down", "Talks between the union and USX Corp broke down on Friday.", "1987-03-06", briefs.PrecisionDay, briefs.StatusPast},
		{"visit for talks", "Zhao Ziyang will visit Tokyo next month for talks with Yasuhiro Nakasone.", "1987-04", briefs.PrecisionMonth, briefs.StatusUpcoming},
		{"open-ended", "The United States and Canada opened free trade talks last June.", "1986-06", briefs.PrecisionMonth, briefs.StatusOngoing},
		{"said after", "A union spokesman said after Saturday's meeting that talks would go on.", "1987-03-07", briefs.PrecisionDay, briefs.StatusPast},
		{"in progress, another verb's modal", "FRANKFURT, March 11 - The central bank council is meeting this morning and could cut rates, dealers said.", "1987-03-11", briefs.PrecisionDay, briefs.StatusOngoing},
		{"fronted weekday takes the main verb's tense", "WASHINGTON, March 11 - After Monday's meeting in Paris with Kiichi Miyazawa, James Baker said the yen was stable.", "1987-03-09", briefs.PrecisionDay, briefs.StatusPast},
		{"start of the round in a relative clause", "GENEVA, March 11 - The Uruguay Round of trade negotiations, which began last September, resumed in Geneva today with talks on farm subsidies.", "1987-03-11", briefs.PrecisionDay, briefs.StatusOngoing},
		{"regular session", "MOSCOW, March 11 - The Supreme Soviet opens its regular spring session on Monday, Tass said.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"scheduled present looks forward", "PARIS, March 11 - The OPEC council meets Tuesday to review prices.", "1987-03-17", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"scheduled present, same weekday", "PARIS, March 11 - The OPEC council meets Wednesday to review prices.", "1987-03-11", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"possessive weekday, future clause", "PARIS, March 11 - Monday's talks are expected to focus on farm trade.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"possessive weekday, past clause", "PARIS, March 11 - Monday's talks ended without agreement.", "1987-03-09", briefs.PrecisionDay, briefs.StatusPast},
		{"continuing talks keep their start", "PARIS, March 11 - EC farm ministers have met for three days so far this week without agreeing on prices. Their talks will continue tomorrow.", "1987-03-09", briefs.PrecisionWeek, briefs.StatusOngoing},
		{"suspension in a participle clause", "PARIS, March 11 - Brazil's debt talks, suspended since February when Brazil halted payments, will resume in New York next Tuesday.", "1987-03-17", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"a new negotiation", "LIMA, March 11 - Peru and its creditor banks will open a new negotiation on the debt in New York on Monday.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"relative clause after the noun's complements", "OTTAWA, March 11 - Negotiations between Canada and France on fish quotas, which opened in Ottawa in June, are still under way.", "1986-06", briefs.PrecisionMonth, briefs.StatusOngoing},
		{"since a date, when they met", "PARIS, March 11 - Baker and Miyazawa have not spoken since February 22, when they met in Paris.", "1987-02-22", briefs.PrecisionDay, briefs.StatusPast},
		{"another noun's possessive date", "PARIS, March 11 - Keating will meet the premiers to discuss Monday's stock market crash.", "", "", ""},
		{"previous meeting with its own date", "FRANKFURT, March 11 - The council's previous meeting, on February 26, left rates unchanged.", "1987-02-26", briefs.PrecisionDay, briefs.StatusPast},
		{"met behind closed doors", "TOKYO, March 11 - Union leaders and Toyota management met behind closed doors on Tuesday.", "1987-03-10", briefs.PrecisionDay, briefs.StatusPast},
		{"discuss with his counterpart", "TOKYO, March 11 - Kiichi Miyazawa will discuss the yen with his American counterpart next week.", "1987-03-16", briefs.PrecisionWeek, briefs.StatusUpcoming},
		{"state visit", "BONN, March 11 - Queen Elizabeth will pay a state visit to West Germany next month.", "1987-04", briefs.PrecisionMonth, briefs.StatusUpcoming},
		{"state visit and its talks: one", "PARIS, March 11 - Mitterrand begins a three-day state visit to Spain on Monday for talks with Felipe Gonzalez.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"been meeting since", "LONDON, March 11 - The OPEC committee has been meeting since Monday in London.", "1987-03-09", briefs.PrecisionDay, briefs.StatusOngoing},
		{"in session since", "CAIRO, March 11 - Arab League ministers, in session here since Sunday, will end their meeting tomorrow.", "1987-03-08", briefs.PrecisionDay, briefs.StatusOngoing},
		{"the first meeting since a month", "LONDON, March 11 - It was the first meeting since January.", "", "", ""},
		{"launched, still running", "GENEVA, March 11 - Talks on a new cocoa pact, launched in January, are expected to run until June.", "1987-01", briefs.PrecisionMonth, briefs.StatusOngoing},
		{"discuss with a titled person", "NEW DELHI, March 11 - Rajiv Gandhi will discuss the accord with President Junius Jayewardene next month.", "1987-04", briefs.PrecisionMonth, briefs.StatusUpcoming},
		{"since last month's meeting", "WASHINGTON, March 11 - It will be the first contact since last month's meeting in Brasilia, which ended in deadlock.", "1987-02", briefs.PrecisionMonth, briefs.StatusPast},
		{"begun in January, still running today", "GENEVA, March 11 - Negotiations on a new cocoa pact, which began in Geneva in January, entered their final week today.", "1987-01", briefs.PrecisionMonth, briefs.StatusOngoing},
		{"receive a titled person", "TOKYO, March 11 - Sosuke Uno will receive Chinese Vice Premier Tian Jiyun on Friday.", "1987-03-13", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"called on a titled person", "TOKYO, March 11 - Tian called on Prime Minister Noboru Takeshita yesterday.", "1987-03-10", briefs.PrecisionDay, briefs.StatusPast},
		{"received approval: no meeting", "LONDON, March 11 - The company received Treasury approval on Monday.", "", "", ""},
		{"reconvene", "DETROIT, March 11 - The two sides will reconvene on Monday, a union spokesman said.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"was continuing tonight", "BRUSSELS, March 11 - The meeting of EC farm ministers was continuing late tonight, diplomats said.", "1987-03-11", briefs.PrecisionDay, briefs.StatusOngoing},
		{"began Monday, still continuing", "GENEVA, March 11 - Talks that began on Monday were continuing today, a spokesman said.", "1987-03-09", briefs.PrecisionDay, briefs.StatusOngoing},
		{"meet management", "LONDON, March 11 - Union leaders, who rejected the offer on Monday, will meet management on Thursday.", "1987-03-12", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"banks gather", "LIMA, March 11 - Creditor banks, which have not met since January, will gather in New York next Wednesday.", "1987-03-18", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"a crowd gathers: no meeting", "SEOUL, March 11 - Thousands of students gathered in central Seoul on Tuesday to demand reforms.", "", "", ""},
		{"a relative clause gives the end", "WASHINGTON, March 11 - Gorbachev arrives on Monday for a summit with Reagan. The summit, which ends on Thursday, is expected to see a treaty signed.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"meeting here since, another date after", "VIENNA, March 11 - OPEC ministers, meeting here since Monday, are expected to agree later today to keep their ceiling.", "1987-03-09", briefs.PrecisionDay, briefs.StatusOngoing},
		{"not take place until a month", "DETROIT, March 11 - A special shareholders meeting will not take place until June.", "1987-06", briefs.PrecisionMonth, briefs.StatusUpcoming},
		{"will not meet until next week", "DETROIT, March 11 - The two sides will not meet until next week, a spokesman said.", "1987-03-16", briefs.PrecisionWeek, briefs.StatusUpcoming},
		{"will not take place", "DETROIT, March 11 - The meeting will not take place, a spokesman said on Monday.", "", "", ""},
		{"discuss with a visiting leader", "BONN, March 11 - Helmut Kohl will discuss trade with visiting East German leader Erich Honecker on Monday.", "1987-03-16", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"under way since", "BUENOS AIRES, March 11 - Argentina's talks with its creditor banks, under way in New York since last Thursday, are expected to conclude this week.", "1987-03-05", briefs.PrecisionDay, briefs.StatusOngoing},
		{"participle phrase takes the main verb's tense", "NEW YORK, March 11 - Coca-Cola Co directors, meeting in Atlanta on Tuesday, declared a dividend payable April 1.", "1987-03-10", briefs.PrecisionDay, briefs.StatusPast},
		{"originally set for, now held on", "NEW YORK, March 11 - Texaco Inc's annual meeting, originally set for May 10, will now be held on June 7 in Tulsa.", "1987-06-07", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"an -ed adjective after the date is no past", "CAIRO, March 11 - Arab League ministers begin an emergency meeting in Tunis on Saturday to discuss the uprising in the occupied territories.", "1987-03-14", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"in session since, adjourns on", "GENEVA, March 11 - The 40-nation Conference on Disarmament, in session since February 3, will adjourn on April 24.", "1987-02-03", briefs.PrecisionDay, briefs.StatusOngoing},
		{"the talks' own 'ended' is no fiscal period", "GENEVA, March 11 - Talks between the European Community and the United States on farm trade ended here today without agreement.", "1987-03-11", briefs.PrecisionDay, briefs.StatusPast},
		{"a period ended is no meeting's date", "NEW YORK, March 11 - Net income for the period ended March 31 rose, the company told its annual meeting.", "", "", ""},
		{"a committee hears testimony", "OTTAWA, March 11 - The House of Commons justice committee will hear testimony from James Kelleher on Thursday.", "1987-03-12", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"a court hears evidence: no meeting", "LONDON, March 11 - The court will hear evidence on Thursday.", "", "", ""},
		{"meets a committee numbered in its description", "BRASILIA, March 11 - Finance Minister Dilson Funaro will meet the 14-bank advisory committee in New York next week.", "1987-03-16", briefs.PrecisionWeek, briefs.StatusUpcoming},
		{"a committee named with its remit hears representatives", "OTTAWA, March 11 - The Standing Committee on Fisheries and Oceans will hear representatives of the fishing industry on Thursday.", "1987-03-12", briefs.PrecisionDay, briefs.StatusUpcoming},
		{"a court hears representatives: no meeting", "LONDON, March 11 - The High Court will hear representatives of the unions on Thursday.", "", "", ""},
		{"a two-day meeting which opened yesterday is on", "PARIS, March 11 - OECD ministers are gathered in Paris for their annual two-day meeting, which opened on Tuesday.", "1987-03-10", briefs.PrecisionDay, briefs.StatusOngoing},
		{"a participle meeting this week, main verb present", "VIENNA, March 11 - The IAEA board of governors, meeting in closed session this week, is expected to discuss South Africa.", "1987-03-09", briefs.PrecisionWeek, briefs.StatusOngoing},
		{"a participle meeting, main verb past", "OTTAWA, March 11 - Finance ministers, meeting in Ottawa for the third time, agreed today on a formula.", "1987-03-11", briefs.PrecisionDay, briefs.StatusPast},
		{"today and tomorrow", "WASHINGTON, March 11 - Bresser Pereira is in Washington for talks with Michel Camdessus today and tomorrow.", "1987-03-11", briefs.PrecisionDay, briefs.StatusOngoing},
		{"negotiation session", "WARSAW, March 11 - A first negotiation session with commercial banks is set for April 6 in Vienna.", "1987-04-06", briefs.PrecisionDay, briefs.StatusUpcoming},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, pub, briefs.Dateline{Place: "Paris", Date: "1987-03-11"})
			if c.date == "" {
				if len(res.Meetings) != 0 {
					t.Errorf("found %+v, want no meeting", res.Meetings)
				}
				return
			}
			if len(res.Meetings) != 1 {
				t.Fatalf("found %d meetings %+v, want 1", len(res.Meetings), res.Meetings)
			}
			m := res.Meetings[0]
			if m.Date != c.date || m.Precision != c.prec || m.Status != c.status {
				t.Errorf("got %s %s %s, want %s %s %s", m.Date, m.Precision, m.Status, c.date, c.prec, c.status)
			}
			if m.Evidence == "" || m.Title == "" || m.Key == "" {
				t.Errorf("empty evidence, title or key: %+v", m)
			}
		})
	}
}

func TestTitlesTimesAndReschedules(t *testing.T) {
	pub := day("1987-03-11")
	cases := []struct {
		text, title, date, time, moved string
	}{
		{"BRUSSELS, March 11 - EC finance ministers meet in Brussels on Monday to discuss the dollar.", "EC finance ministers meeting", "1987-03-16", "", ""},
		{"TOKYO, March 11 - The cabinet will meet at 3 p.m. tomorrow to approve the budget.", "Cabinet meeting", "1987-03-12", "15:00", ""},
		{"NEW YORK, March 11 - The board meets at 1000 EST on Thursday.", "Board meeting", "1987-03-12", "10:00", ""},
		{"NEW YORK, March 11 - The meeting of shareholders, originally set for April 2, has been rescheduled to May 15.", "", "1987-05-15", "", "1987-04-02"},
		{"NEW YORK, March 11 - Acme Corp rescheduled its annual meeting to June 18 from May 7.", "", "1987-06-18", "", "1987-05-07"},
		{"PARIS, March 11 - The Paris Club agreed to reschedule Brazil's debt at a meeting yesterday.", "", "1987-03-10", "", ""},
		{"LONDON, March 11 - The House Ways and Means Committee will hold hearings on the trade bill on Tuesday.", "House Ways and Means Committee hearings", "1987-03-17", "", ""},
	}
	for _, c := range cases {
		res := Extract(c.text, pub, briefs.Dateline{})
		if len(res.Meetings) != 1 {
			t.Errorf("%q: %d meetings %+v", c.text, len(res.Meetings), res.Meetings)
			continue
		}
		m := res.Meetings[0]
		if c.title != "" && m.Title != c.title || m.Date != c.date || m.Time != c.time || m.MovedFrom != c.moved {
			t.Errorf("%q:\n got %q %s %q moved %q\nwant %q %s %q moved %q", c.text, m.Title, m.Date, m.Time, m.MovedFrom, c.title, c.date, c.time, c.moved)
		}
	}
	if res := Extract("LONDON, March 11 - The talks, set for April 2, were postponed.", pub, briefs.Dateline{}); len(res.Meetings) != 0 {
		t.Errorf("postponed without a new date: %+v", res.Meetings)
	}
}

func TestPlaceAndParticipants(t *testing.T) {
	pub := day("1987-06-29")
	cases := []struct {
		text, place string
		parts       []string
	}{
		{"PARIS, June 29 - The committees reviewed the market during a series of meetings here late last week.", "Paris", nil},
		{"BONN, June 29 - Reagan will meet West German Chancellor Helmut Kohl in Bonn on Friday.", "Bonn", []string{"Reagan", "Helmut Kohl"}},
		{"WASHINGTON, June 29 - U.S. officials held grain talks with Soviet counterparts earlier this week.", "", []string{"U.S.", "Soviet Union"}},
		{"TOKYO, June 29 - U.S. and Japanese officials will hold talks in Washington on July 6-7.", "Washington", []string{"U.S.", "Japan"}},
		// The host government meets an ambassador in its capital: the dateline city is implied (guideline).
		{"ATHENS, June 29 - Turkey's ambassador Nazmi Akiman met Greek Foreign Affairs Undersecretary Yannis Kapsis last week.", "Athens", []string{"Nazmi Akiman", "Yannis Kapsis"}},
		{"CANBERRA, June 29 - Trade Minister John Dawkins held talks with a visiting Japanese trade delegation on Monday.", "Canberra", []string{"John Dawkins", "Japan"}},
		{"MOSCOW, June 29 - The Politburo met late yesterday to approve the budget.", "Moscow", []string{"Politburo"}},
		{"SYDNEY, June 29 - The state government and the Nurses Federation will resume talks on Thursday.", "Sydney", []string{"state government", "Nurses Federation"}},
		// A company's board: no implied place.
		{"NEW YORK, June 29 - Harcourt Inc said its board will meet on Friday to consider an offer from Vantage Partners.", "", []string{"Harcourt Inc"}},
		{"ABIDJAN, June 29 - Finance ministers of the West African Monetary Union will meet in the Senegalese capital, Dakar, next week.", "Dakar", []string{"West African Monetary Union"}},
		{"WASHINGTON, June 29 - Senior officials from the Group of Five will meet on Saturday, a Treasury spokesman said.", "", []string{"Group of Five"}},
		{"LONDON, June 29 - British and Irish negotiators will meet in Dublin on Friday to review the Anglo-Irish agreement.", "Dublin", []string{"Britain", "Ireland"}},
		// Parties named in a neighbouring sentence or clause.
		{"CANBERRA, June 29 - Foreign Minister Tadashi Kuranari arrived here today. He will hold talks with Prime Minister Bob Hawke on Thursday.", "Canberra", []string{"Tadashi Kuranari", "Bob Hawke"}},
		{"NAIROBI, June 29 - Kenya's Finance Minister George Saitoti will attend the talks. Commonwealth finance ministers will meet in London next week.", "London", []string{"Commonwealth", "George Saitoti"}},
		{"VIENNA, June 29 - OPEC's price committee will meet in Vienna on Friday. The committee, chaired by Algerian oil minister Belkacem Nabi, will review prices.", "Vienna", []string{"OPEC", "Belkacem Nabi"}},
		{"WASHINGTON, June 29 - After Friday's meeting in Paris with Finance Minister Kiichi Miyazawa, Treasury Secretary James Baker said the yen was stable.", "Paris", []string{"Kiichi Miyazawa", "James Baker"}},
		{"WARSAW, June 29 - Poland will discuss its debt with West German Finance Minister Gerhard Stoltenberg next month.", "", []string{"Poland", "Gerhard Stoltenberg"}},
		// A company's meeting: the company alone.
		{"NEW YORK, June 29 - Directors of Pacific Gas and Electric Co <PCG> will meet on July 2 in San Francisco, the utility said.", "San Francisco", []string{"Pacific Gas and Electric Co"}},
	}
	for _, c := range cases {
		res := Extract(c.text, pub, briefs.Dateline{})
		if len(res.Meetings) != 1 {
			t.Errorf("%q: %d meetings", c.text, len(res.Meetings))
			continue
		}
		m := res.Meetings[0]
		if m.Place != c.place {
			t.Errorf("%q: place %q, want %q", c.text, m.Place, c.place)
		}
		if n := partiesMatched(m.Participants, c.parts); n < len(c.parts) || n < len(m.Participants) {
			t.Errorf("%q: participants %q, want %q", c.text, m.Participants, c.parts)
		}
	}
}

func TestKeyIgnoresDateAndGenericWords(t *testing.T) {
	a := briefs.Meeting{Title: "Ford's annual meeting", Date: "1987-05-14"}
	b := briefs.Meeting{Title: "Ford annual shareholders meeting", Date: "1987-06-18"}
	c := briefs.Meeting{Title: "Ford board meeting", Date: "1987-05-14"}
	if Key(a) != Key(b) {
		t.Errorf("Key(%q)=%q != Key(%q)=%q", a.Title, Key(a), b.Title, Key(b))
	}
	if Key(a) == Key(c) {
		t.Errorf("annual and board meetings share key %q", Key(a))
	}
	d := briefs.Meeting{Title: "22nd India-Russia IRIGC meeting"}
	e := briefs.Meeting{Title: "21st India-Russia IRIGC meeting"}
	if Key(d) == Key(e) {
		t.Errorf("ordinals ignored: %q", Key(d))
	}
}

func TestDates(t *testing.T) {
	ref := day("2025-12-04") // a Thursday
	cases := []dateCase{
		{"He arrived on Thursday.", "2025-12-04", ""},
		{"They met on Monday.", "2025-12-01", ""},
		{"They will meet on Monday.", "2025-12-08", ""},
		{"It happened yesterday.", "2025-12-03", ""},
		{"It took place on October 28-29, 2025.", "2025-10-28", "2025-10-29"},
		{"He visited Russia in December 2024.", "2024-12", ""},
		{"It will be held next week.", "2025-W50", ""},
		{"They met last week.", "2025-W48", ""},
		{"The talks resume on Jan. 12.", "2026-01-12", ""},
		{"The talks ended on Nov 30.", "2025-11-30", ""},
		{"They will meet from June 3 to 6.", "2026-06-03", "2026-06-06"},
		{"The ministers meet in mid-January.", "2026-01", ""},
		{"It was signed on 6 December 2021.", "2021-12-06", ""},
		{"The talks will resume on the 11th.", "2025-12-11", ""},
		{"They meet again next Thursday.", "2025-12-11", ""},
		{"They met last Thursday.", "2025-11-27", ""},
		{"The talks resumed on the 2nd.", "2025-12-02", ""},
		{"The ministers will meet on the 2nd.", "2026-01-02", ""},
	}
	checkFirstDates(t, ref, cases)
}

func TestExtractBadInputDoesNotPanic(t *testing.T) {
	for _, s := range []string{"", " ", "meeting", "The meeting on", "May", "May 32 meeting", "\x00\xff meeting Monday", strings.Repeat("meeting on Monday ", 500)} {
		_ = Extract(s, day("2025-01-01"), briefs.Dateline{})
		_ = Extract(s, time.Time{}, briefs.Dateline{})
	}
}

// TestDatelineGivenBodyWithout: a body without its dateline, with the
// dateline passed in, gives the same meetings ("here" and venues resolve).
func TestDatelineGivenBodyWithout(t *testing.T) {
	text, err := os.ReadFile("testdata/irigc.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := strings.TrimPrefix(string(text), "New Delhi, Dec 4 (IANS) ")
	dl := briefs.Dateline{Place: "New Delhi", Date: "2025-12-04", Source: "IANS"}
	got := Extract(body, time.Time{}, dl)
	want := Extract(string(text), day("2025-12-04"), briefs.Dateline{})
	if len(got.Meetings) != len(want.Meetings) {
		t.Fatalf("%d meetings, want %d", len(got.Meetings), len(want.Meetings))
	}
	for i := range got.Meetings {
		g, w := got.Meetings[i], want.Meetings[i]
		if g.Date != w.Date || g.Place != w.Place || g.Status != w.Status || g.Title != w.Title || !reflect.DeepEqual(g.Participants, w.Participants) {
			t.Errorf("meeting %d = %+v\nwant %+v", i, g, w)
		}
	}
	if res := Extract(body, time.Time{}, briefs.Dateline{}); len(res.Meetings) != 0 || len(res.Dates) != 0 {
		t.Errorf("no reference time: want nothing resolved, got %+v", res)
	}
}

// TestSidelinesShareTheWeek: a meeting "on the sidelines of" a summit and
// the summit are two gatherings of the same time; "ahead of" one is not.
func TestSidelinesShareTheWeek(t *testing.T) {
	pub := day("1988-02-24")
	for _, c := range []struct {
		text string
		want int
	}{
		{"ANKARA, Feb 24 - Andreas Papandreou and Turgut Ozal will meet in Brussels next week on the sidelines of the NATO summit.", 2},
		{"WASHINGTON, Feb 24 - Finance ministers will meet in Washington next week, ahead of the IMF annual meeting.", 1},
	} {
		res := Extract(c.text, pub, briefs.Dateline{})
		if len(res.Meetings) != c.want {
			t.Errorf("%q: %d meetings %+v, want %d", c.text, len(res.Meetings), res.Meetings, c.want)
			continue
		}
		for _, m := range res.Meetings {
			if m.Date != "1988-02-29" || m.Precision != briefs.PrecisionWeek {
				t.Errorf("%q: %s %s, want the week of 1988-02-29", c.text, m.Date, m.Precision)
			}
		}
	}
}

// TestAndAgain: "will meet on July 20 in Brussels, and again in Nyborg on
// September 5 and 6" names two meetings of one verb.
func TestAndAgain(t *testing.T) {
	res := Extract("BRUSSELS, July 9 - EC foreign ministers will meet on July 20 in Brussels, and again informally in Nyborg, Denmark, on September 5 and 6.",
		day("1987-07-09"), briefs.Dateline{})
	var got []string
	for _, m := range res.Meetings {
		got = append(got, m.Date+".."+m.EndDate)
	}
	if want := []string{"1987-07-20..", "1987-09-05..1987-09-06"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestAsideClauseIsNoDistance: a ', which ...,' clause after "The talks"
// does not push the main verb's date away, so the later mention keeps its
// own date instead of being read as the earlier meeting's.
func TestAsideClauseIsNoDistance(t *testing.T) {
	res := Extract("GENEVA, June 30 - Talks on farm trade ended here today. The talks, which began on Monday, are to resume in September.",
		day("1987-06-30"), briefs.Dateline{})
	var got []string
	for _, m := range res.Meetings {
		got = append(got, m.Date+" "+string(m.Status))
	}
	if want := []string{"1987-06-30 past", "1987-09 upcoming"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestDayOffset: a meeting named as "a day ahead of" or "two days after"
// another is dated from it; its own sentence's date is the other's.
func TestDayOffset(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"WASHINGTON, March 30 - G-7 ministers will meet in Washington on April 8, a day ahead of the IMF's Interim Committee meeting.", []string{"1987-04-08", "1987-04-09"}},
		{"TOKYO, March 30 - Miyazawa is to meet Baker in Washington on April 22, the day before a Group of Seven meeting there.", []string{"1987-04-22", "1987-04-23"}},
		{"LONDON, March 30 - The ministers met on Monday, two days after the summit.", []string{"1987-03-30", "1987-03-28"}},
	} {
		res := Extract(c.text, day("1987-03-30"), briefs.Dateline{})
		var got []string
		for _, m := range res.Meetings {
			got = append(got, m.Date)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPronounSubjectTitledName: "they" and "the two" stand for a person
// known by one name after a title ("President Suharto") as well as for
// full names.
func TestPronounSubjectTitledName(t *testing.T) {
	pub := day("1987-06-10")
	for _, c := range []struct {
		text  string
		parts []string
	}{
		{"JAKARTA, June 10 - President Suharto received Japanese Prime Minister Yasuhiro Nakasone today. They will meet again on Friday to discuss aid, officials said.",
			[]string{"Suharto", "Yasuhiro Nakasone"}},
		{"JAKARTA, June 10 - Indonesian President Suharto and Malaysian Prime Minister Mahathir Mohamad will meet on Friday, officials said. The two last met in May.",
			[]string{"Suharto", "Mahathir Mohamad"}},
	} {
		res := Extract(c.text, pub, briefs.Dateline{})
		if len(res.Meetings) != 2 {
			t.Errorf("%q: %d meetings, want 2", c.text, len(res.Meetings))
			continue
		}
		m := res.Meetings[1]
		if n := partiesMatched(m.Participants, c.parts); n < len(c.parts) || n < len(m.Participants) {
			t.Errorf("%q: second meeting's participants %q, want %q", c.text, m.Participants, c.parts)
		}
	}
}
