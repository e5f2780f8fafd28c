using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case I (Table 1): DeepBIQ on LIVE-in-the-Wild (random split) and TID2013 (split by reference), clean and leaky.</summary>
public sealed class Case1Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string LiveClean = "livec.clean";
    public const string LiveLeaky = "livec.leaky";
    public const string TidClean = "tid2013.clean";
    public const string TidLeaky = "tid2013.leaky";

    public override string CaseId => "1";

    public override IReadOnlyList<string> Variants { get; } = [LiveClean, LiveLeaky, TidClean, TidLeaky];

    protected override object Configuration => Profile.DeepBiq;

    public override VariantInfo Describe(string variant) => variant switch
    {
        LiveClean => Info("C1.1,C1.5,C1.7", DatasetKind.LiveC, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk),
        LiveLeaky => Info("C1.2,C1.6,C1.7", DatasetKind.LiveC, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk),
        TidClean => Info("C1.3,C1.7", DatasetKind.Tid2013, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk),
        TidLeaky => Info("C1.4,C1.7", DatasetKind.Tid2013, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk),
        _ => throw UnknownVariant(variant),
    };

    public override (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed)
    {
        var (kind, policy) = variant.StartsWith("livec", StringComparison.Ordinal)
            ? (DatasetKind.LiveC, SplitPolicy.Random)
            : (DatasetKind.Tid2013, SplitPolicy.ByReference);
        var leak = variant.EndsWith(".leaky", StringComparison.Ordinal) ? Leak.CaseI : Leak.None;
        return (kind, Build(Media(kind).Dataset, policy, leak, splitSeed));
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepBiqPipeline.Run(Profile.DeepBiq, run);
}
