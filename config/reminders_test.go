package config

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLoadReminders(t *testing.T) {
	tests := []struct {
		name    string
		value   string
		want    Offsets
		wantErr string // in Load's or Validate's error
	}{
		{"absent", "", nil, ""},
		{"one day", "1d", Offsets{24 * time.Hour}, ""},
		{"list", "[1d, 1h]", Offsets{24 * time.Hour, time.Hour}, ""},
		{"go durations", "[90m, 2h30m]", Offsets{90 * time.Minute, 150 * time.Minute}, ""},
		{"not a duration", "soon", nil, `"soon" is not a duration`},
		{"bad days", "[xd]", nil, `"xd" is not a number of days`},
		{"a map", "{a: 1}", nil, "want a duration such as 1d"},
		{"negative", "-1h", nil, "destinations[0].reminders[0]: -1h0m0s is not between 1m and 30d"},
		{"too far", "45d", nil, "destinations[0].reminders[0]: 45d is not between 1m and 30d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := "destinations:\n  - name: a\n    platform: console\n    schedule: \"@daily\"\n"
			if tt.value != "" {
				file += "    reminders: " + tt.value + "\n"
			}
			c, err := Load(writeFile(t, "c.yaml", file), nil)
			if err == nil {
				err = c.Validate()
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want it to contain %q", err, tt.wantErr)
			case tt.wantErr == "" && !reflect.DeepEqual(c.Destinations[0].Reminders, tt.want):
				t.Errorf("reminders = %v, want %v", c.Destinations[0].Reminders, tt.want)
			}
		})
	}
}
