using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>Writes the ground truth beside the data (`synthetic-truth.csv`), for people and tools outside .NET.</summary>
internal static class TruthCsv
{
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
