package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/briefbot/briefbot/bot/metrics"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; when
// empty the module version from the build info is used.
var version = ""

// build describes this binary: the module version and the VCS revision,
// time and dirty flag the go command stamped into it.
type build struct {
	version, revision, time, goVersion string
	modified                           bool
}

// readBuild reads the build info of the running binary.
func readBuild() build {
	b := build{version: version}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		if b.version == "" {
			b.version = "(unknown)"
		}
		return b
	}
	b.goVersion = info.GoVersion
	if b.version == "" {
		b.version = info.Main.Version
	}
	if b.version == "" {
		b.version = "(devel)"
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.revision = s.Value
		case "vcs.time":
			b.time = s.Value
		case "vcs.modified":
			b.modified = s.Value == "true"
		}
	}
	return b
}

// String is one line: "v1.2.3 (revision 0123456789ab, 2026-12-04T10:00:00Z, modified, go1.26.8)".
func (b build) String() string {
	var parts []string
	if b.revision != "" {
		parts = append(parts, "revision "+b.revision[:min(12, len(b.revision))])
	}
	if b.time != "" {
		parts = append(parts, b.time)
	}
	if b.modified {
		parts = append(parts, "modified")
	}
	if b.goVersion != "" {
		parts = append(parts, b.goVersion)
	}
	if len(parts) == 0 {
		return b.version
	}
	return b.version + " (" + strings.Join(parts, ", ") + ")"
}

// metrics returns the labels of briefbot_build_info.
func (b build) metrics() metrics.Build {
	rev := b.revision
	if b.modified && rev != "" {
		rev += "-modified"
	}
	return metrics.Build{Version: b.version, Revision: rev, GoVersion: b.goVersion}
}

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "version")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "briefbot %s\n", readBuild())
	return nil
}
