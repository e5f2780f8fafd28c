using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Features;
using LeakSpec.Regression;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>
/// The Paper profile's values that the authors' scripts fix (main_ft.m, trainlstm.m, results.m), against the small
/// profiles' named substitutions.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PaperProfileTests
{
    private static readonly ReplicationProfile Paper = ReplicationProfile.Paper("/weights");

    [Fact]
    public void Pooling_AverageAfterFineTuning_MaxWithout()
    {
        // Given the Paper profile's CNN-SVR (results.m: max for the no-fine-tuning row, average for the fine-tuned rows)
        var svr = Paper.CnnSvr;

        // When the pooling is asked for each case; Then it depends on the fine-tuning
        svr.PoolingFor(fineTuned: true).Should().Be(PoolingKind.Mean);
        svr.PoolingFor(fineTuned: false).Should().Be(PoolingKind.Max);
        ReplicationProfile.Fast.CnnSvr.PoolingFor(fineTuned: false).Should().Be(PoolingKind.Max);
    }

    [Fact]
    public void FrameClassifier_ValidatesTwentyTimesAnEpochClean_OnceLeaky_StopsOnAccuracyAfterThree()
    {
        // Given 34,560 clean training frames (20 % of 720 videos of 240 frames) and 30,720 frame-split ones
        var clean = Paper.CnnSvr.FineTuningRun(seed: 42, trainFrames: 34_560);
        var leaky = Paper.CnnSvr.ForFrameSplit().FineTuningRun(seed: 42, trainFrames: 30_720);

        // Then the clean run validates every floor((34560 / 64) / 20) = 27 iterations of 64 frames, the leaky one at each
        // epoch's end, both stopping after three validations without an accuracy gain and keeping the last network
        clean.ValidateEveryItems.Should().Be(27 * 64);
        leaky.ValidateEveryItems.Should().BeNull();
        foreach (var c in new[] { clean, leaky })
        {
            c.BatchSize.Should().Be(64);
            c.SelectBy.Should().Be(StopMetric.ValidationAccuracy);
            c.Patience.Should().Be(3);
            c.RestoreBest.Should().BeFalse();
            c.WeightDecay.Should().Be(1e-4);
            c.Epochs.Should().Be(10);
        }

        // And a tiny set still validates at least once per iteration count of one
        Paper.CnnSvr.ValidationIntervalFrames(100).Should().Be(64);
    }

    [Fact]
    public void SmallProfiles_KeepTheirNamedFrameClassifierRule()
    {
        // Given the demo and Fast profiles; When their fine-tuning configurations are built for either split
        foreach (var p in new[] { ReplicationProfile.Demo, ReplicationProfile.Fast })
        {
            var clean = p.CnnSvr.FineTuningRun(1, 10_000);
            var leaky = p.CnnSvr.ForFrameSplit().FineTuningRun(1, 10_000);

            // Then both validate every ValidateEveryFrames frames and stop on the validation loss
            clean.ValidateEveryItems.Should().Be(p.CnnSvr.ValidateEveryFrames);
            leaky.ValidateEveryItems.Should().Be(p.CnnSvr.ValidateEveryFrames);
            clean.SelectBy.Should().Be(StopMetric.ValidationLoss);
            clean.BatchSize.Should().Be(32);
        }

        // And the demo keeps the network at the stop, as MATLAB returns it (its tainted test needs what the fine-tuning
        // memorised), while the Fast profile restores the best checkpoint its margins were set on
        ReplicationProfile.Demo.CnnSvr.FineTuningRun(1, 10_000).RestoreBest.Should().BeFalse();
        ReplicationProfile.Fast.CnnSvr.FineTuningRun(1, 10_000).RestoreBest.Should().BeTrue();
    }

    [Fact]
    public void Paper_ReadsEveryFrame_ShufflesTheLstmOnce_TrainsDeepRnOnce()
    {
        // Given the three profiles; Then only the small ones subsample frames or repeat DeepRN per split
        Paper.Frames.Stride.Should().Be(1);
        ReplicationProfile.Demo.Frames.Stride.Should().Be(4);
        Paper.FramesFor("2").Should().Be(Paper.Frames);
        // And the demo's Case II alone reads every 2nd frame (C2.1's near-copies), the Fast profile every frame in both
        ReplicationProfile.Demo.FramesFor("2").Stride.Should().Be(2);
        ReplicationProfile.Demo.FramesFor("3").Stride.Should().Be(4);
        ReplicationProfile.Fast.FramesFor("2").Should().Be(ReplicationProfile.Fast.Frames);
        Paper.CnnSvr.Lstm.Shuffle.Should().Be(LstmShuffle.Once);
        Paper.CnnSvr.Lstm.DiscardPartialBatch.Should().BeTrue();
        Paper.CnnSvr.Lstm.L2Regularization.Should().Be(1e-4);
        Paper.CnnSvr.Lstm.ReadAfterPadding.Should().BeTrue();
        Paper.CnnSvr.Lstm.PredictBatchSize.Should().Be(128);
        Paper.CnnSvr.PeakTestFrameFraction.Should().Be(0.2);
        Paper.DeepRn.Trainings.Should().Be(1);
        ReplicationProfile.Fast.DeepRn.Trainings.Should().BeNull();
    }

    [Fact]
    public void TableThreeRowSeven_IsInceptionResNetV2FromItsOwnFile_OnlyInThePaperProfile()
    {
        // Given the Paper profile's Case IV, on KADID-10k's item list
        using var dir = new TestFolder();
        const string root = "/name-derived/kadid10k";
        var ctx = new ReplicationContext(dir.Path, "cpu", _ => { }, dir.Path) { Roots = new Dictionary<DatasetKind, string> { [DatasetKind.Kadid10k] = root } };
        ctx.Media.GetOrAdd(DatasetKind.Kadid10k, root, null, () => new MediaStore(LeakSpec.Splitting.NameDerivedDatasets.Kadid10k()));
        var runner = new Case4Runner(ctx, Paper);

        // Then row 7 (C4.6) fine-tunes the paper's Inception-ResNet-v2 at its 299 px input, from inception_resnet_v2.pt
        Paper.MultiGap.EndToEndBackbone.Should().Be(new BackboneSpec(BackboneKind.Paper, "inception-resnet-v2", Path.Combine("/weights", "inception_resnet_v2.pt")));
        Paper.MultiGap.CropSize.Should().Be(LeakSpec.Models.InceptionResNetV2Backbone.InputSize);

        // And the grouped fine-tuned variant, which measures row 7, names it and keys its results to both weight files
        var grouped = runner.Describe(Case4Runner.FtGrouped);
        grouped.WeightFiles.Should().Equal(Path.Combine("/weights", "inception_v3.pt"), Path.Combine("/weights", "inception_resnet_v2.pt"));
        grouped.Backbone.Should().Contain("inception-resnet-v2");
        runner.Describe(Case4Runner.FtRandom).WeightFiles.Should().Equal(Path.Combine("/weights", "inception_v3.pt"));

        // And the small profiles keep their own network's head as the predictor (no second network to train)
        ReplicationProfile.Demo.MultiGap.EndToEndBackbone.Should().BeNull();
        ReplicationProfile.Fast.MultiGap.EndToEndBackbone.Should().BeNull();
    }
}
