using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case IV (Table 3): MultiGAP-NRIQA on KADID-10k, split by image (leaky) or by reference, without and with fine-tuning.</summary>
public sealed class Case4Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string NoFtRandom = "no-ft.random";
    public const string NoFtGrouped = "no-ft.by-reference";
    public const string FtRandom = "ft.random";
    public const string FtGrouped = "ft.by-reference";

    public override string CaseId => "4";

    // The split by image is the by-reference policy with Case IV's leak: the reference groups ignored.
    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(NoFtRandom, DatasetKind.Kadid10k, SplitPolicy.ByReference, Leak.CaseIV, "C4.1,C4.5") { FineTune = false },
        new(NoFtGrouped, DatasetKind.Kadid10k, SplitPolicy.ByReference, Leak.None, "C4.2,C4.5") { FineTune = false },
        new(FtRandom, DatasetKind.Kadid10k, SplitPolicy.ByReference, Leak.CaseIV, "C4.3,C4.5"),
        new(FtGrouped, DatasetKind.Kadid10k, SplitPolicy.ByReference, Leak.None, "C4.4,C4.5,C4.6"),
    ];

    protected override object Configuration => Profile.MultiGap;

    public override VariantInfo Describe(string variant) =>
        variant == FtGrouped ? WithEndToEnd(Info(variant, Profile.MultiGap.Backbone)) : Info(variant, Profile.MultiGap.Backbone);

    /// <summary>Where row 7 (C4.6) has its own network (the Paper profile's Inception-ResNet-v2), the variant names it and its weights key the run store.</summary>
    private VariantInfo WithEndToEnd(VariantInfo info) => Profile.MultiGap.EndToEndBackbone is not { } e2e ? info : info with
    {
        Backbone = $"{info.Backbone}; row 7 (C4.6): {e2e.DisplayName}",
        WeightFiles = e2e.WeightsPath is { } w ? [.. info.WeightFiles, w] : info.WeightFiles,
    };

    /// <remarks>Row 7's own end-to-end network (the Paper profile's Inception-ResNet-v2) is counted as a second fine-tuning on the same stages.</remarks>
    public override IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest)
    {
        var c = Profile.MultiGap;
        var work = new List<Planning.StageWork>();
        int train = manifest.Stage(Stages.FinetuneTrain).Count, val = manifest.Stage(Stages.FinetuneVal).Count;
        var training = c.FineTuningRun(0);
        if (Spec(variant).FineTune)
        {
            work.Add(Planning.StageWork.FineTune(c.Backbone, DatasetKind.Kadid10k, training, train, val));
        }

        work.Add(Planning.StageWork.Forward("features", c.Backbone, DatasetKind.Kadid10k, c.Features.Input, c.Features.BatchSize, RegressorItems(manifest).Count));
        if (variant == FtGrouped && c.EndToEndBackbone is { } e2e)
        {
            work.Add(Planning.StageWork.FineTune(e2e, DatasetKind.Kadid10k, training, train, val) with { Step = "end-to-end" });
            work.Add(Planning.StageWork.Forward("test", e2e, DatasetKind.Kadid10k, training.Input with { Crop = Training.CropMode.Centre, CropsPerImage = 1 }, training.BatchSize, manifest.Stage(Stages.RegressorTest).Count));
        }

        return work;
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run) =>
        MultiGapPipeline.Run(Profile.MultiGap with { FineTune = Spec(variant).FineTune, EndToEnd = variant == FtGrouped }, run);
}
