#!/usr/bin/env bash
# Times the whole `send render` process for the scrutiny-committee sample against pandoc converting the same content
# (issue 6), side by side with hyperfine. Usage: benchmarks/Reporting/measure-process.sh [runs]
#
#  - send (ReadyToRun): `dotnet publish -r linux-x64`, as a CI pipeline would install it;
#  - send (JIT): the framework-dependent build `dotnet build` makes, as `dotnet tool install` gives;
#  - pandoc: `pandoc -f markdown -t docx` on the Markdown the template writes from the same data (the approved
#    golden file tests/Send.Reporting.Tests/Reports/scrutiny-send-update.verified.md).
#
# Send's run includes what pandoc's does not: reading and schema-checking the data, computing the EHCP headlines
# from a 7,173-case caseload, rendering the template and drawing a native chart with its workbook.
set -euo pipefail
runs="${1:-10}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
dotnet build src/Send.Cli -c Release -v quiet -nologo >/dev/null
dotnet publish src/Send.Cli -c Release -r linux-x64 --self-contained false -o "$work/send" -v quiet -nologo >/dev/null
args="render templates/scrutiny-send-update --data templates/scrutiny-send-update/sample.json"
pandoc --version | head -1
hyperfine -w 2 -r "$runs" -N \
  -n "send (ReadyToRun)" "$work/send/send $args -o $work/r2r.docx" \
  -n "send (JIT)" "dotnet src/Send.Cli/bin/Release/net10.0/send.dll $args -o $work/jit.docx" \
  -n "pandoc" "pandoc -f markdown -t docx -o $work/pandoc.docx tests/Send.Reporting.Tests/Reports/scrutiny-send-update.verified.md"
