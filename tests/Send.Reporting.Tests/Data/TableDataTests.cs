using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Xunit;

namespace Send.Reporting.Tests.Data;

public sealed class TableDataTests : System.IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("send-tabledata-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("Request date", "request_date")]
    [InlineData("EHCPs issued (%)", "ehcps_issued")]
    [InlineData("  LA code ", "la_code")]
    [InlineData("2024/25 spend", "column_2024_25_spend")]
    [InlineData("£", "")]
    public void ToName_Header_IsSnakeCase(string header, string name) => Assert.Equal(name, TableData.ToName(header));

    [Fact]
    public void LoadCsv_Columns_AreTypedColumnByColumn()
    {
        var path = Write("a.csv", "Name,Count,Opened,Blank,Code\nA,\"1,200\",2024-10-24,,01\nB,c,24/10/2023,,x\nC,-3.5,2022-01-01,,y\n");
        var problems = new List<DataProblem>();

        var rows = TableData.LoadCsv(path, problems, out var columns)!;

        Assert.Empty(problems);
        Assert.Equal(new[] { ColumnType.Text, ColumnType.Number, ColumnType.Date, ColumnType.Empty, ColumnType.Text }, columns.Select(c => c.Type));
        Assert.Equal(1, columns[1].Symbols);
        var first = (BoundObject)rows[0]!;
        Assert.Equal(1200m, first["count"]);
        Assert.Equal(new LocalDate(2024, 10, 24), first["opened"]);
        Assert.Null(first["blank"]);
        Assert.Equal("01", first["code"]);
        Assert.Equal("c", ((BoundObject)rows[1]!)["count"]);
        Assert.Equal(new LocalDate(2023, 10, 24), ((BoundObject)rows[1]!)["opened"]);
    }

    [Fact]
    public void LoadCsv_MostlyNumbersWithATypo_ReportsTheCellAndBindsNothing()
    {
        var path = Write("a.csv", "Name,Count\nA,1\nB,2\nC,two\n");
        var problems = new List<DataProblem>();

        var rows = TableData.LoadCsv(path, problems, out _);

        Assert.Null(rows);
        Assert.Equal(path + "(4,2): SEND-DATA-CELL: not a number (found 'two'; expected a number such as 1,234.5, or a DfE suppression symbol (c, x, z, low, k, u, :, ~, -, ..))", Assert.Single(problems).ToString());
    }

    [Fact]
    public void LoadCsv_DuplicateHeaderAndUnterminatedQuote_AreProblems()
    {
        var duplicate = new List<DataProblem>();
        TableData.LoadCsv(Write("d.csv", "Name,name\nA,B\n"), duplicate, out _);
        Assert.Contains("two columns are both named 'name'", Assert.Single(duplicate).Message, System.StringComparison.Ordinal);

        var quote = new List<DataProblem>();
        TableData.LoadCsv(Write("q.csv", "Name\n\"A\n"), quote, out _);
        Assert.Equal(2, Assert.Single(quote).Line);
    }

    [Fact]
    public void DataSource_Parse_ReadsNameSheetAndPlainPaths()
    {
        Assert.Equal(new DataSource(null, "data/report.json"), DataSource.Parse("data/report.json"));
        Assert.Equal(new DataSource("schools", "schools.csv"), DataSource.Parse("schools=schools.csv"));
        Assert.Equal(new DataSource("kpis", "book.xlsx", "Summary 2"), DataSource.Parse("kpis=book.xlsx#Summary 2"));
        Assert.Equal(new DataSource(null, "C:/a=b/report.json"), DataSource.Parse("C:/a=b/report.json"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
