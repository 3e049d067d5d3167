#!/usr/bin/env bash
# Whole-process timings of the native (AOT), ReadyToRun and JIT `send` against pandoc, side by side in one hyperfine
# run (alternating commands), for issue #20. Usage: benchmarks/Reporting/measure-aot.sh [runs]
#
#  - `send render` of the scrutiny-committee sample (reads and schema-checks the data, computes the EHCP headlines
#    from a 7,173-case caseload, renders the template, writes a .docx with a native chart);
#  - pandoc 2.17 on the seed scrutiny paper as a council wrote it (17 KB of Markdown: SEND_SEED, default
#    ../shared/seeds/001_7cdc09de55541a80.txt), NOT on the Markdown our template writes (which is slower for pandoc);
#  - then every other command family on the native build (target: under 30 ms each).
# SEND_AOT=path reuses a native build (from .ci/aot or a publish) instead of publishing one (several minutes).
set -euo pipefail
runs="${1:-10}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
seed="${SEND_SEED:-../shared/seeds/001_7cdc09de55541a80.txt}"
dotnet build src/Send.Cli -c Release -v quiet -nologo >/dev/null
dotnet publish src/Send.Cli -c Release -r linux-x64 --self-contained false -o "$work/r2r" -v quiet -nologo >/dev/null
if [ -z "${SEND_AOT:-}" ]; then
  dotnet publish src/Send.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo >/dev/null
  SEND_AOT="$work/aot/send"
fi
args="render templates/scrutiny-send-update --data templates/scrutiny-send-update/sample.json"
pandoc --version | head -1
nproc; uptime
hyperfine -w 2 -r "$runs" -N \
  -n "send (native AOT)" "$SEND_AOT $args -o $work/aot.docx" \
  -n "send (ReadyToRun)" "$work/r2r/send $args -o $work/r2r.docx" \
  -n "send (JIT)" "dotnet src/Send.Cli/bin/Release/net10.0/send.dll $args -o $work/jit.docx" \
  -n "pandoc (seed paper)" "pandoc -f markdown -t docx -o $work/pandoc.docx $seed"
hyperfine -w 2 -r "$runs" -N \
  -n "timescales assessment" "$SEND_AOT timescales assessment --request 2025-01-13" \
  -n "timescales rules --json" "$SEND_AOT timescales rules --json" \
  -n "timescales due (7,173 cases)" "$SEND_AOT timescales due --caseload templates/scrutiny-send-update/caseload.csv --as-at 2025-09-01 --within 10wd --csv" \
  -n "finance deficit" "$SEND_AOT finance deficit templates/data/wiltshire-deficit.json" \
  -n "kpi table" "$SEND_AOT kpi table templates/data/devon-strategic-kpis.json" \
  -n "check scrutiny" "$SEND_AOT check templates/scrutiny-send-update --data templates/scrutiny-send-update/sample.json" \
  -n "help" "$SEND_AOT --help"
