using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class FineTunerTests
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");

    /// <summary>Random images with random labels: training can only memorise, so validation loss rises after a while.</summary>
    private static TrainingConfig Overfitting(int seed) => new()
    {
        Optimizer = OptimizerKind.Adam, LearningRate = 3e-3, BatchSize = 16, Epochs = 12, Quantizer = ScoreQuantizer.EqualBins(0, 5), Seed = seed,
    };

    [Fact]
    public void SameSeed_SameHistory_OtherSeed_Different()
    {
        // Given two identical runs and one with another seed, on tiny images with random crops and flips
        var train = TinyData.Labeled(48, 20, seed: 1);
        var val = TinyData.Labeled(16, 20, seed: 2);
        var cfg = Overfitting(5) with { Epochs = 2, Input = new InputConfig(CropSize: 16, Crop: CropMode.Random, CropsPerImage: 2, HorizontalFlip: true) };
        string Run(int seed)
        {
            using var net = new SmallCnn(seed: 3, widths: [8, 8, 16]);
            using var r = FineTuner.Train(net, train, val, cfg with { Seed = seed }, Cpu, null, TestContext.Current.CancellationToken);
            return r.History.ToCsv();
        }

        // Then the histories are byte-identical for the same seed and differ for another
        var a = Run(5);
        Run(5).Should().Be(a);
        Run(6).Should().NotBe(a);
        a.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3, "a header and one point per epoch");
    }

    [Fact]
    public void EarlyStopping_StopsAfterPatience_AndRestoresTheBestCheckpoint()
    {
        // Given a run that overfits, validated every 32 items, patience 3
        var train = TinyData.Labeled(96, 16, seed: 11);
        var val = TinyData.Labeled(48, 16, seed: 12);
        var cfg = Overfitting(7) with { Epochs = 30, ValidateEveryItems = 32, Patience = 3 };
        using var net = new SmallCnn(seed: 4, widths: [8, 16, 16]);

        // When it is fine-tuned
        using var result = FineTuner.Train(net, train, val, cfg, Cpu, null, TestContext.Current.CancellationToken);

        // Then it stops early, three validations after the best one
        result.StopReason.Should().Be("early stopping");
        var points = result.History.Points;
        points[^1].Step.Should().BeLessThan(30L * 96);
        points.Count(p => p.Step > result.BestStep).Should().Be(3);
        result.BestValLoss.Should().Be(points.Where(p => p.ValLoss is not null).Min(p => p.ValLoss!.Value));

        // And the backbone and head hold the best checkpoint's weights: evaluating them again gives the best validation loss
        var logits = FineTuner.Predict(net, result.Head, val.Select(v => v.Load()).ToArray(), cfg.Input, 16, Cpu);
        var labels = cfg.Quantizer!.Quantize(val.Select(v => v.Score));
        var ce = logits.Zip(labels).Average(p => LogSumExp(p.First) - p.First[p.Second]);
        ce.Should().BeApproximately(result.BestValLoss!.Value, 1e-4);
        points[^1].ValLoss.Should().BeGreaterThan(result.BestValLoss.Value + 1e-4, "the last weights were not kept");
    }

    [Fact]
    public void ValidationInterval_ChangesTheSelectedCheckpoint()
    {
        // Given the same overfitting run validated after every batch of 16 (fine, as the paper's 1,600 frames) or once per epoch of 96 (coarse)
        var train = TinyData.Labeled(96, 16, seed: 21);
        var val = TinyData.Labeled(48, 16, seed: 22);
        var cfg = Overfitting(9) with { Epochs = 6 };
        FineTuneResult Run(int? every)
        {
            using var net = new SmallCnn(seed: 5, widths: [8, 16, 16]);
            return FineTuner.Train(net, train, val, cfg with { ValidateEveryItems = every }, Cpu, null, TestContext.Current.CancellationToken);
        }

        using var fine = Run(16);
        using var coarse = Run(null);

        // Then both saw the same trajectory (equal validation loss where both validated) ...
        foreach (var c in coarse.History.Points)
        {
            fine.History.Points.Single(f => f.Step == c.Step).ValLoss.Should().BeApproximately(c.ValLoss!.Value, 1e-6);
        }

        // ... but the fine interval selects another, better checkpoint the coarse one never saw
        fine.BestStep.Should().NotBe(coarse.BestStep);
        fine.BestValLoss.Should().BeLessThan(coarse.BestValLoss!.Value);
        fine.History.Points.Should().HaveCount(36);
        coarse.History.Points.Should().HaveCount(6);
    }

    [Fact]
    public void LiveTensorCount_StaysFlatOverManyBatches()
    {
        // Given a run of 60 batches with validation and checkpointing along the way
        var train = TinyData.Labeled(64, 16, seed: 31);
        var val = TinyData.Labeled(16, 16, seed: 32);
        var cfg = Overfitting(3) with { Epochs = 15, BatchSize = 16, ValidateEveryItems = 48 };
        var counts = new List<long>();
        using var net = new SmallCnn(seed: 6, widths: [8, 8, 8]);
        var before = TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        // When the live-tensor count is sampled after every batch
        var result = FineTuner.Train(net, train, val, cfg, Cpu, null, _ => counts.Add(TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount), TestContext.Current.CancellationToken);
        result.Dispose();

        // Then, past the first validation (snapshot) and optimiser-state creation, it never grows
        counts.Should().HaveCount(60);
        counts.Skip(5).Distinct().Should().HaveCount(1, $"counts were {string.Join(",", counts)}");
        (TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount - before).Should().BeLessThan(counts[^1] - before + 1);
    }

    [Fact]
    public void MaxSteps_StopsThere_AndHistoryWritesCsvAndJson()
    {
        var train = TinyData.Labeled(64, 16, seed: 41);
        var dir = Directory.CreateTempSubdirectory("leakspec-history-");
        var cfg = Overfitting(1) with { Head = HeadKind.Regression, Quantizer = null, MaxSteps = 13, BatchSize = 8, SnapshotEveryEpochs = 1, SnapshotDirectory = dir.FullName };
        using var net = new SmallCnn(seed: 7, widths: [4, 4, 4]);
        var messages = new List<string>();

        using var result = FineTuner.Train(net, train, null, cfg, Cpu, new SyncProgress(messages), TestContext.Current.CancellationToken);

        result.StopReason.Should().Be("max steps");
        result.History.Points.Select(p => p.Step).Should().Equal(64, 104);
        result.History.Points[0].TrainAccuracy.Should().BeNull("a regression head has no accuracy");
        result.BestStep.Should().Be(104);
        messages.Should().NotBeEmpty();
        result.Snapshots.Select(Path.GetFileName).Should().Equal(["epoch-0001.backbone.dat"], "epoch 2 was cut short");
        File.Exists(Path.Combine(dir.FullName, "epoch-0001.head.dat")).Should().BeTrue();
        try
        {
            result.History.WriteCsv(Path.Combine(dir.FullName, "h.csv"));
            result.History.WriteJson(Path.Combine(dir.FullName, "h.json"));
            File.ReadAllText(Path.Combine(dir.FullName, "h.csv")).Should().StartWith("step,epoch,train_loss,train_acc,val_loss,val_acc,lr\n64,1,");
            File.ReadAllText(Path.Combine(dir.FullName, "h.json")).Should().Contain("\"trainLoss\"");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void BadConfig_IsRejectedWithTheField()
    {
        using var net = new SmallCnn(seed: 1, widths: [4, 4, 4]);
        var noQuantizer = () => FineTuner.Train(net, TinyData.Labeled(4, 8, 1), null, new TrainingConfig(), Cpu, null, TestContext.Current.CancellationToken);
        noQuantizer.Should().Throw<ArgumentException>().WithMessage("*Quantizer*");
        var mixedSizes = () => FineTuner.Train(net, [.. TinyData.Labeled(2, 8, 1), .. TinyData.Labeled(2, 9, 2)], null, Overfitting(1) with { BatchSize = 4 }, Cpu, null, TestContext.Current.CancellationToken);
        mixedSizes.Should().Throw<ArgumentException>().WithMessage("*crop size*");
    }

    private static double LogSumExp(float[] x)
    {
        var m = x.Max();
        return m + Math.Log(x.Sum(v => Math.Exp(v - m)));
    }

    private sealed class SyncProgress(List<string> sink) : IProgress<string>
    {
        public void Report(string value) => sink.Add(value);
    }
}
