using LeakSpec.Experiments.Pipelines;
using LeakSpec.Runtime;
using LeakSpec.Synthetic;

namespace LeakSpec.Experiments;

/// <summary>The case pipelines this build has, for `leakspec replicate`.</summary>
public static class CaseRegistry
{
    /// <summary>
    /// One runner per case. Synthetic data runs the <see cref="ReplicationProfile.Demo"/> profile (embedded ResNet18);
    /// real data the paper's (<see cref="ReplicationProfile.Paper"/>), with the backbone weights under LEAKSPEC_WEIGHTS.
    /// </summary>
    public static IReadOnlyList<ICaseRunner> Create(ReplicationContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var profile = ctx.IsSynthetic ? ReplicationProfile.Demo : ReplicationProfile.Paper(
            FullTierEnvironment.WeightsRoot() ?? throw new ReplicationException(
                $"Real data runs the paper's backbones: set {FullTierEnvironment.WeightsVariable} to the folder holding alexnet.pt, inception_v3.pt and resnet101.pt (PyTorch state dicts written by scripts/make-weights.py; see README, \"The Full tier on a GPU box\")."));
        return Create(ctx, profile);
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
    public static SyntheticDatasetWriter? Synthetic => (kind, seed, dir) => SyntheticGenerator.Write(kind, SyntheticSize.Default, seed, dir);
}
