using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1005: <c>new LocalDate(y, 4, 1)</c>, <c>(y, 3, 31)</c>, <c>(y, 9, 1)</c> or <c>(y, 8, 31)</c> (and the same
/// <c>new DateTime(...)</c>) with constant month and day and a year that is computed (not a constant), in a
/// compilation that has Send's <c>FinancialYear</c>.
/// </summary>
/// <remarks>
/// A boundary is written by hand when the year is a variable or an expression (<c>new LocalDate(year + 1, 3, 31)</c>):
/// that is where the year is off by one. A date with a constant year (<c>new LocalDate(2025, 3, 31)</c> as a test's
/// as-at date, <c>new LocalDate(2015, 9, 1)</c> as a birthday) names one day, not a year's boundary, and is not flagged.
/// Nor is the one place that must write the boundaries: the members of <c>FinancialYear</c> and <c>AcademicYear</c>
/// themselves.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenYearBoundaryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property key: which boundary was written (<c>FinancialYearStart</c>, <c>FinancialYearEnd</c>,
    /// <c>AcademicYearStart</c>, <c>AcademicYearEnd</c>).</summary>
    public const string BoundaryProperty = "Boundary";

    /// <summary>The SEND1005 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.HandWrittenYearBoundary,
        "Use FinancialYear or AcademicYear instead of writing year boundaries by hand",
        "'{0}' writes the {1} by hand; use {2}",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "A date literal does not say which year it bounds, and the year argument is easily off by one (the 2024-25 financial year ends on 31 March 2025). FinancialYear and AcademicYear carry the convention and name the year the way DfE tables do.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownTypes.FinancialYear) is null)
            {
                return;
            }

            var yearTypes = ImmutableArray.Create<ISymbol?>(
                start.Compilation.GetTypeByMetadataName(KnownTypes.FinancialYear),
                start.Compilation.GetTypeByMetadataName(KnownTypes.AcademicYear));
            var localDate = start.Compilation.GetTypeByMetadataName(KnownTypes.LocalDate);
            var dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
            start.RegisterOperationAction(
                op =>
                {
                    var creation = (IObjectCreationOperation)op.Operation;
                    if (creation.Arguments.Length != 3
                        || !(SymbolEqualityComparer.Default.Equals(creation.Type, localDate) || SymbolEqualityComparer.Default.Equals(creation.Type, dateTime)))
                    {
                        return;
                    }

                    if (IsConstantYear(creation) || IsInside(op.ContainingSymbol, yearTypes))
                    {
                        return;
                    }

                    var boundary = Boundary(ArgumentValue(creation, "month"), ArgumentValue(creation, "day"));
                    if (boundary is null)
                    {
                        return;
                    }

                    var (description, replacement) = boundary switch
                    {
                        "FinancialYearStart" => ("start of a financial year (1 April)", "FinancialYear's Start"),
                        "FinancialYearEnd" => ("end of a financial year (31 March)", "FinancialYear's End"),
                        "AcademicYearStart" => ("start of an academic year (1 September)", "AcademicYear's Start"),
                        _ => ("end of an academic year (31 August)", "AcademicYear's End"),
                    };
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(BoundaryProperty, boundary);
                    op.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation(), properties, creation.Syntax.ToString(), description, replacement));
                },
                OperationKind.ObjectCreation);
        });
    }

    private static bool IsInside(ISymbol? symbol, ImmutableArray<ISymbol?> types)
    {
        for (var type = symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var candidate in types)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsConstantYear(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "year")
            {
                return argument.Value.ConstantValue.HasValue;
            }
        }

        return false;
    }

    private static int? ArgumentValue(IObjectCreationOperation creation, string parameterName)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.Value.ConstantValue is { HasValue: true, Value: int value })
            {
                return value;
            }
        }

        return null;
    }

    private static string? Boundary(int? month, int? day) => (month, day) switch
    {
        (4, 1) => "FinancialYearStart",
        (3, 31) => "FinancialYearEnd",
        (9, 1) => "AcademicYearStart",
        (8, 31) => "AcademicYearEnd",
        _ => null,
    };
}
