using System.Text.Json;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting.Formats;

/// <summary>
/// One file holding one set's names (<c>--train F</c>): a JSON list of names or of records
/// (<c>[{"image": "kadid10k/I01_01_01.png", "score": 4.2}]</c>), a CSV or TSV (the name column named in
/// <see cref="ItemNames.NameFields"/>, else the first column; a header row is optional), or a plain list (one name a
/// line, <c>#</c> comments). Each name comes with the field it was read from, for error messages.
/// </summary>
public static class NameListFile
{
    private static readonly string[] MediaExtensions = [".bmp", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".mp4", ".avi", ".mkv", ".webm"];

    public static List<(string Name, string Field)> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(path, "(file)", "cannot read the file: " + e.Message, e);
        }

        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{'))
        {
            return ReadJson(text, path);
        }

        var firstLine = trimmed.Split('\n')[0];
        var delimiter = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t'
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ','
            : firstLine.Contains('\t') ? '\t' : firstLine.Contains(',') ? ',' : (char?)null;
        return delimiter is { } d ? ReadTable(path, d) : ReadPlain(text, path);
    }

    /// <summary>The name of one JSON list element: a string, or a record's first name field that holds a string.</summary>
    public static string JsonName(JsonElement e, string path, string field) => e.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrWhiteSpace(e.GetString()) => e.GetString()!,
        JsonValueKind.Object => ItemNames.NameFields
            .Select(f => e.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? throw new ManifestException(path, field, $"a record without a name; expected a string field among {string.Join(", ", ItemNames.NameFields)}, found {Fields(e)}."),
        _ => throw new ManifestException(path, field, $"expected a name (string) or a record with a name field, found {e.GetRawText()}."),
    };

    private static string Fields(JsonElement o)
    {
        var names = o.EnumerateObject().Select(p => p.Name).ToList();
        return names.Count == 0 ? "an empty record" : "the fields " + string.Join(", ", names);
    }

    private static List<(string, string)> ReadJson(string text, string path)
    {
        using var doc = Parse(text, path);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestException(path, "(root)", "holds a JSON object, i.e. a whole split ({\"train\": [...], ...}); audit it as `leakspec audit FILE`, or give one list of names per --train/--val/--test file.");
        }

        return doc.RootElement.EnumerateArray().Select((e, i) => (JsonName(e, path, $"[{i}]"), $"[{i}]")).ToList();
    }

    internal static JsonDocument Parse(string text, string path)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ManifestException(path, $"line {(e.LineNumber ?? 0) + 1}", "malformed JSON: " + e.Message, e);
        }
    }

    private static List<(string, string)> ReadTable(string path, char delimiter)
    {
        var table = CsvTable.Read(path, delimiter);
        var header = table.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var named = ItemNames.NameFields.Select(f => header.IndexOf(f)).FirstOrDefault(i => i >= 0, -1);
        var rows = table.Rows.Select(r => (r.Line, r.Fields)).ToList();
        var column = Math.Max(named, 0);
        // Without a known name column the first row is data when its first cell looks like a file name.
        if (named < 0 && LooksLikeName(table.Header[0]))
        {
            rows.Insert(0, (1, table.Header.ToArray()));
        }

        var what = named >= 0 ? $"column '{table.Header[named]}'" : "column 1";
        return rows.Select(r => (table.Field(r, column), $"line {r.Line}, {what}")).ToList();
    }

    private static bool LooksLikeName(string cell)
    {
        var c = cell.Trim();
        return MediaExtensions.Any(e => c.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || (c.Length > 0 && c.All(char.IsAsciiDigit));
    }

    private static List<(string, string)> ReadPlain(string text, string path)
    {
        var names = new List<(string, string)>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                names.Add((line, $"line {i + 1}"));
            }
        }

        return names.Count > 0 ? names : throw new ManifestException(path, "(file)", "lists no names; expected one name a line, a CSV/TSV or a JSON list.");
    }
}
