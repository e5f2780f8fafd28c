using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>DeepRN (Fig 8): stage 1 on all of KonIQ-10k (Case I), stage 2 on the official split at every saved model.</summary>
public sealed class DeepRnRunner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string Leaky = "leaky";

    /// <summary>The clean control: stage 1 on the official training split only, through the same pipeline.</summary>
    public const string Clean = "clean";

    public override string CaseId => "deeprn";

    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(Leaky, DatasetKind.Koniq10k, SplitPolicy.Official, Leak.CaseI, "D.1,D.2,D.3"),
        new(Clean, DatasetKind.Koniq10k, SplitPolicy.Official, Leak.None, "D.1,D.2,D.3"),
    ];

    protected override object Configuration => Profile.DeepRn;

    /// <summary>The paper's one training (<see cref="DeepRnConfig.Trainings"/>), or one per split where the profile leaves it unset.</summary>
    public override int SplitsFor(int requested) => Profile.DeepRn.Trainings is { } n ? Math.Min(n, requested) : requested;

    public override VariantInfo Describe(string variant) => Info(variant, Profile.DeepRn.Backbone);

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepRnPipeline.Run(Profile.DeepRn, run);
}
