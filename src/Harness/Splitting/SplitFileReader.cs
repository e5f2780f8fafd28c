using System.Text.Json;
using System.Text.RegularExpressions;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// Reads any split file the auditor accepts: a LeakSpec manifest; a JSON object of lists of names
/// (<c>{"train": [...], "val": [...], "test": [...]}</c>); or a CSV with an id column and a split column
/// (e.g. KonIQ-10k's <c>koniq10k_distributions_sets.csv</c>: <c>image_name,...,set</c>). In the last two, train/val/test
/// (and training, validation, valid, testing) map to regressor.train/val/test; LeakSpec stage names are taken as they are.
/// </summary>
public static partial class SplitFileReader
{
    private static readonly string[] SplitColumns = ["set", "split", "subset", "partition", "stage", "fold"];
    private static readonly string[] IdColumns = ["image_name", "dist_img", "image", "img", "name", "filename", "file", "flickr_id", "video", "video_name", "id"];

    public static SplitManifest Read(string path, DatasetKind? kind = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(path, "(file)", "cannot read the split file: " + e.Message, e);
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Make(path, ReadCsv(text, path), kind, "external:csv");
        }

        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') && !trimmed.Contains("\"format\"", StringComparison.Ordinal) && !trimmed.Contains("\"stages\"", StringComparison.Ordinal))
        {
            return Make(path, ReadJsonLists(text, path), kind, "external:json-lists");
        }

        return SplitManifest.Parse(text, path);
    }

    /// <summary>The dataset kind that a list of ids names by its naming scheme, or null when the ids do not tell.</summary>
    public static DatasetKind? InferKind(IEnumerable<string> ids)
    {
        var list = ids.Take(1000).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return list.All(i => TidLike().IsMatch(i)) ? DatasetKind.Tid2013
            : list.All(i => KadidLike().IsMatch(i)) ? DatasetKind.Kadid10k
            : list.All(i => VideoLike().IsMatch(i)) ? DatasetKind.Konvid1k
            : null;
    }

    private static SplitManifest Make(string path, Dictionary<string, List<string>> stages, DatasetKind? kind, string policy)
    {
        var k = kind ?? InferKind(stages.Values.SelectMany(v => v)) ?? throw new ManifestException(
            path, "(ids)", "cannot tell the dataset kind from the ids' naming (TID2013 i01_01_1.bmp, KADID-10k I01_01_01.png, KoNViD-1k <flickr_id> or <flickr_id>#<frame>); pass --kind tid2013|kadid10k|koniq10k|livec|konvid1k.");
        return new SplitManifest(k, string.Empty, policy, 0, DatasetCatalog.Get(k).GroupKey,
            stages.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value));
    }

    private static string StageOf(string label, string path, string field)
    {
        var trimmed = label.Trim();
        if (Stages.Known.Contains(trimmed))
        {
            return trimmed;
        }

        return OfficialSplit.LabelOf(trimmed) switch
        {
            0 => Stages.RegressorTrain,
            1 => Stages.RegressorVal,
            2 => Stages.RegressorTest,
            _ => throw new ManifestException(path, field, $"unknown split label '{label}'; expected train/training, val/validation/valid, test/testing or a stage name ({string.Join(", ", Stages.Ordered)})."),
        };
    }

    private static Dictionary<string, List<string>> ReadJsonLists(string text, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ManifestException(path, $"line {(e.LineNumber ?? 0) + 1}", "malformed JSON: " + e.Message, e);
        }

        using (doc)
        {
            var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var stage = StageOf(p.Name, path, p.Name);
                if (p.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new ManifestException(path, p.Name, $"expected a list of names, found {p.Value.ValueKind}.");
                }

                var list = stages.TryGetValue(stage, out var l) ? l : stages[stage] = [];
                var i = 0;
                foreach (var e in p.Value.EnumerateArray())
                {
                    list.Add(e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())
                        ? e.GetString()!
                        : throw new ManifestException(path, $"{p.Name}[{i}]", $"expected a name (string), found {e.GetRawText()}."));
                    i++;
                }
            }

            return stages;
        }
    }

    private static Dictionary<string, List<string>> ReadCsv(string text, string path)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Length == 0)
        {
            throw new ManifestException(path, "line 1", "expected a header line naming an id column and a split column.");
        }

        var header = CsvFields(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var splitCol = SplitColumns.Select(c => header.IndexOf(c)).FirstOrDefault(i => i >= 0, -1);
        if (splitCol < 0)
        {
            throw new ManifestException(path, "line 1", $"no split column; expected one named {string.Join(", ", SplitColumns)} (header: {lines[0]}).");
        }

        var idCol = IdColumns.Select(c => header.IndexOf(c)).FirstOrDefault(i => i >= 0, splitCol == 0 ? 1 : 0);
        var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var n = 1; n < lines.Count; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var f = CsvFields(lines[n]);
            if (f.Count <= Math.Max(splitCol, idCol) || f[idCol].Trim().Length == 0)
            {
                throw new ManifestException(path, $"line {n + 1}", $"expected {header.Count} fields with a non-empty '{header[idCol]}' and '{header[splitCol]}', found {f.Count} field(s).");
            }

            var stage = StageOf(f[splitCol], path, $"line {n + 1}, column '{header[splitCol]}'");
            (stages.TryGetValue(stage, out var l) ? l : stages[stage] = []).Add(f[idCol].Trim());
        }

        return stages;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting: "a,b" and doubled quotes).</summary>
    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }

    [GeneratedRegex(@"^(?:.*[/\\])?[iI]\d{2}_\d{2}_\d\.bmp$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TidLike();

    [GeneratedRegex(@"^(?:.*[/\\])?[iI]\d{2}_\d{2}_\d{2}\.png$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KadidLike();

    [GeneratedRegex(@"^\d+(?:\.mp4)?(?:[#/]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VideoLike();
}
