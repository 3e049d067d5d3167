using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Send.Data.Parsing;
using Xunit;

namespace Send.Domain.Tests.Parsing;

/// <summary>
/// <see cref="CsvRecordReader"/> (CsvHelper's parser since issue #20) reads RFC 4180 as Send's readers expect: the
/// records and start lines below are worked by hand from the text; the property round-trips any fields written by
/// the RFC's rules.
/// </summary>
public sealed class CsvRecordReaderTests
{
    [Theory]
    [InlineData("a,b\n\"c,d\",e\n", "1:a|b", "2:c,d|e")]
    [InlineData("x,\"multi\nline\",y\nz\n", "1:x|multi\nline|y", "3:z")]
    [InlineData("\"say \"\"hi\"\"\",2\n", "1:say \"hi\"|2")]
    [InlineData("a,b\r\nc\r\n", "1:a|b", "2:c")]
    [InlineData("a\n\nb\n", "1:a", "2:", "3:b")]
    [InlineData("a,b", "1:a|b")]
    [InlineData("a,\n,b\n", "1:a|", "2:|b")]
    [InlineData("short\nthree,fields,here\n", "1:short", "2:three|fields|here")]
    public void TryRead_Text_GivesTheRecordsAndTheLinesTheyStartOn(string text, params string[] expected)
    {
        Assert.Equal(expected, ReadAll(text, out var unterminated));
        Assert.Null(unterminated);
    }

    [Fact]
    public void TryRead_QuoteNeverClosed_NamesTheLineItOpenedOn()
    {
        // The quote opens on line 2 and runs to the end of the input.
        ReadAll("a,b\nc,\"open\nmore\n", out var unterminated);

        Assert.Equal(2, unterminated);
    }

    [Fact]
    public void TryRead_AnyFieldsWrittenByTheRfc_AreReadBackWithTheirStartLines()
    {
        var field = Gen.Elements("", "a", "b c", ",", "\"", "\n", "x\ny", "1,234", "£5m", " padded ").ListOf().Select(l => string.Concat(l));
        var record = field.NonEmptyListOf().Select(l => l.ToList());
        Prop.ForAll(record.NonEmptyListOf().Select(l => l.ToList()).ToArbitrary(), records =>
        {
            var text = string.Concat(records.Select(r => string.Join(",", r.Select(Quote)) + "\n"));
            var reader = new CsvRecordReader(new StringReader(text));
            var line = 1;
            foreach (var expected in records)
            {
                Assert.True(reader.TryRead(out var fields, out var start));
                // A record of one empty field is an empty line: read back as one empty field.
                Assert.Equal(expected, fields);
                Assert.Equal(line, start);
                line += expected.Sum(f => f.Count(c => c == '\n')) + 1;
            }

            Assert.False(reader.TryRead(out _, out _));
            Assert.Null(reader.UnterminatedQuoteLine);
        }).QuickCheckThrowOnFailure();
    }

    private static string Quote(string field) =>
        field.Length == 0 || field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 && field.Trim() == field
            ? field
            : "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";

    private static List<string> ReadAll(string text, out int? unterminated)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<string>();
        while (reader.TryRead(out var fields, out var line))
        {
            records.Add(line + ":" + string.Join("|", fields));
        }

        unterminated = reader.UnterminatedQuoteLine;
        return records;
    }
}
