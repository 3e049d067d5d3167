using System.Text;
using Send.Data.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed class Utf8TextTests
{
    [Fact]
    public void Decode_Utf8WithByteOrderMark_IsTheTextWithoutIt() =>
        Assert.Equal("£5", Utf8Text.Decode([0xEF, 0xBB, 0xBF, 0xC2, 0xA3, (byte)'5'], "x.json", out _));

    [Fact]
    public void Decode_Windows1252PoundSign_IsAProblemAtItsLineAndColumn()
    {
        // Line 2 is "  £5": the pound sign (0xA3 in Windows-1252) is its third character.
        var bytes = Encoding.ASCII.GetBytes("{\n  X5\n}");
        bytes[4] = 0xA3;

        Assert.Null(Utf8Text.Decode(bytes, "x.json", out var problem));

        Assert.Equal(("x.json", 2, 3, "SEND-ENCODING"), (problem!.Source, problem.Line, problem.Column, problem.Code));
        Assert.StartsWith("0xA3", problem.Value, System.StringComparison.Ordinal);
    }
}
