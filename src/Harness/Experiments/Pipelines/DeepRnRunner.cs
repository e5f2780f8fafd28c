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

    public override IReadOnlyList<string> Variants { get; } = [Leaky, Clean];

    protected override object Configuration => Profile.DeepRn;

    /// <summary>The paper's one training (<see cref="DeepRnConfig.Trainings"/>), or one per split where the profile leaves it unset.</summary>
    public override int SplitsFor(int requested) => Profile.DeepRn.Trainings is { } n ? Math.Min(n, requested) : requested;

    public override VariantInfo Describe(string variant) => variant switch
    {
        Leaky or Clean => Info("D.1,D.2,D.3", DatasetKind.Koniq10k, Profile.DeepRn.Backbone),
        _ => throw UnknownVariant(variant),
    };

    public override (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed) => variant switch
    {
        Leaky => (DatasetKind.Koniq10k, Build(Media(DatasetKind.Koniq10k).Dataset, SplitPolicy.Official, Leak.CaseI, splitSeed)),
        Clean => (DatasetKind.Koniq10k, Build(Media(DatasetKind.Koniq10k).Dataset, SplitPolicy.Official, Leak.None, splitSeed)),
        _ => throw UnknownVariant(variant),
    };

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepRnPipeline.Run(Profile.DeepRn, run);
}
