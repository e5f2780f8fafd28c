using System.Text.Json;
using System.Text.RegularExpressions;
using LeakSpec.Datasets;
using LeakSpec.Splitting.Formats;

namespace LeakSpec.Splitting;

/// <summary>
/// Reads any split file the auditor accepts as one file: a LeakSpec manifest; a JSON object of lists of names or of
/// records (<c>{"train": [...], "val": [...], "test": [...]}</c>, a record's name as in <see cref="Formats.ItemNames.NameFields"/>);
/// or a CSV/TSV with an id column and a split column (e.g. KonIQ-10k's <c>koniq10k_distributions_sets.csv</c>:
/// <c>image_name,...,set</c>), read with <see cref="CsvTable"/>. In the last two, train/val/test (and training,
/// validation, valid, testing) map to regressor.train/val/test; LeakSpec stage names are taken as they are; folder
/// prefixes are stripped. One file per set and pyiqa's pickles are read by <see cref="Formats.ExternalSplits"/>.
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

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return Make(path, ReadCsv(path), kind, "external:csv");
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

    internal static string StageOf(string label, string path, string field)
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
        using var doc = NameListFile.Parse(text, path);
        var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var stage = StageOf(p.Name, path, p.Name);
            if (p.Value.ValueKind != JsonValueKind.Array)
            {
                throw new ManifestException(path, p.Name, $"expected a list of names or records, found {p.Value.ValueKind}.");
            }

            var list = stages.TryGetValue(stage, out var l) ? l : stages[stage] = [];
            list.AddRange(p.Value.EnumerateArray().Select((e, i) => ItemNames.StripPrefix(NameListFile.JsonName(e, path, $"{p.Name}[{i}]"))));
        }

        return stages;
    }

    /// <summary>A CSV/TSV with a split column (RFC 4180 quoting, quoted newlines included: <see cref="CsvTable"/>).</summary>
    private static Dictionary<string, List<string>> ReadCsv(string path)
    {
        var table = CsvTable.Read(path, path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',');
        var header = table.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var splitCol = SplitColumns.Select(c => header.IndexOf(c)).FirstOrDefault(i => i >= 0, -1);
        if (splitCol < 0)
        {
            throw new ManifestException(path, "line 1", $"no split column; expected one named {string.Join(", ", SplitColumns)} (header: {string.Join(",", table.Header)}).");
        }

        var idCol = IdColumns.Select(c => header.IndexOf(c)).FirstOrDefault(i => i >= 0, splitCol == 0 ? 1 : 0);
        var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = table.Field(row, idCol).Trim();
            var label = table.Field(row, splitCol);
            if (id.Length == 0)
            {
                throw new ManifestException(path, $"line {row.Line}", $"empty '{header[idCol]}'; expected an item name.");
            }

            var stage = StageOf(label, path, $"line {row.Line}, column '{header[splitCol]}'");
            (stages.TryGetValue(stage, out var l) ? l : stages[stage] = []).Add(ItemNames.StripPrefix(id));
        }

        return stages;
    }

    [GeneratedRegex(@"^(?:.*[/\\])?[iI]\d{2}_\d{2}_\d\.bmp$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TidLike();

    [GeneratedRegex(@"^(?:.*[/\\])?[iI]\d{2}_\d{2}_\d{2}\.png$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KadidLike();

    [GeneratedRegex(@"^\d+(?:\.mp4)?(?:[#/]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VideoLike();
}
