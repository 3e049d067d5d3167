#!/usr/bin/env bash
# Measures the build-time cost of Send's analyzers on a synthetic consumer: four report models and 20 templates
# (five per model, loops and member chains), referencing Send.Domain and Send.Reporting packed from this repository.
# Compares `dotnet build` (analyzers on) with `dotnet build -p:RunAnalyzers=false`; each run first touches a source
# file so that the compiler (and with it the analyzers) really runs. Needs hyperfine (apt-get install hyperfine).
# Usage: benchmarks/Analyzers/measure-build.sh [runs]   (default 6; 0 skips hyperfine and only reports analyzer time)
set -euo pipefail
runs=${1:-6}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/send-analyzer-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
version="0.0.0-bench.$(date +%Y%m%d%H%M%S)"
feed="$work/feed"; app="$work/app"; mkdir -p "$feed" "$app/templates"

dotnet pack "$repo/src/Send.Reporting/Send.Reporting.csproj" -c Release -o "$feed" -p:PackageVersion="$version" -v q -nologo >/dev/null
dotnet pack "$repo/src/Send.Domain/Send.Domain.csproj" -c Release -o "$feed" -p:PackageVersion="$version" --no-build -v q -nologo >/dev/null

globals="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cat > "$app/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="local" value="$feed" /></packageSources>
  <fallbackPackageFolders><clear /><add key="machine" value="$globals" /></fallbackPackageFolders>
</configuration>
XML
echo '<Project />' > "$app/Directory.Build.props"; echo '<Project />' > "$app/Directory.Build.targets"; echo '<Project />' > "$app/Directory.Packages.props"
cat > "$app/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Send.Domain" Version="$version" />
    <PackageReference Include="Send.Reporting" Version="$version" />
  </ItemGroup>
</Project>
XML

models="SchoolsForumReport DsgRecoveryReport KpiScorecardReport DeadlinesReport"
for m in $models; do
  cat > "$app/$m.cs" <<CS
using System.Collections.Generic;
namespace Bench;
public sealed class $m
{
    public string LaName { get; init; } = "";
    public string Title { get; init; } = "";
    public decimal TotalDeficit { get; init; }
    public decimal InYearMovement { get; init; }
    public IReadOnlyList<${m}Row> Rows { get; init; } = new List<${m}Row>();
    public ${m}Row Latest { get; init; } = new();
    public IReadOnlyList<string> Notes { get; init; } = new List<string>();
}
public sealed class ${m}Row
{
    public string Label { get; init; } = "";
    public decimal Budget { get; init; }
    public decimal Outturn { get; init; }
    public decimal Variance { get; init; }
    public string Rag { get; init; } = "";
    public IReadOnlyList<${m}Cell> Cells { get; init; } = new List<${m}Cell>();
}
public sealed class ${m}Cell { public string Name { get; init; } = ""; public decimal Value { get; init; } }
CS
  for i in 1 2 3 4 5; do
    mkdir -p "$app/templates/$m"
    {
      echo "{{## model: Bench.$m ##}}"
      echo "# {{ title }} for {{ la_name }}"
      echo "{{ include 'footer.md.scriban' }}"
      for k in $(seq 1 8); do
        cat <<TPL
## Section $k
The deficit is {{ format_money total_deficit }} and moved by {{ format_money in_year_movement }}.
| Line | Budget | Outturn | Variance | RAG |
|---|---|---|---|---|
{{ for row in rows }}| {{ row.label }} | {{ format_money row.budget }} | {{ format_money row.outturn }} | {{ format_money row.variance }} | {{ rag row.rag }} |
{{ for cell in row.cells }}{{ cell.name }}: {{ format_number cell.value }} {{ end }}
{{ end }}
{{ if latest.variance > 0 }}Latest: {{ latest.label | string.upcase }}{{ else }}On budget{{ end }}
{{ for note in notes }}- {{ note }}
{{ end }}
TPL
      done
    } > "$app/templates/$m/report-$i.md.scriban"
    echo "Prepared by the SEND service." > "$app/templates/$m/footer.md.scriban"
  done
done
echo "templates: $(find "$app/templates" -name 'report-*.scriban' | wc -l) reports (+ $(find "$app/templates" -name 'footer*' | wc -l) partials)"

cd "$app"
dotnet restore -v q >/dev/null
dotnet build --no-restore -v q -nologo >/dev/null   # warm up (and fail here if the templates have mistakes)
export MSBUILDDISABLENODEREUSE=1
[ "$runs" -gt 0 ] && hyperfine --runs "$runs" --warmup 1 --export-markdown "$work/result.md" \
  --prepare "touch $app/SchoolsForumReport.cs" \
  -n "analyzers on" "dotnet build --no-restore -v q -nologo" \
  -n "analyzers off (-p:RunAnalyzers=false)" "dotnet build --no-restore -v q -nologo -p:RunAnalyzers=false"
[ "$runs" -gt 0 ] && cat "$work/result.md"

# The compiler's own account of analyzer time (independent of machine load): /reportanalyzer.
touch "$app/SchoolsForumReport.cs"
dotnet build --no-restore -nologo -v:d -p:ReportAnalyzer=true -p:UseSharedCompilation=false > "$work/report.txt" || true
grep -E "Total analyzer execution time|Total generator execution time|Send\.Analyzers|Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers, |TemplateAnalyzer|Rules\." "$work/report.txt" | grep -v "/csc " | sed 's/^ *//' | sort -u | head -30
