using System.Globalization;
using System.Text;
using LeakSpec.Datasets;
using LeakSpec.Splitting;
using LeakSpec.Splitting.Formats;

namespace LeakSpec.Metrics.Scoring;

/// <summary>
/// The work of `leakspec score`: per split PLCC (raw and after the logistic), SROCC, KROCC, RMSE and their mean ± std
/// (N − 1) over splits; with manifests, first a check that each split predicts exactly its manifest's test items.
/// Exit codes: 0 scored, 1 predictions that are not the manifest's test items, 2 bad input.
/// </summary>
public static class ScoreRunner
{
    public const int Mismatch = 1;
    public const int BadInput = 2;

    /// <param name="manifests">Split files (any format `audit` reads), one per split in the predictions' split order.</param>
    public static int Run(string predictions, IReadOnlyList<string> manifests, DatasetKind? kind, TextWriter stdout, TextWriter stderr, int firstFew = 5)
    {
        try
        {
            var table = PredictionTable.Read(predictions);
            if (manifests.Count > 0)
            {
                var problems = CheckAgainst(table, manifests, kind, firstFew);
                if (problems.Count > 0)
                {
                    foreach (var p in problems)
                    {
                        stderr.WriteLine("error: " + p);
                    }

                    stderr.WriteLine("The predictions are not exactly the manifests' test items (regressor.test); nothing was scored.");
                    return Mismatch;
                }
            }

            var scores = table.Splits.Select(SplitScore.Of).ToList();
            stdout.Write(Format(table, scores, manifests.Count > 0));
            return 0;
        }
        catch (Exception e) when (e is MetricException or ManifestException or DatasetException or ArgumentException)
        {
            stderr.WriteLine("error: " + e.Message);
            return BadInput;
        }
    }

    /// <summary>Missing and extra items per split; an empty list when every split predicts exactly its test items.</summary>
    public static List<string> CheckAgainst(PredictionTable table, IReadOnlyList<string> manifests, DatasetKind? kind, int firstFew = 5)
    {
        if (manifests.Count != table.Splits.Count)
        {
            var labels = string.Join(", ", table.Splits.Select(s => s.Label));
            throw new ArgumentException($"--manifest given {manifests.Count} time(s), but {table.Path} has {table.Splits.Count} split(s) ({labels}); give one --manifest per split, in that order.");
        }

        var problems = new List<string>();
        for (var i = 0; i < manifests.Count; i++)
        {
            var m = SplitFileReader.Read(manifests[i], kind);
            var key = GroupFunctions.ItemKey(m.Kind);
            var test = m.Stage(Stages.RegressorTest);
            if (test.Count == 0)
            {
                throw new ManifestException(manifests[i], "stages.regressor.test", "has no test items to compare the predictions with.");
            }

            var predicted = table.Splits[i].Items.Select(key).ToHashSet(StringComparer.Ordinal);
            var expected = test.Select(t => key(ItemNames.StripPrefix(t))).ToHashSet(StringComparer.Ordinal);
            var missing = test.Where(t => !predicted.Contains(key(ItemNames.StripPrefix(t)))).Order(StringComparer.Ordinal).ToList();
            var extra = table.Splits[i].Items.Where(p => !expected.Contains(key(p))).Order(StringComparer.Ordinal).ToList();
            var where = $"split '{table.Splits[i].Label}' vs {manifests[i]}";
            if (missing.Count > 0)
            {
                problems.Add($"{where}: {missing.Count} test item(s) without a prediction: {string.Join(", ", missing.Take(firstFew))}{(missing.Count > firstFew ? ", …" : string.Empty)}");
            }

            if (extra.Count > 0)
            {
                var where2 = m.Stages.Where(s => s.Key != Stages.RegressorTest && s.Value.Any(v => extra.Contains(ItemNames.StripPrefix(v)))).Select(s => s.Key).ToList();
                problems.Add($"{where}: {extra.Count} predicted item(s) not in its test set{(where2.Count > 0 ? " (some are in " + string.Join(", ", where2) + ")" : string.Empty)}: {string.Join(", ", extra.Take(firstFew))}{(extra.Count > firstFew ? ", …" : string.Empty)}");
            }
        }

        return problems;
    }

    public static string Format(PredictionTable table, IReadOnlyList<SplitScore> scores, bool checkedAgainstManifests)
    {
        static string F(double v) => double.IsNaN(v) ? "NaN" : v.ToString("F4", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{table.Path}: {scores.Count} split(s), {scores.Sum(s => s.Count)} predictions{(checkedAgainstManifests ? "; each split is exactly its manifest's test set" : string.Empty)}\n");
        sb.Append("PLCC (logistic): after b1·(0.5 − 1/(1+exp(b2·(x − b3)))) + b4·x + b5, fitted from [max y, min y, mean y, 0.5, 0.1] (the authors' start)\n\n");
        var width = Math.Max(5, scores.Max(s => s.Label.Length));
        sb.Append("split".PadRight(width)).Append("      n");
        foreach (var m in SplitScore.Metrics)
        {
            sb.Append("  ").Append(m.PadLeft(15));
        }

        sb.Append('\n');
        foreach (var s in scores)
        {
            sb.Append(s.Label.PadRight(width)).Append(s.Count.ToString(CultureInfo.InvariantCulture).PadLeft(7));
            foreach (var v in s.Values)
            {
                sb.Append("  ").Append(F(v).PadLeft(15));
            }

            sb.Append('\n');
        }

        if (scores.Count > 1)
        {
            sb.Append("mean ± std".PadRight(width + 7));
            for (var k = 0; k < SplitScore.Metrics.Count; k++)
            {
                var ms = MeanStd.Of(scores.Select(s => s.Values[k]));
                sb.Append("  ").Append($"{F(ms.Mean)} ± {F(ms.Std)}".PadLeft(15));
            }

            sb.Append(CultureInfo.InvariantCulture, $"\n(std with N − 1 = {scores.Count - 1}, as the paper reports over its five splits)\n");
        }

        return sb.ToString();
    }
}
