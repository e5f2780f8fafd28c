using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Training;

/// <summary>
/// The authors' stopping rule for the frame classifier (<c>main_ft.m</c>: <c>stopIfAccuracyNotImproving(info, 3)</c>):
/// stop once the validation accuracy has not exceeded its best for three validations; and the probe set that gives
/// the peak test accuracy (C2.2), evaluated at every validation and choosing nothing.
/// </summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class AccuracyStoppingTests
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");

    // Ten validation items, two per class of five equal bins on [0, 5).
    private static readonly double[] Scores = [.. Enumerable.Range(0, 10).Select(i => (i / 2) + 0.5)];

    [Fact]
    public void Accuracy_StopsAfterExactlyThreeValidationsWithoutAStrictGain()
    {
        // Given a validation set whose accuracy at successive validations is scripted: 0.3, 0.5, 0.5, 0.4, 0.5, 0.9
        double[] script = [0.3, 0.5, 0.5, 0.4, 0.5, 0.9];
        var cfg = new TrainingConfig { Quantizer = ScoreQuantizer.EqualBins(0, 5), SelectBy = StopMetric.ValidationAccuracy, Patience = 3, BatchSize = 4 };
        var current = 0.0;
        var val = new ValidationSource(Scores.Length, idx => Logits(idx, current), Scores);
        using var body = nn.Identity();
        using var head = nn.Sequential(("id", nn.Identity()));
        using var loss = new TrainingLoss(cfg, Scores, CPU);
        using var run = new TrainingRun(body, head, loss, cfg, val, progress: null);

        // When it checkpoints after each scripted accuracy until it stops
        var stoppedAt = -1;
        for (var k = 0; k < script.Length && run.StopReason is null; k++)
        {
            current = script[k];
            run.AddTrainBatch(1.0, 1, 4);
            run.Checkpoint(epoch: 1, lr: 1e-4);
            stoppedAt = run.StopReason is null ? -1 : k;
        }

        // Then the best is the first 0.5 (an equal accuracy is no gain), and the third validation after it stops the run
        run.BestValAccuracy.Should().Be(0.5);
        run.BestStep.Should().Be(8);
        stoppedAt.Should().Be(4, "validations 3, 4 and 5 did not exceed 0.5; the 0.9 of validation 6 is never reached");
        run.Points.Should().HaveCount(5);
        run.StopReason.Should().Be("early stopping");
    }

    [Fact]
    public void Probe_IsEvaluatedAtEveryValidation_AndChoosesNothing()
    {
        // Given a fine-tuning validated every 32 items whose probe set is its own validation set
        var train = TinyData.Labeled(64, 16, seed: 21);
        var val = TinyData.Labeled(24, 16, seed: 22);
        var cfg = new TrainingConfig
        {
            Optimizer = OptimizerKind.Adam, LearningRate = 3e-3, BatchSize = 16, Epochs = 3, Quantizer = ScoreQuantizer.EqualBins(0, 5),
            ValidateEveryItems = 32, SelectBy = StopMetric.ValidationAccuracy, Patience = 3, RestoreBest = false, Seed = 4,
        };
        string Curve(IReadOnlyList<LabeledImage>? probe, out IReadOnlyList<double> accuracies, out IReadOnlyList<double?> valAcc)
        {
            using var net = new SmallCnn(seed: 5, widths: [8, 8, 16]);
            using var r = FineTuner.Train(net, train, val, probe, cfg, Cpu, null, TestContext.Current.CancellationToken);
            accuracies = r.ProbeAccuracies;
            valAcc = [.. r.History.Points.Select(p => p.ValAccuracy)];
            return r.History.ToCsv();
        }

        // When it runs with and without the probe
        var with = Curve(val, out var probeAcc, out var valAcc);
        var without = Curve(null, out var none, out _);

        // Then there is one probe accuracy per validation, equal to the validation accuracy of the same weights,
        // and the run is the same as without a probe
        probeAcc.Should().HaveCount(valAcc.Count).And.HaveCountGreaterThan(2);
        probeAcc.Should().Equal(valAcc.Select(v => v!.Value));
        none.Should().BeEmpty();
        with.Should().Be(without);
    }

    [Fact]
    public void Probe_OverAFrozenTrunk_MatchesTheValidationAccuracyOfTheSameRows()
    {
        // Given feature rows, validated every 32 items, whose probe rows are the validation rows (the demo's frozen trunk)
        var rng = new Random(31);
        double[][] Rows(int n) => [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, 12).Select(_ => rng.NextDouble()).ToArray())];
        var (x, vx) = (Rows(64), Rows(20));
        double[] y = [.. x.Select(r => r[0] * 5)], vy = [.. vx.Select(r => r[0] * 5)];
        var cfg = new TrainingConfig
        {
            Optimizer = OptimizerKind.Adam, LearningRate = 1e-2, BatchSize = 16, Epochs = 4, Quantizer = ScoreQuantizer.EqualBins(0, 5), ValidateEveryItems = 32, Seed = 2,
        };
        using var body = HeadTuner.Fc7Role(12, 16, seed: 3);

        // When it trains with the probe
        using var r = HeadTuner.Train(body, 16, x, y, vx, vy, cfg, Cpu, null, TestContext.Current.CancellationToken, vx, vy);

        // Then each validation has its probe accuracy, the validation accuracy itself
        r.ProbeAccuracies.Should().Equal(r.History.Points.Select(p => p.ValAccuracy!.Value));
        r.ProbeAccuracies.Should().HaveCount(8);
    }

    /// <summary>N×5 logits putting the first round(accuracy · 10) items in their true class and the rest one class off.</summary>
    private static Tensor Logits(int[] idx, double accuracy)
    {
        var right = (int)Math.Round(accuracy * Scores.Length);
        var data = new float[idx.Length * 5];
        for (var n = 0; n < idx.Length; n++)
        {
            var truth = idx[n] / 2;
            var label = idx[n] < right ? truth : (truth + 1) % 5;
            data[(n * 5) + label] = 10f;
        }

        return tensor(data, [idx.Length, 5]);
    }
}
