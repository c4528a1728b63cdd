#!/bin/sh
# Times every export format (warm) for the demo report and a report with ten times longer texts,
# and the peak heap of 1 vs 4 concurrent PDF exports. Needs the local PostgreSQL, like the tests.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ExportBenchmarkTest -Dtest.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false
cat target/export-bench.txt
