using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Send.Analyzers.Rules;

/// <summary>
/// SEND1007: <c>deadline.Due</c> of a <c>Send.Domain.Statutory.StatutoryDeadline</c> compared with <c>&lt;</c>,
/// <c>&gt;</c>, <c>&lt;=</c> or <c>&gt;=</c> against the current date, in a method (lambda, property...) that never
/// reads the deadline's <c>Status</c>, <c>IsDisapplied</c> or <c>DaysOverdue</c>: the code decides "late" as if every
/// deadline were binding.
/// </summary>
/// <remarks>
/// "The current date" is, exactly: a local, parameter, field or property whose name has the word today, now or current
/// or the words "as at"/"as of" (<c>today</c>, <c>asAt</c>, <c>report.AsOfDate</c>); or an expression (or the
/// initializer of a local it reads) that calls a <c>NodaTime.IClock</c> or <c>ZonedClock</c> or reads
/// <c>DateTime.Now/Today/UtcNow</c>. Comparing two due dates (sorting) or a due date with any other date (a planned
/// panel date, an event date) is not flagged.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DisappliedDeadlineAsBindingAnalyzer : DiagnosticAnalyzer
{
    private const string DeadlineType = "Send.Domain.Statutory.StatutoryDeadline";

    /// <summary>The SEND1007 descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.DisappliedDeadlineAsBinding,
        "Check a deadline's status before treating its due date as binding",
        "'{0}' compares a statutory due date without checking the deadline's Status; a disapplied deadline (an exception was invoked) is not late when its date passes",
        RuleDescriptors.CodeCategory,
        DiagnosticSeverity.Warning,
        "When an exception under reg 10(4) applies, the fixed limit no longer binds (the duty becomes 'as soon as practicable'); the statutory date is still shown. Code that compares Due with today counts such cases as overdue. Read Status (Overdue, Disapplied...) or DaysOverdue instead.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var deadline = start.Compilation.GetTypeByMetadataName(DeadlineType);
            if (deadline is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                // The statutory library itself computes the status from the due date.
                if (block.OwningSymbol.ContainingType.IsTypeInNamespace(KnownTypes.StatutoryNamespace))
                {
                    return;
                }

                var comparisons = new ConcurrentBag<IBinaryOperation>();
                var checksStatus = 0;
                block.RegisterOperationAction(
                    op =>
                    {
                        var reference = (IPropertyReferenceOperation)op.Operation;
                        if (SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, deadline)
                            && reference.Property.Name is "Status" or "IsDisapplied" or "DaysOverdue")
                        {
                            System.Threading.Interlocked.Exchange(ref checksStatus, 1);
                        }
                    },
                    OperationKind.PropertyReference);
                block.RegisterOperationAction(
                    op =>
                    {
                        var binary = (IBinaryOperation)op.Operation;
                        if (binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan
                                or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual
                            && (IsDue(binary.LeftOperand, deadline) ? IsCurrentDate(binary.RightOperand)
                                : IsDue(binary.RightOperand, deadline) && IsCurrentDate(binary.LeftOperand)))
                        {
                            comparisons.Add(binary);
                        }
                    },
                    OperationKind.Binary);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (checksStatus != 0)
                    {
                        return;
                    }

                    foreach (var comparison in comparisons.OrderBy(c => c.Syntax.SpanStart))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Rule, comparison.Syntax.GetLocation(), comparison.Syntax.ToString()));
                    }
                });
            });
        });
    }

    /// <summary>True when the operand is "the current date" (see the type's remarks).</summary>
    private static bool IsCurrentDate(IOperation operand)
    {
        while (operand is IConversionOperation or IParenthesizedOperation)
        {
            operand = operand is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operand).Operand;
        }

        var name = operand switch
        {
            ILocalReferenceOperation l => l.Local.Name,
            IParameterReferenceOperation p => p.Parameter.Name,
            IMemberReferenceOperation m => m.Member.Name,
            _ => null,
        };
        if (name is not null && Names.SaysNow(name))
        {
            return true;
        }

        if (ReadsClock(operand))
        {
            return true;
        }

        // A local computed from the clock: var d = clock.GetCurrentInstant().InZone(zone).Date;
        if (operand is ILocalReferenceOperation local && operand.SemanticModel is { } model)
        {
            foreach (var reference in local.Local.DeclaringSyntaxReferences)
            {
                if (model.SyntaxTree == reference.SyntaxTree && model.GetOperation(reference.GetSyntax()) is { } declarator && ReadsClock(declarator))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ReadsClock(IOperation operation) => operation.DescendantsAndSelf().Any(o => o switch
    {
        IInvocationOperation i => i.TargetMethod.ContainingType is { } t && IsClockType(t),
        IPropertyReferenceOperation { Property.IsStatic: true } p => p.Property.ContainingType.SpecialType == SpecialType.System_DateTime
            && p.Property.Name is "Now" or "Today" or "UtcNow",
        _ => false,
    });

    private static bool IsClockType(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == "NodaTime" && type.Name is "IClock" or "ZonedClock" or "SystemClock";

    private static bool IsDue(IOperation operand, INamedTypeSymbol deadline)
    {
        while (operand is IConversionOperation { IsImplicit: true } conversion)
        {
            operand = conversion.Operand;
        }

        return operand is IPropertyReferenceOperation { Property.Name: "Due" } due
            && SymbolEqualityComparer.Default.Equals(due.Property.ContainingType, deadline);
    }
}
