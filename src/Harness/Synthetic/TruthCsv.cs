using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>Writes the ground truth beside the data (`synthetic-truth.csv`), for people and tools outside .NET.</summary>
public static class TruthCsv
{
    /// <summary>
    /// The ground truth a synthetic dataset was written with, or null where <paramref name="root"/> has none (a real
    /// dataset). Only the columns the claim checks need are parsed: id, distortion, level and score.
    /// </summary>
    public static IReadOnlyList<(string Id, string Cell, double Score)>? Read(string root)
    {
        var path = Path.Combine(root, SyntheticResult.TruthFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var table = Datasets.CsvTable.Read(path);
        var c = table.RequireColumns(["id", "distortion", "level", "score"], exact: false);
        return [.. table.Rows.Select(r => (
            table.Field(r, c[0]),
            table.Field(r, c[1]) + "/" + table.Field(r, c[2]),
            double.Parse(table.Field(r, c[3]), System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public const string Header = "id,group,distortion,level,distortion_effect,content_term,noise_free_score,score,official_split";

    public static void Write(string root, IEnumerable<SyntheticTruth> items)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var t in items)
        {
            sb.Append(t.Id).Append(',').Append(t.Group).Append(',').Append(t.Distortion).Append(',')
              .Append(t.Level).Append(',').Append(SynthContext.F(t.DistortionEffect, "R")).Append(',')
              .Append(SynthContext.F(t.ContentTerm, "R")).Append(',').Append(SynthContext.F(t.NoiseFreeScore, "R")).Append(',')
              .Append(SynthContext.F(t.Score, "R")).Append(',').Append(t.OfficialSplit ?? string.Empty).Append('\n');
        }

        AtomicFile.WriteAllText(Path.Combine(root, SyntheticResult.TruthFileName), sb.ToString());
    }
}
