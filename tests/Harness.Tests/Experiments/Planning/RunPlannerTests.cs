using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Experiments.Planning;
using LeakSpec.Runtime;
using LeakSpec.Splitting;
using LeakSpec.Synthetic;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Experiments.Planning;

/// <summary>`replicate --plan`: the work counted from the real manifests and configurations, and its arithmetic.</summary>
[Trait("Category", "Fast")]
public sealed class RunPlannerTests
{
    [Fact]
    public void Training_samples_are_capped_by_epochs_or_steps_and_count_every_crop()
    {
        var byEpochs = new TrainingConfig { Epochs = 10, BatchSize = 8, Input = new InputConfig(CropSize: 4, Crop: CropMode.Random, CropsPerImage: 3) };

        StageWork.TrainingSamples(byEpochs, 100).Should().Be(10 * 100 * 3);
        StageWork.TrainingSamples(byEpochs with { MaxSteps = 50 }, 100).Should().Be(50 * 8);
        StageWork.TrainingSamples(byEpochs with { Epochs = int.MaxValue, MaxSteps = 7 }, 100).Should().Be(7 * 8);
        StageWork.Validations(byEpochs, 100).Should().Be(10);
        StageWork.Validations(byEpochs with { ValidateEveryItems = 250 }, 100).Should().Be(3000 / 250);
    }

    [Fact]
    public void Early_stopping_sets_the_lower_end_of_the_range()
    {
        var config = new TrainingConfig { Epochs = 100, Patience = 9, BatchSize = 4 };

        var work = StageWork.FineTune(BackboneSpec.SmallCnn("test"), DatasetKind.Kadid10k, config, train: 40, val: 10);

        work.TrainSamples.Should().Be(100 * 40);
        work.EvalSamples.Should().Be(100 * 10);
        work.FewestTrainSamples.Should().Be(10 * 40, "patience 9 stops after the 10th validation at the earliest");
        work.FewestEvalSamples.Should().Be(10 * 10);
    }

    [Fact]
    public void A_case_plan_counts_each_variants_manifest_and_prices_it_with_the_calibration()
    {
        // Given tiny KADID-10k and Case IV's runner, and a device priced at 1 ms per training and 0.1 ms per forward sample
        using var dir = new TestFolder();
        var data = Path.Combine(dir.Path, "data");
        SyntheticGenerator.Write(DatasetKind.Kadid10k, SyntheticSize.Tiny, 3, Path.Combine(data, "kadid10k"));
        var ctx = new ReplicationContext(Path.Combine(dir.Path, "out"), "cpu", _ => { }, data);
        var runner = new Case4Runner(ctx, ReplicationProfile.Fast);
        var calibration = new Calibration(new DeviceChoice("cpu", "test"), (_, _, _) => (1e-3, 1e-4));

        // When three splits are planned
        var plan = RunPlanner.Plan([runner], splits: 3, seed: 1, calibration, workers: 2).Single();

        // Then the fine-tuning row holds epochs × training items × crops per split, from the variant's own manifest
        var (_, manifest) = runner.Manifest(Case4Runner.FtGrouped, CaseRunnerBase.SplitSeed(1, 1));
        var training = ReplicationProfile.Fast.MultiGap.FineTuningRun(0);
        var row = plan.Rows.Single(r => r.Variant == Case4Runner.FtGrouped && r.Step == "fine-tune");
        row.TrainSamples.Should().Be(3 * StageWork.TrainingSamples(training, manifest.Stage(Stages.FinetuneTrain).Count));
        row.DeviceSeconds.Should().BeApproximately((row.TrainSamples * 1e-3) + (row.EvalSamples * 1e-4), 1e-9);
        row.HostSeconds.Should().BePositive();

        // And the variants without fine-tuning train nothing, and the range runs from the earliest stops to the caps
        plan.Rows.Where(r => r.Variant.StartsWith("no-ft", StringComparison.Ordinal)).Should().OnlyContain(r => r.TrainSamples == 0);
        plan.Rows.Select(r => r.Variant).Distinct().Should().BeEquivalentTo(runner.Variants);
        plan.FewestHours.Should().BeLessThanOrEqualTo(plan.Hours);
        PlanReport.ToMarkdown([plan], "test").Should().Contain("| 4 |");
    }

    [Fact]
    public void A_plan_decodes_no_more_than_the_one_video_it_calibrates_on()
    {
        // Given tiny KoNViD-1k (40 videos) and Case II
        using var dir = new TestFolder();
        var data = Path.Combine(dir.Path, "data");
        SyntheticGenerator.Write(DatasetKind.Konvid1k, SyntheticSize.Tiny, 3, Path.Combine(data, "konvid1k"));
        var ctx = new ReplicationContext(Path.Combine(dir.Path, "out"), "cpu", _ => { }, data);
        var calibration = new Calibration(new DeviceChoice("cpu", "test"), (_, _, _) => (1e-3, 1e-4));

        // When the plan is made (a run would decode every video up front)
        var plan = ReplicationSetup.Plan(ctx, ReplicationProfile.Fast, ["2"], splits: 1, seed: 1, calibration).Single();

        // Then frame counts came from the containers and only the calibration's video was decoded
        var media = ctx.Media.GetOrAdd(DatasetKind.Konvid1k, ctx.RootFor(DatasetKind.Konvid1k), ReplicationProfile.Fast.Frames, () => throw new InvalidOperationException("the plan made no store"));
        media.Decodes.Count.Should().BeLessThanOrEqualTo(1);
        plan.Rows.Should().NotBeEmpty();
    }
}
