using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1002: a statutory period added to a date by hand (<c>request.PlusWeeks(20)</c>) where the result is used as a
/// deadline.
/// </summary>
/// <remarks>
/// The heuristic, exactly (docs/rules/SEND1002.md): the arithmetic is <c>LocalDate.PlusWeeks</c> with a constant 6, 15,
/// 16 or 20, <c>LocalDate.PlusDays</c> or <c>DateTime.AddDays</c> with a constant 15, 42, 105, 112 or 140,
/// <c>PlusMonths</c>/<c>AddMonths</c> with 12, <c>PlusYears</c>/<c>AddYears</c> with 1, or the same periods as a
/// <c>Period.FromWeeks/FromDays/FromMonths/FromYears</c> constant passed to <c>LocalDate.Plus</c> or added with
/// <c>+</c>; AND the result is used as a deadline: compared with another date (<c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>,
/// <c>&gt;=</c>, <c>==</c>, <c>!=</c>), passed to a Send.Domain parameter whose name says due or deadline, or stored in
/// (or returned from) a local, field, property or method whose name says due or deadline.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandComputedStatutoryDeadlineAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property key carrying the period in the diagnostic, e.g. <c>Weeks=20</c>.</summary>
    public const string PeriodProperty = "Period";

    /// <summary>The SEND1002 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.HandComputedStatutoryDeadline,
        "Statutory deadline computed by hand; use the statutory rule API",
        "'{0}' computes a statutory deadline by hand; use Send.Domain.Statutory's rule, which applies the counting convention, exceptions and citation",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "Adding 6, 16 or 20 weeks (or 12 months) to a date ignores how the law counts (the day of the event is day 0), the exceptions that disapply a deadline, and the rule's citation. Send.Domain.Statutory's rules do all three.");

    private const string PeriodType = "NodaTime.Period";

    private static readonly ImmutableHashSet<int> Weeks = ImmutableHashSet.Create(6, 15, 16, 20);
    private static readonly ImmutableHashSet<int> Days = ImmutableHashSet.Create(15, 42, 105, 112, 140);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var localDate = start.Compilation.GetTypeByMetadataName(KnownTypes.LocalDate);
            var period = start.Compilation.GetTypeByMetadataName(PeriodType);
            var dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
            if (localDate is null || start.Compilation.GetTypeByMetadataName(KnownTypes.DeadlineEngine) is null)
            {
                return;
            }

            start.RegisterOperationAction(
                op =>
                {
                    var invocation = (IInvocationOperation)op.Operation;
                    Report(op, invocation, MatchInvocation(invocation, localDate, dateTime, period), localDate, dateTime);
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(
                op =>
                {
                    var binary = (IBinaryOperation)op.Operation;
                    Report(op, binary, MatchAddition(binary, localDate, period), localDate, dateTime);
                },
                OperationKind.Binary);
        });
    }

    private static void Report(OperationAnalysisContext context, IOperation arithmetic, string? period, INamedTypeSymbol localDate, INamedTypeSymbol dateTime)
    {
        if (period is null || !UsedAsDeadline(arithmetic, context.ContainingSymbol, localDate, dateTime))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(PeriodProperty, period);
        context.ReportDiagnostic(Diagnostic.Create(Rule, arithmetic.Syntax.GetLocation(), properties, arithmetic.Syntax.ToString()));
    }

    /// <summary>Returns e.g. <c>Weeks=20</c> when the invocation adds a statutory period, otherwise null.</summary>
    private static string? MatchInvocation(IInvocationOperation invocation, INamedTypeSymbol localDate, INamedTypeSymbol dateTime, INamedTypeSymbol? period)
    {
        var method = invocation.TargetMethod;
        if (invocation.Arguments.Length != 1 || method.IsStatic)
        {
            return null;
        }

        var isLocalDate = SymbolEqualityComparer.Default.Equals(method.ContainingType, localDate);
        var isDateTime = SymbolEqualityComparer.Default.Equals(method.ContainingType, dateTime);
        if (isLocalDate && method.Name == "Plus")
        {
            return MatchPeriodValue(invocation.Arguments[0].Value, period);
        }

        if ((!isLocalDate && !isDateTime) || Constant(invocation.Arguments[0].Value) is not int n)
        {
            return null;
        }

        return Match(method.Name switch
        {
            "PlusWeeks" when isLocalDate => "Weeks",
            "PlusDays" or "AddDays" => "Days",
            "PlusMonths" or "AddMonths" => "Months",
            "PlusYears" or "AddYears" => "Years",
            _ => null,
        }, n);
    }

    /// <summary><c>date + Period.FromWeeks(20)</c> (either order).</summary>
    private static string? MatchAddition(IBinaryOperation binary, INamedTypeSymbol localDate, INamedTypeSymbol? period)
    {
        if (binary.OperatorKind != BinaryOperatorKind.Add || period is null)
        {
            return null;
        }

        var leftIsDate = SymbolEqualityComparer.Default.Equals(binary.LeftOperand.Type, localDate);
        var rightIsDate = SymbolEqualityComparer.Default.Equals(binary.RightOperand.Type, localDate);
        return leftIsDate ? MatchPeriodValue(binary.RightOperand, period)
            : rightIsDate ? MatchPeriodValue(binary.LeftOperand, period)
            : null;
    }

    /// <summary><c>Period.FromWeeks(20)</c> and the like.</summary>
    private static string? MatchPeriodValue(IOperation value, INamedTypeSymbol? period)
    {
        value = Unwrap(value);
        if (period is null || value is not IInvocationOperation { TargetMethod.IsStatic: true } factory
            || !SymbolEqualityComparer.Default.Equals(factory.TargetMethod.ContainingType, period)
            || factory.Arguments.Length != 1 || Constant(factory.Arguments[0].Value) is not int n)
        {
            return null;
        }

        return Match(factory.TargetMethod.Name switch
        {
            "FromWeeks" => "Weeks",
            "FromDays" => "Days",
            "FromMonths" => "Months",
            "FromYears" => "Years",
            _ => null,
        }, n);
    }

    private static string? Match(string? unit, int n) => unit switch
    {
        "Weeks" when Weeks.Contains(n) => "Weeks=" + n,
        "Days" when Days.Contains(n) => "Days=" + n,
        "Months" when n == 12 => "Months=12",
        "Years" when n == 1 => "Years=1",
        _ => null,
    };

    private static int? Constant(IOperation value)
    {
        var constant = value.ConstantValue;
        if (!constant.HasValue)
        {
            return null;
        }

        return constant.Value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            double d when d == System.Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            _ => null,
        };
    }

    /// <summary>True when the computed date is used as a deadline (see the type's remarks).</summary>
    private static bool UsedAsDeadline(IOperation arithmetic, ISymbol containingSymbol, INamedTypeSymbol localDate, INamedTypeSymbol dateTime)
    {
        var parent = arithmetic.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IBinaryOperation comparison when IsComparison(comparison.OperatorKind):
                var other = Unwrap(comparison.LeftOperand) == Unwrap(arithmetic) ? comparison.RightOperand : comparison.LeftOperand;
                var otherType = Unwrap(other).Type;
                return SymbolEqualityComparer.Default.Equals(otherType, localDate) || SymbolEqualityComparer.Default.Equals(otherType, dateTime);
            case IArgumentOperation argument:
                return argument.Parameter is { } parameter
                    && parameter.ContainingSymbol is IMethodSymbol target
                    && target.ContainingType.IsTypeInNamespace(KnownTypes.DomainNamespace)
                    && Names.SaysDeadline(parameter.Name);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return Names.SaysDeadline(declarator.Symbol.Name);
            case IVariableInitializerOperation:
            case IFieldInitializerOperation:
            case IPropertyInitializerOperation:
                return parent switch
                {
                    IFieldInitializerOperation f => System.Linq.Enumerable.Any(f.InitializedFields, x => Names.SaysDeadline(x.Name)),
                    IPropertyInitializerOperation p => System.Linq.Enumerable.Any(p.InitializedProperties, x => Names.SaysDeadline(x.Name)),
                    _ => false,
                };
            case ISimpleAssignmentOperation assignment:
                return assignment.Target switch
                {
                    ILocalReferenceOperation l => Names.SaysDeadline(l.Local.Name),
                    IMemberReferenceOperation m => Names.SaysDeadline(m.Member.Name),
                    _ => false,
                };
            case IReturnOperation:
                var owner = containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;
                return Names.SaysDeadline(owner.Name);
            default:
                return false;
        }
    }

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan
        or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual
        or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals;

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }
}
