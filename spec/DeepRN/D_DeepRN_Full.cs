using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>
/// DeepRN (Fig 8): fine-tuned on all of KonIQ-10k, against a clean control, Full tier: each claim's catalog check on the real dataset with the paper's configuration —
/// one training per variant, as the paper trained once (<see cref="DeepRnConfig.Trainings"/>; the official split does not
/// change with the split seed) — the paper's numbers within their tolerance, and every comparison the claim makes.
/// Skipped, never passed, without the dataset or the weights.
/// </summary>
[Trait("Category", "Full")]
public sealed class D_DeepRN_Full
{
    /// <summary>D.1: "Stage 1 stops improving after about epoch 120."</summary>
    [Fact]
    [Trait("Claim", "D.1")]
    public void D_1_StageOne_SaturatesBeforeTheLastSnapshot() => Check("D.1");

    /// <summary>D.2: "With the leak, the final-epoch test SROCC is 0.888, below the published 0.92."</summary>
    [Fact]
    [Trait("Claim", "D.2")]
    public void D_2_FinalEpochTestSrocc_LiftedByTheLeakButBelowTheBestTrainingSrocc() => Check("D.2");

    /// <summary>D.3: "Test SROCC never exceeds the best training-set SROCC (≈ 0.92): the leak cannot explain the published result."</summary>
    [Fact]
    [Trait("Claim", "D.3")]
    public void D_3_TestSroccNeverExceedsTheBestTrainingSrocc() => Check("D.3");

    /// <summary>What every test of this class runs; <see cref="D_DeepRN_Rehearsal"/> rehearses the same.</summary>
    internal static FullCase Case { get; } = new((ctx, profile) => new DeepRnRunner(ctx, profile), [DatasetKind.Koniq10k], PaperWeights.ResNet101);

    private static void Check(string claim) => FullRun.Check(Case, claim);
}
