package config

import (
	"fmt"
	"time"
)

// Location loads the destination's time zone.
func (d Destination) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(d.Timezone)
	if err != nil {
		return nil, fmt.Errorf("config: destination %q: timezone: %w", d.Name, err)
	}
	return loc, nil
}

// WindowDuration returns the fixed look-back window and true, or 0 and false
// when the window is since_last (or, in an unvalidated config, unparsable).
func (d Destination) WindowDuration() (time.Duration, bool) {
	if d.Window == WindowSinceLast {
		return 0, false
	}
	w, err := time.ParseDuration(d.Window)
	if err != nil || w <= 0 {
		return 0, false
	}
	return w, true
}
