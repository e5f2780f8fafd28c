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

    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(LiveClean, DatasetKind.LiveC, SplitPolicy.Random, Leak.None, "C1.1,C1.5,C1.7"),
        new(LiveLeaky, DatasetKind.LiveC, SplitPolicy.Random, Leak.CaseI, "C1.2,C1.6,C1.7"),
        new(TidClean, DatasetKind.Tid2013, SplitPolicy.ByReference, Leak.None, "C1.3,C1.7"),
        new(TidLeaky, DatasetKind.Tid2013, SplitPolicy.ByReference, Leak.CaseI, "C1.4,C1.7"),
    ];

    protected override object Configuration => Profile.DeepBiq;

    public override VariantInfo Describe(string variant) => Info(variant, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk);

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepBiqPipeline.Run(Profile.DeepBiq, run);
}
