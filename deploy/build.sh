#!/bin/sh
# Builds the static briefbot binary that deploy/Dockerfile puts in the image.
# CI runs this same script, so what it tests is what the image ships.
# Usage: deploy/build.sh [OUTPUT]   (run from the repository root)
set -eu
out=${1:-briefbot}
# -buildvcs=auto stamps the git revision when .git is there (it overrides a
# GOFLAGS=-buildvcs=false); `briefbot version` and briefbot_build_info show it.
CGO_ENABLED=0 go build -buildvcs=auto -trimpath -ldflags="-s -w" -o "$out" ./cmd/briefbot
