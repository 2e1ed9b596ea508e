package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/robfig/cron/v3"
)

// checkSchedule parses spec as cron.ParseStandard does (5 fields or a
// descriptor such as @daily) and explains a failure by naming the field.
func checkSchedule(spec string) error {
	s := strings.TrimSpace(spec)
	if s == "" {
		return errors.New("required: a cron spec such as \"0 8 * * 1-5\" or \"@daily\"")
	}
	if strings.HasPrefix(s, "TZ=") || strings.HasPrefix(s, "CRON_TZ=") {
		return fmt.Errorf("%q: set the time zone in timezone, not in the schedule", spec)
	}
	_, err := cron.ParseStandard(s)
	if err == nil {
		return nil
	}
	fields := strings.Fields(s)
	if strings.HasPrefix(s, "@") {
		return fmt.Errorf("%q: %v (want @yearly, @monthly, @weekly, @daily, @hourly or @every DURATION)", spec, err)
	}
	if len(fields) != 5 {
		return fmt.Errorf("%q: want 5 fields (minute hour day-of-month month day-of-week), found %d", spec, len(fields))
	}
	cronFields := [5]struct{ name, valid string }{
		{"minute", "0-59"},
		{"hour", "0-23"},
		{"day of month", "1-31"},
		{"month", "1-12 or JAN-DEC"},
		{"day of week", "0-6 or SUN-SAT"},
	}
	for i, f := range fields {
		probe := []string{"*", "*", "*", "*", "*"}
		probe[i] = f
		if _, ferr := cron.ParseStandard(strings.Join(probe, " ")); ferr != nil {
			if msg := ferr.Error(); strings.Contains(msg, "minimum") || strings.Contains(msg, "maximum") {
				return fmt.Errorf("%q: %s out of range (%s)", spec, cronFields[i].name, cronFields[i].valid)
			}
			return fmt.Errorf("%q: %s %q is not valid (%s)", spec, cronFields[i].name, f, cronFields[i].valid)
		}
	}
	return fmt.Errorf("%q: %v", spec, err)
}
