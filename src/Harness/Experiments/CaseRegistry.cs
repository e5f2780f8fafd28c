using LeakSpec.Experiments.Pipelines;
using LeakSpec.Synthetic;

namespace LeakSpec.Experiments;

/// <summary>The case pipelines this build has, for `leakspec replicate`.</summary>
public static class CaseRegistry
{
    /// <summary>
    /// One runner per case, with the default profile (<see cref="ReplicationSetup.SelectProfile"/>): demo on
    /// `--data synthetic`, the paper's on real data (backbone weights under LEAKSPEC_WEIGHTS).
    /// </summary>
    public static IReadOnlyList<ICaseRunner> Create(ReplicationContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return Create(ctx, ReplicationSetup.SelectProfile(null, ctx.IsSynthetic, FullTierEnvironment.WeightsRoot));
    }

    public static IReadOnlyList<ICaseRunner> Create(ReplicationContext ctx, ReplicationProfile profile) =>
    [
        new Case1Runner(ctx, profile),
        new Case2Runner(ctx, profile),
        new Case3Runner(ctx, profile),
        new Case4Runner(ctx, profile),
        new DeepRnRunner(ctx, profile),
    ];

    /// <summary>Generates the default synthetic datasets for `--data synthetic`.</summary>
    public static SyntheticDatasetWriter Synthetic => (kind, seed, dir) => SyntheticGenerator.Write(kind, SyntheticSize.Default, seed, dir);
}
