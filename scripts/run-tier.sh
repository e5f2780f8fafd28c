#!/usr/bin/env bash
# Runs one test tier of the built solution (runsettings/<tier>.runsettings) and ends with its summary line
# "N passed, N failed, N skipped". Exits non-zero on any failure. Extra arguments go to `dotnet test`.
#   scripts/run-tier.sh fast        # the Fast tier (./test-fast builds first, then calls this)
#   scripts/run-tier.sh sabotage    # the Fast runs with deliberate harness faults: each listed claim check must fail
#   scripts/run-tier.sh rehearsal   # every Full test's code path on synthetic data with random paper-backbone weights
#   scripts/run-tier.sh demo        # the demo (default synthetic data, demo profile) with every claim's Demo margins
set -euo pipefail
cd "$(dirname "$0")/.."
tier="${1:?usage: scripts/run-tier.sh fast|sabotage|rehearsal|demo [dotnet test arguments]}"
shift
settings="runsettings/$tier.runsettings"
[ -f "$settings" ] || { echo "run-tier: no $settings" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test LeakSpec.sln -c Release --no-build --settings "$settings" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# Sum the per-assembly lines ("Passed!  - Failed: 0, Passed: 18, Skipped: 0, Total: 18, ...").
awk -v tier="$tier" '/(Passed|Failed)! +- Failed: /{ gsub(",",""); for(i=1;i<=NF;i++){ if($i=="Failed:")f+=$(i+1); if($i=="Passed:")p+=$(i+1); if($i=="Skipped:")s+=$(i+1) } }
     END { printf "%s: %d passed, %d failed, %d skipped\n", tier, p, f, s }' "$log"
exit "$status"
