using System.Threading.Tasks;
using Xunit;
using Verify = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.FloatingPointMoneyAnalyzer>;
using VerifyFix = Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Rules.FloatingPointMoneyAnalyzer, Send.Analyzers.CodeFixes.FloatingPointMoneyCodeFixProvider>;

namespace Send.Analyzers.Tests.Rules;

public sealed class FloatingPointMoneyAnalyzerTests
{
    [Fact]
    public Task Analyze_DoublePassedToMoneyFactory_Flags() => Verify.AnalyzeAsync("""
        using Send.Domain.Finance;
        class Budget
        {
            Money Top(double pounds) => Money.FromPounds({|SEND1003:(decimal)pounds|});
        }
        """);

    [Fact]
    public Task Analyze_MoneyAmountToDouble_Flags() => Verify.AnalyzeAsync("""
        using Send.Domain.Finance;
        class Chart
        {
            double Height(Money m) => {|SEND1003:(double)m.Pounds|};
            float Width(Money m) => {|SEND1003:(float)m.Pounds|};
        }
        """);

    [Fact]
    public Task Analyze_FloatMultipliedIntoMoney_Flags() => Verify.AnalyzeAsync("""
        using Send.Domain.Finance;
        class Uplift
        {
            Money Apply(Money m, float rate) => m * {|SEND1003:(decimal)rate|};
        }
        """);

    [Fact]
    public Task Analyze_DecimalThroughout_DoesNotFlag() => Verify.AnalyzeAsync("""
        using Send.Domain.Finance;
        class Budget
        {
            Money Top(decimal pounds) => Money.FromPounds(pounds) * 1.5m;
            decimal Amount(Money m) => m.Pounds;
            double Ratio(double a, double b) => (double)(decimal)a / b;
            int Count(double d) => (int)d;
        }
        """);

    [Fact]
    public Task Fix_DoubleLiteralCast_BecomesDecimalLiteral() => VerifyFix.FixAsync(
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Top() => Money.FromPounds({|SEND1003:(decimal)1250.75|});
        }
        """,
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Top() => Money.FromPounds(1250.75m);
        }
        """);

    [Fact]
    public Task Fix_DoubleLocal_BecomesDecimalLocal() => VerifyFix.FixAsync(
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Top()
            {
                double pounds = 0.1;
                return Money.FromPounds({|SEND1003:(decimal)pounds|});
            }
        }
        """,
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Top()
            {
                decimal pounds = 0.1m;
                return Money.FromPounds(pounds);
            }
        }
        """);

    /// <summary>Issue #19: Fix All over two casts of one local changed the declaration twice and failed.</summary>
    [Fact]
    public Task FixAll_TwoCastsOfOneLocalAndALiteral_OnePass() => VerifyFix.FixAllInOnePassAsync(
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Fee() => Money.FromPounds({|SEND1003:(decimal)1250.75|});
            Money Twice()
            {
                double pounds = 99.5;
                return Money.FromPounds({|SEND1003:(decimal)pounds|}) * {|SEND1003:(decimal)pounds|};
            }
        }
        """,
        """
        using Send.Domain.Finance;
        class Budget
        {
            Money Fee() => Money.FromPounds(1250.75m);
            Money Twice()
            {
                decimal pounds = 99.5m;
                return Money.FromPounds(pounds) * pounds;
            }
        }
        """);
}
