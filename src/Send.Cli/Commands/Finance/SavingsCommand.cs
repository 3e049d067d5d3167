using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Data.Finance;
using Send.Domain.Finance;

namespace Send.Cli.Commands.Finance;

/// <summary><c>send finance savings programme.json [--json]</c>: savings strands with totals, delivery and shortfall, for one year or over several.</summary>
internal static partial class SavingsCommand
{
    public static Command Create() => FinanceFiles.FileCommand<MultiYearSavingsProgramme>(
        "savings",
        "Total a savings programme's strands, compare them with the stated target, and give delivery % and shortfall. "
        + "Strands that do not add up to the target are a warning, not an error.\n"
        + "Example: send finance savings templates/data/devon-savings.json\n"
        + "Over several years: send finance savings templates/data/anyshire-savings-plan.json; from a workbook: send finance savings book.xlsx#Savings --map map.json",
        "programme",
        "A savings programme (schema: docs/schemas/finance-savings-programme.schema.json).",
        MultiYearSavingsProgrammeReader.Read,
        (plan, loaded, json, output) =>
        {
            if (plan.Years.Count == 1)
            {
                if (json)
                {
                    output.WriteLine(CliJson.Serialize(ToJson(plan.Years[0], loaded.Problems)));
                }
                else
                {
                    WriteText(output, plan.Years[0]);
                }
            }
            else if (json)
            {
                output.WriteLine(CliJson.Serialize(ToJson(plan, loaded.Problems)));
            }
            else
            {
                WriteText(output, plan);
            }

            return FileOutcome.Success(loaded);
        },
        readSheet: FinanceSheetReader.ReadSavingsProgramme);

    private static void WriteText(TextWriter output, SavingsProgramme p)
    {
        var f = MoneyFormat.Millions(p.Decimals);
        output.WriteLine($"{p.Name} ({p.Year})");
        output.WriteLine();
        output.WriteLine(FinanceFiles.Left("Strand", 40) + FinanceFiles.Right("Target", 10) + FinanceFiles.Right("Forecast", 10) + FinanceFiles.Right("Delivered", 10) + "  RAG");
        foreach (var s in p.Strands)
        {
            output.WriteLine(FinanceFiles.Left(s.Name, 40) + FinanceFiles.Right(s.Target.ToString(f), 10)
                + FinanceFiles.Right(s.Forecast?.ToString(f) ?? "-", 10) + FinanceFiles.Right(s.Delivered?.ToString(f) ?? "-", 10)
                + "  " + FinanceFiles.Snake(s.Rag));
        }

        output.WriteLine(FinanceFiles.Left("Strands total", 40) + FinanceFiles.Right(p.StrandTargetTotal.ToString(f), 10));
        output.WriteLine(FinanceFiles.Left("Stated target", 40) + FinanceFiles.Right(p.StatedTarget.ToString(f), 10));
        output.WriteLine();
        output.WriteLine(p.Forecast is Money forecast
            ? $"Forecast {forecast.ToString(f)} of {p.StatedTarget.ToString(f)}: {(p.DeliveryPercent is decimal percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "(no target)")} delivered; shortfall {p.Shortfall!.Value.ToString(f)}"
            : "No forecast given.");
    }

    private static SavingsJson ToJson(SavingsProgramme p, IReadOnlyList<Send.Domain.Validation.DataProblem> problems)
    {
        decimal M(Money m) => FinanceFiles.Millions(m, p.Decimals);
        decimal? N(Money? m) => m is Money v ? M(v) : null;
        return new SavingsJson(
            p.Name,
            p.Year.ToString(),
            "£m",
            p.Decimals,
            M(p.StatedTarget),
            M(p.StrandTargetTotal),
            M(p.UnallocatedTarget),
            p.Tolerance.Amount,
            N(p.Forecast),
            N(p.Delivered),
            p.DeliveryPercent,
            N(p.Shortfall),
            p.Strands.Select(s => new StrandJson(s.Name, s.Year.ToString(), M(s.Target), N(s.Forecast), N(s.Delivered), s.DeliveryPercent, N(s.Shortfall), s.Rag, s.Commentary)).ToArray(),
            problems.Select(ProblemJson.From).ToArray());
    }

    private sealed record SavingsJson(
        string Name,
        string Year,
        string Unit,
        int Decimals,
        decimal Target,
        decimal StrandsTotal,
        decimal Unallocated,
        decimal Tolerance,
        decimal? Forecast,
        decimal? Delivered,
        decimal? DeliveryPercent,
        decimal? Shortfall,
        IReadOnlyList<StrandJson> Strands,
        IReadOnlyList<ProblemJson> Problems);

    private sealed record StrandJson(string Name, string Year, decimal Target, decimal? Forecast, decimal? Delivered, decimal? DeliveryPercent, decimal? Shortfall, RagStatus Rag, string? Commentary);
}
