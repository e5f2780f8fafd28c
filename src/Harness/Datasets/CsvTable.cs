using System.Text;

namespace LeakSpec.Datasets;

/// <summary>
/// A parsed CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 byte-order mark),
/// with the 1-based line each row starts on so errors can point at it.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string path, string[] header, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <param name="delimiter">',' for CSV, '\t' for TSV.</param>
    public static CsvTable Read(string path, char delimiter = ',')
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = Parse(path, text, delimiter);
        if (records.Count == 0)
        {
            throw new DatasetFormatException(path, 1, "the file is empty; expected a header line");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        return new CsvTable(path, header, records.Skip(1).ToList());
    }

    /// <summary>The column index of each expected name; with <paramref name="exact"/> the header must be exactly those.</summary>
    public int[] RequireColumns(IReadOnlyList<string> expected, bool exact)
    {
        var indices = expected.Select(name => Array.IndexOf(Header.ToArray(), name)).ToArray();
        var ok = exact ? Header.SequenceEqual(expected) : indices.All(i => i >= 0);
        if (!ok)
        {
            var what = exact ? "expected the header" : "expected a header with the columns";
            throw new DatasetFormatException(Path, 1, $"{what} '{string.Join(',', expected)}', found '{string.Join(',', Header)}'");
        }

        return indices;
    }

    /// <summary>The field at <paramref name="column"/>, or an error naming the line when the row is too short.</summary>
    public string Field((int Line, string[] Fields) row, int column)
    {
        if (column >= row.Fields.Length)
        {
            throw new DatasetFormatException(Path, row.Line, $"expected {Header.Count} fields ('{string.Join(',', Header)}'), found {row.Fields.Length}");
        }

        return row.Fields[column];
    }

    private static List<(int Line, string[] Fields)> Parse(string path, string text, char delimiter)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else if (wasQuoted)
            {
                throw new DatasetFormatException(path, line, $"unexpected character '{c}' after a closing quote; expected '{(delimiter == '\t' ? "\\t" : delimiter.ToString())}' or the end of the line");
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DatasetFormatException(path, recordLine, "a quoted field is not closed before the end of the file");
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            wasQuoted = false;
            // Blank lines (a trailing newline, spacing) carry no record.
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add((recordLine, fields.ToArray()));
            }

            fields.Clear();
        }
    }
}
