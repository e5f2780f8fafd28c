using System.Globalization;
using System.Text;
using LeakSpec.Datasets;
using MathNet.Numerics.Statistics;
using LeakSpec.Synthetic;

namespace LeakSpec.Benchmarks;

/// <summary>
/// The generator's benchmark (targets: every kind at `tiny` ≤ 5 s; all five at `default` ≤ 2 min on 2 cores).
/// The lead wires it into `leakspec bench`; each kind is written into its own folder under a work directory.
/// </summary>
public static class SynthBench
{
    public static IReadOnlyList<SynthBenchRow> Run(SyntheticSize size, string workDir, int seed = 1, IEnumerable<DatasetKind>? kinds = null)
    {
        var rows = new List<SynthBenchRow>();
        foreach (var kind in kinds ?? Enum.GetValues<DatasetKind>())
        {
            var dir = Path.Combine(workDir, $"{kind.ToString().ToLowerInvariant()}-{size.ToString().ToLowerInvariant()}-{seed}");
            var result = SyntheticGenerator.Write(kind, size, seed, dir, overwrite: true);
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            var (oracle, blind) = Separability(result.Items);
            rows.Add(new SynthBenchRow(kind, size, result.Items.Count, files.Count, files.Sum(f => f.Length), result.Elapsed, oracle, blind));
        }

        return rows;
    }

    /// <summary>
    /// How well the noise-free score (an oracle that knows the content term) and a content-blind predictor (the mean
    /// written score per distortion type and level) rank the written scores. The gap is what a leak can buy.
    /// </summary>
    public static (double Oracle, double ContentBlind) Separability(IReadOnlyList<SyntheticTruth> items)
    {
        var scores = items.Select(i => i.Score).ToArray();
        var oracle = Correlation.Spearman(items.Select(i => i.NoiseFreeScore), scores);
        var cellMeans = items.GroupBy(i => (i.Distortion, i.Level)).ToDictionary(g => g.Key, g => g.Average(i => i.Score));
        var blind = Correlation.Spearman(items.Select(i => cellMeans[(i.Distortion, i.Level)]), scores);
        return (oracle, blind);
    }

    public static string ToMarkdown(IEnumerable<SynthBenchRow> rows)
    {
        var sb = new StringBuilder("| kind | size | items | files | MB | seconds | oracle SROCC | content-blind SROCC |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Kind} | {r.Size} | {r.Items} | {r.Files} | {r.Bytes / 1e6:0.0} | {r.Elapsed.TotalSeconds:0.00} | {r.OracleSrocc:0.000} | {r.ContentBlindSrocc:0.000} |\n");
        }

        return sb.ToString();
    }
}
