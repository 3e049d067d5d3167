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

/// <summary>Issue #19: decimal.Round was missed; a ratio of two amounts is not money.</summary>
public sealed class MoneyRoundingWithoutMidpointPrecisionTests
{
    [Fact]
    public Task Analyze_DecimalRoundOnMoney_Flags() => Verify.AnalyzeAsync("""
        using Send.Domain.Finance;
        class Table
        {
            decimal Cell(Money m) => {|SEND1006:decimal.Round(m.Millions, 3)|};
            decimal Whole(Money m) => {|SEND1006:decimal.Round(m.Pounds)|};
            decimal Scaled(Money m, decimal rate) => {|SEND1006:decimal.Round(m.Pounds * rate, 2)|};
            decimal Sum(Money a, Money b) => {|SEND1006:System.Math.Round((a + b).Pounds, 2)|};
        }
        """);

    [Fact]
    public Task Analyze_RatioOfTwoAmounts_DoesNotFlag() => Verify.AnalyzeAsync("""
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal Share(Money part, Money whole) => Math.Round(part / whole * 100m, 1);
            decimal Share2(Money part, Money whole) => decimal.Round(part.Pounds / whole.Pounds, 3);
            decimal WithMode(Money m) => decimal.Round(m.Pounds, 2, MidpointRounding.AwayFromZero);
        }
        """);

    [Fact]
    public Task FixAll_DecimalAndMathRound_OnePass() => VerifyFix.FixAllInOnePassAsync(
        """
        using Send.Domain.Finance;
        class Table
        {
            decimal A(Money m) => {|SEND1006:decimal.Round(m.Pounds, 2)|};
            decimal B(Money m) => {|SEND1006:System.Math.Round(m.Millions, 1)|};
        }
        """,
        """
        using System;
        using Send.Domain.Finance;
        class Table
        {
            decimal A(Money m) => decimal.Round(m.Pounds, 2, MidpointRounding.AwayFromZero);
            decimal B(Money m) => System.Math.Round(m.Millions, 1, MidpointRounding.AwayFromZero);
        }
        """);
}
