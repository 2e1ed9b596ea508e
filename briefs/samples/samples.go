// Package samples ships a handful of sample briefs inside the binary for
// `briefbot demo`. The first is the canonical IANS story from DESIGN.md; the
// others are illustrative wire-style briefs written for the demo around the
// same date (3-4 December 2025), not real reporting.
package samples

import "embed"

// FS holds the sample briefs under briefs/, one .txt file each.
//
//go:embed briefs/*.txt
var FS embed.FS

// Now is the demo's default reference time: the morning the canonical brief
// was published, in New Delhi.
const Now = "2025-12-04T09:00:00+05:30"
