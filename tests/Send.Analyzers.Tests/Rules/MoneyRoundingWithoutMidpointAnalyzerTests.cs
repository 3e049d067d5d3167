using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.MoneyRoundingWithoutMidpointAnalyzer>;
using VerifyFix = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.MoneyRoundingWithoutMidpointAnalyzer, Send.Analyzers.CodeFixes.MoneyRoundingWithoutMidpointCodeFixProvider>;

namespace Send.Analyzers.Tests.Rules;

public sealed class MoneyRoundingWithoutMidpointAnalyzerTests
{
    [Fact]
    public Task Analyze_RoundMoneyAmountWithoutMode_Flags() => Verify.AnalyzeAsync("""
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal Cell(Money m) => {|SEND1006:Math.Round(m.Pounds / 1000000m, 1)|};
            decimal Whole(Money m) => {|SEND1006:Math.Round(m.Pounds)|};
        }
        """);

    [Fact]
    public Task Analyze_RoundWithModeOrNotMoney_DoesNotFlag() => Verify.AnalyzeAsync("""
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal Cell(Money m) => Math.Round(m.Pounds, 1, MidpointRounding.AwayFromZero);
            decimal Rate(decimal pupils) => Math.Round(pupils / 3m, 2);
            double Other(double x) => Math.Round(x);
        }
        """);

    [Fact]
    public Task Fix_RoundMoney_AddsAwayFromZero() => VerifyFix.FixAsync(
        """
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal Cell(Money m) => {|SEND1006:Math.Round(m.Pounds, 2)|};
        }
        """,
        """
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal Cell(Money m) => Math.Round(m.Pounds, 2, MidpointRounding.AwayFromZero);
        }
        """);
}
