#!/usr/bin/env bash
# Regenerates the public API records (PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt) of every library whose API is
# tracked (packable libraries, see Directory.Build.targets), in one command. See docs/api-changes.md.
#
#   eng/update-public-api.sh                 every tracked project under src/
#   eng/update-public-api.sh src/Send.Data   only these projects (folders or .csproj files)
#   eng/update-public-api.sh --ship ...      at a release: everything public today becomes Shipped, Unshipped empties
#
# Without --ship, PublicAPI.Shipped.txt is never changed. PublicAPI.Unshipped.txt is rewritten to hold exactly
#   - the API that exists now and is not in Shipped (additions), and
#   - "*REMOVED*<line>" for each Shipped line that no longer exists (removals: breaking changes, list them in
#     CHANGELOG.md).
# A changed signature shows as one removal and one addition. Missing files are created, so a new library needs nothing.
#
# How: the current API is listed by the PublicApiAnalyzers' own code fix (dotnet format analyzers, RS0016) run against
# empty copies of the two files, so the lines are exactly what the analyzer checks; then the old files are put back and
# the difference written. Finally each project is built to prove the records match (no RS0016/RS0017/RS0036/RS0037).
# Takes about two minutes a project on a busy two-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ship=false
projects=()
for arg in "$@"; do
  case "$arg" in
    --ship) ship=true ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *.csproj) projects+=("$arg") ;;
    *) found=$(ls "$arg"/*.csproj 2>/dev/null | head -n 1) || true
       if [ -z "$found" ]; then echo "update-public-api: no .csproj in '$arg'" >&2; exit 2; fi
       projects+=("$found") ;;
  esac
done

if [ ${#projects[@]} -eq 0 ]; then
  for csproj in src/*/*.csproj; do
    if [ "$(dotnet msbuild "$csproj" -getProperty:SendTrackPublicApi 2>/dev/null | tr -d '[:space:]')" = "true" ]; then
      projects+=("$csproj")
    fi
  done
fi
if [ ${#projects[@]} -eq 0 ]; then echo "update-public-api: no project tracks its public API" >&2; exit 2; fi

header='#nullable enable'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for csproj in "${projects[@]}"; do
  dir=$(dirname "$csproj")
  name=$(basename "$csproj" .csproj)
  shipped="$dir/PublicAPI.Shipped.txt"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  echo "== $name"
  [ -f "$shipped" ] || printf '%s\n' "$header" >"$shipped"
  [ -f "$unshipped" ] || printf '%s\n' "$header" >"$unshipped"
  cp "$shipped" "$work/$name.shipped"
  cp "$unshipped" "$work/$name.unshipped"

  # List today's API: empty records, then the analyzer's fix writes every public symbol into Unshipped.
  printf '%s\n' "$header" >"$shipped"
  printf '%s\n' "$header" >"$unshipped"
  dotnet restore "$csproj" >/dev/null
  if ! dotnet format analyzers "$csproj" --diagnostics RS0016 --severity info --no-restore >"$work/$name.format.log" 2>&1; then
    cp "$work/$name.shipped" "$shipped"; cp "$work/$name.unshipped" "$unshipped"
    cat "$work/$name.format.log" >&2
    echo "update-public-api: dotnet format failed for $name; records left as they were" >&2
    exit 1
  fi
  cp "$unshipped" "$work/$name.current"
  cp "$work/$name.shipped" "$shipped"

  python3 - "$work/$name.current" "$shipped" "$unshipped" "$ship" <<'PY'
import sys
current_path, shipped_path, unshipped_path, ship = sys.argv[1:5]
header = "#nullable enable"

def entries(path):
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\r\n") for line in f if line.strip() and not line.startswith("#")}

def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for line in sorted(lines, key=lambda s: s.encode("utf-8")):
            f.write(line + "\n")

current = entries(current_path)
shipped = {s for s in entries(shipped_path) if not s.startswith("*REMOVED*")}
if ship == "true":
    write(shipped_path, current)
    write(unshipped_path, [])
    print(f"   shipped {len(current)} lines; unshipped empty")
else:
    added = current - shipped
    removed = shipped - current
    write(unshipped_path, list(added) + ["*REMOVED*" + s for s in removed])
    print(f"   {len(added)} added, {len(removed)} removed since the shipped record")
PY

  # Prove it: a build with the new records has no public API diagnostics left.
  if ! dotnet build "$csproj" --no-restore -v quiet -nologo >"$work/$name.build.log" 2>&1; then
    grep -E "error" "$work/$name.build.log" | sort -u | head -n 40 >&2
    echo "update-public-api: $name does not build with the new records (see the errors above)" >&2
    exit 1
  fi
done
echo "Public API records updated. Review 'git diff -- \"*PublicAPI*.txt\"'; list every *REMOVED* line in CHANGELOG.md."
