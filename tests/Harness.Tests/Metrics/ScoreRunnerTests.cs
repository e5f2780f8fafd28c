using System.Text.Json;
using LeakSpec.Datasets;
using LeakSpec.Metrics;
using LeakSpec.Metrics.Scoring;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Metrics;

/// <summary>
/// `leakspec score` against SciPy: fixtures/metrics/make_score_golden.py fits the authors' 5-parameter logistic with
/// curve_fit from their start values and writes the per-split and mean ± std (N − 1) numbers.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ScoreRunnerTests : IDisposable
{
    private static readonly string Predictions = RepoPaths.Fixture("metrics", "score_predictions.csv");
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("metrics", "score_golden.json"))).RootElement;
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-score-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public ScoreRunnerTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Each_split_and_the_mean_and_std_match_scipy()
    {
        // Given three splits of predictions and SciPy's numbers for them
        var table = PredictionTable.Read(Predictions);

        // When scored
        var scores = table.Splits.Select(SplitScore.Of).ToList();

        // Then the raw metrics agree to 1e-10 and the logistic ones to 1e-4 (two optimisers in a flat valley)
        scores.Select(s => s.Label).Should().Equal("split-1", "split-2", "split-3");
        foreach (var s in scores)
        {
            var g = Golden.GetProperty("splits").GetProperty(s.Label);
            s.Count.Should().Be(g.GetProperty("n").GetInt32());
            s.Plcc.Should().BeApproximately(g.GetProperty("plcc").GetDouble(), 1e-10);
            s.Srocc.Should().BeApproximately(g.GetProperty("srocc").GetDouble(), 1e-10);
            s.Krocc.Should().BeApproximately(g.GetProperty("krocc").GetDouble(), 1e-10);
            s.Rmse.Should().BeApproximately(g.GetProperty("rmse").GetDouble(), 1e-10);
            s.PlccLogistic.Should().BeApproximately(g.GetProperty("plcc_logistic").GetDouble(), 1e-4, s.Label);
            s.RmseLogistic.Should().BeApproximately(g.GetProperty("rmse_logistic").GetDouble(), 1e-3, s.Label);
        }

        foreach (var (metric, k) in new[] { ("plcc", 0), ("srocc", 2), ("krocc", 3), ("rmse", 4) })
        {
            var ms = MeanStd.Of(scores.Select(s => s.Values[k]));
            ms.Mean.Should().BeApproximately(Golden.GetProperty("summary").GetProperty(metric).GetProperty("mean").GetDouble(), 1e-10);
            ms.Std.Should().BeApproximately(Golden.GetProperty("summary").GetProperty(metric).GetProperty("std").GetDouble(), 1e-10);
        }
    }

    [Fact]
    public void Predictions_that_miss_a_test_item_or_score_a_training_item_are_named_and_not_scored()
    {
        // Given a manifest per split whose tests are the predicted items, except that split 2's test lacks one and has another
        var table = PredictionTable.Read(Predictions);
        var manifests = table.Splits.Select((s, i) =>
        {
            var test = s.Items.ToList();
            var train = new List<string> { "9999.bmp" };
            if (i == 1)
            {
                train.Add(test[0]);
                test.RemoveAt(0);
                test.Add("8888.bmp");
            }

            var path = Path.Combine(dir, $"split-{i + 1}.json");
            ManifestStore.Write(path, new SplitManifest(DatasetKind.LiveC, string.Empty, "test", i, GroupKey.Item,
                new Dictionary<string, IReadOnlyList<string>> { [Stages.RegressorTrain] = train, [Stages.RegressorTest] = test }), overwrite: false);
            return path;
        }).ToList();
        var (o, e) = (new StringWriter(), new StringWriter());

        // When scored with and without the faulty manifest
        var bad = ScoreRunner.Run(Predictions, manifests, null, o, e);
        var good = ScoreRunner.Run(Predictions, [manifests[0]], null, new StringWriter(), new StringWriter());
        var (o3, e3) = (new StringWriter(), new StringWriter());
        var fine = ScoreRunner.Run(Predictions, [manifests[0], manifests[0], manifests[2]], null, o3, e3);

        // Then the mismatch names the split, the missing and the extra item (and where it is); a wrong count is bad input
        bad.Should().Be(ScoreRunner.Mismatch);
        o.ToString().Should().BeEmpty();
        e.ToString().Should().Contain("split 'split-2'").And.Contain("8888.bmp").And.Contain(table.Splits[1].Items[0]).And.Contain("regressor.train");
        good.Should().Be(ScoreRunner.BadInput);
        fine.Should().Be(ScoreRunner.Mismatch, "split 2's items are not split 1's test set");
        e3.ToString().Should().Contain("split 'split-2'");
    }

    [Fact]
    public void The_text_output_has_a_row_per_split_and_the_mean_and_std()
    {
        // Given the fixture predictions
        var (o, e) = (new StringWriter(), new StringWriter());

        // When scored
        var code = ScoreRunner.Run(Predictions, [], null, o, e);

        // Then each split and the summary are printed with SciPy's numbers to four decimals
        code.Should().Be(0, e.ToString());
        var text = o.ToString();
        text.Should().Contain("3 split(s), 180 predictions");
        var mean = Golden.GetProperty("summary").GetProperty("srocc").GetProperty("mean").GetDouble();
        text.Should().Contain("mean ± std").And.Contain(mean.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
        text.Split('\n').Count(l => l.StartsWith("split-", StringComparison.Ordinal)).Should().Be(3);
    }

    [Theory]
    [InlineData("item,prediction\na.bmp,1\n", "no score column")]
    [InlineData("item,prediction,score\na.bmp,1,x\n", "line 2, column 'score'")]
    [InlineData("item,prediction,score\na.bmp,1,2\na.bmp,2,3\n", "predicted twice")]
    public void Malformed_predictions_are_bad_input_naming_the_line_or_column(string csv, string expected)
    {
        // Given a malformed predictions file
        var path = Path.Combine(dir, "p.csv");
        File.WriteAllText(path, csv);
        var e = new StringWriter();

        // When scored
        var code = ScoreRunner.Run(path, [], null, new StringWriter(), e);

        // Then it is bad input naming the file and what is wrong
        code.Should().Be(ScoreRunner.BadInput);
        e.ToString().Should().Contain(path).And.Contain(expected);
    }
}
