using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1002: a statutory period added to a date by hand (<c>request.PlusWeeks(20)</c>) where the result feeds Send's
/// statutory types.
/// </summary>
/// <remarks>
/// The heuristic, exactly: an invocation of <c>LocalDate.PlusWeeks</c> with a constant 6, 15, 16 or 20;
/// <c>LocalDate.PlusDays</c> or <c>DateTime.AddDays</c> with a constant 15, 42, 105, 112 or 140;
/// <c>PlusMonths</c>/<c>AddMonths</c> with 12; or <c>PlusYears</c>/<c>AddYears</c> with 1; AND either the result is passed
/// directly as an argument to a method or constructor of a type in <c>Send.Domain</c>, or the method (or lambda, property,
/// field initializer) containing it mentions a type from <c>Send.Domain.Statutory</c> (in a parameter, a local, a member
/// access or an object creation), or its containing type has a field or property of such a type.
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
            var dateTime = start.Compilation.GetSpecialType(SpecialType.System_DateTime);
            if (localDate is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var candidates = new ConcurrentBag<(IInvocationOperation Invocation, string Period, bool FeedsDomain)>();
                block.RegisterOperationAction(
                    op =>
                    {
                        var invocation = (IInvocationOperation)op.Operation;
                        var period = MatchPeriod(invocation, localDate, dateTime);
                        if (period is not null)
                        {
                            candidates.Add((invocation, period, FeedsSendDomain(invocation)));
                        }
                    },
                    OperationKind.Invocation);

                block.RegisterOperationBlockEndAction(end =>
                {
                    if (candidates.IsEmpty)
                    {
                        return;
                    }

                    var mentionsStatutory = MentionsStatutory(end.OwningSymbol, end.OperationBlocks);
                    foreach (var (invocation, period, feedsDomain) in candidates)
                    {
                        if (feedsDomain || mentionsStatutory)
                        {
                            var properties = ImmutableDictionary<string, string?>.Empty.Add(PeriodProperty, period);
                            end.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties, invocation.Syntax.ToString()));
                        }
                    }
                });
            });
        });
    }

    /// <summary>Returns e.g. <c>Weeks=20</c> when the invocation adds a statutory period, otherwise null.</summary>
    private static string? MatchPeriod(IInvocationOperation invocation, INamedTypeSymbol localDate, INamedTypeSymbol dateTime)
    {
        var method = invocation.TargetMethod;
        if (invocation.Arguments.Length != 1 || method.IsStatic)
        {
            return null;
        }

        var constant = invocation.Arguments[0].Value.ConstantValue;
        if (!constant.HasValue || constant.Value is null)
        {
            return null;
        }

        double value;
        switch (constant.Value)
        {
            case int i: value = i; break;
            case long l: value = l; break;
            case double d: value = d; break;
            default: return null;
        }

        if (value != System.Math.Floor(value))
        {
            return null;
        }

        var n = (int)value;
        var isLocalDate = SymbolEqualityComparer.Default.Equals(method.ContainingType, localDate);
        var isDateTime = SymbolEqualityComparer.Default.Equals(method.ContainingType, dateTime);
        if (!isLocalDate && !isDateTime)
        {
            return null;
        }

        return method.Name switch
        {
            "PlusWeeks" when isLocalDate && Weeks.Contains(n) => "Weeks=" + n,
            "PlusDays" or "AddDays" when Days.Contains(n) => "Days=" + n,
            "PlusMonths" or "AddMonths" when n == 12 => "Months=12",
            "PlusYears" or "AddYears" when n == 1 => "Years=1",
            _ => null,
        };
    }

    private static bool FeedsSendDomain(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation argument
            && argument.Parameter?.ContainingSymbol is IMethodSymbol target
            && target.ContainingType.IsTypeInNamespace(KnownTypes.DomainNamespace);
    }

    private static bool MentionsStatutory(ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
    {
        if (owningSymbol is IMethodSymbol method
            && (method.Parameters.Any(p => IsStatutory(p.Type)) || IsStatutory(method.ReturnType)))
        {
            return true;
        }

        var containingType = owningSymbol.ContainingType;
        if (containingType is not null && containingType.GetMembers().Any(m =>
                (m is IFieldSymbol f && IsStatutory(f.Type)) || (m is IPropertySymbol p && IsStatutory(p.Type))))
        {
            return true;
        }

        foreach (var block in blocks)
        {
            foreach (var op in block.DescendantsAndSelf())
            {
                if (IsStatutory(op.Type))
                {
                    return true;
                }

                var member = op switch
                {
                    IMemberReferenceOperation r => r.Member.ContainingType,
                    IInvocationOperation i => i.TargetMethod.ContainingType,
                    _ => null,
                };
                if (IsStatutory(member))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsStatutory(ITypeSymbol? type) => type.IsTypeInNamespace(KnownTypes.StatutoryNamespace);
}
