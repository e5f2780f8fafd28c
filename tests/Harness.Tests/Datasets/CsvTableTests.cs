using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

[Trait("Category", "Fast")]
public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_crlf_bom_and_blank_lines_parse_with_their_line_numbers()
    {
        // Given a CSV with a BOM, CRLF, a quoted comma, a doubled quote, a quoted newline and a blank line
        using var tmp = new TempDataset();
        tmp.Write("a.csv", "\uFEFFname,value\r\n\"a,b\",1\r\n\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3\r\nlast,4");

        // When it is read
        var csv = CsvTable.Read(tmp.PathOf("a.csv"));

        // Then fields are unquoted and each row keeps the line it starts on
        csv.Header.Should().Equal("name", "value");
        csv.Rows.Select(r => r.Fields[0]).Should().Equal("a,b", "say \"hi\"", "two\nlines", "last");
        csv.Rows.Select(r => r.Line).Should().Equal(2, 4, 5, 7);
    }

    [Fact]
    public void Short_row_names_its_line()
    {
        // Given a row with fewer fields than the header
        using var tmp = new TempDataset();
        tmp.Write("a.csv", "a,b,c\n1,2\n");
        var csv = CsvTable.Read(tmp.PathOf("a.csv"));

        // When its third field is asked for, Then the error names line 2 and the header
        var act = () => csv.Field(csv.Rows[0], 2);
        act.Should().Throw<DatasetFormatException>().Where(e => e.Line == 2 && e.Message.Contains("expected 3 fields"));
    }
}
