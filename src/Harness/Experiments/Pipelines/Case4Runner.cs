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

    public override IReadOnlyList<string> Variants { get; } = [NoFtRandom, NoFtGrouped, FtRandom, FtGrouped];

    protected override object Configuration => Profile.MultiGap;

    public override VariantInfo Describe(string variant) => variant switch
    {
        NoFtRandom => Info("C4.1,C4.5", DatasetKind.Kadid10k, Profile.MultiGap.Backbone),
        NoFtGrouped => Info("C4.2,C4.5", DatasetKind.Kadid10k, Profile.MultiGap.Backbone),
        FtRandom => Info("C4.3,C4.5", DatasetKind.Kadid10k, Profile.MultiGap.Backbone),
        FtGrouped => WithEndToEnd(Info("C4.4,C4.5,C4.6", DatasetKind.Kadid10k, Profile.MultiGap.Backbone)),
        _ => throw UnknownVariant(variant),
    };

    /// <summary>Where row 7 (C4.6) has its own network (the Paper profile's Inception-ResNet-v2), the variant names it and its weights key the run store.</summary>
    private VariantInfo WithEndToEnd(VariantInfo info) => Profile.MultiGap.EndToEndBackbone is not { } e2e ? info : info with
    {
        Backbone = $"{info.Backbone}; row 7 (C4.6): {e2e.DisplayName}",
        WeightFiles = e2e.WeightsPath is { } w ? [.. info.WeightFiles, w] : info.WeightFiles,
    };

    public override (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed)
    {
        // The authors' leaky split is a random image permutation their files do not record: drawn from the seed always.
        var leak = variant.EndsWith(".random", StringComparison.Ordinal) ? Leak.CaseIV : Leak.None;
        var policy = leak == Leak.None ? CleanPolicy(DatasetKind.Kadid10k, SplitPolicy.ByReference) : SplitPolicy.ByReference;
        return (DatasetKind.Kadid10k, Build(Media(DatasetKind.Kadid10k).Dataset, policy, leak, splitSeed));
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run) =>
        MultiGapPipeline.Run(Profile.MultiGap with { FineTune = variant.StartsWith("ft.", StringComparison.Ordinal), EndToEnd = variant == FtGrouped }, run);
}
