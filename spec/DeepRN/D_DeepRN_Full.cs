using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>DeepRN (Fig 8) on the real KonIQ-10k with ResNet-101 (GPU box; skipped without data and weights).</summary>
[Trait("Category", "Full")]
public sealed class D_DeepRN_Full
{
    /// <summary>"For the first stage of the training, we see no improvement in performance beyond epoch 120."</summary>
    [Fact]
    [Trait("Claim", "D.1")]
    public void D_1_StageOne_Koniq10k_StopsImprovingAfterAboutEpoch120()
    {
        var curve = Run().Splits.SelectMany(s => s.Curve).Where(p => p.Series == "stage1.srocc")
            .GroupBy(p => p.Step).Select(g => (Epoch: g.Key, Srocc: g.Average(p => p.Value))).OrderBy(p => p.Epoch).ToArray();
        var after120 = curve.Where(p => p.Epoch > 120).Select(p => p.Srocc).DefaultIfEmpty(double.NaN).Max();
        var at120 = curve.Where(p => p.Epoch <= 120).Max(p => p.Srocc);
        after120.Should().BeLessThanOrEqualTo(at120 + 0.005);
    }

    /// <summary>"The effect is stronger in the final epoch, where the test performance (0.888 SROCC) with the data-leakage is similar to the one reported in the KonIQ-10k paper."</summary>
    [Fact]
    [Trait("Claim", "D.2")]
    public void D_2_FinalEpoch_Koniq10k_TestSroccIsPublished0888() =>
        FullRun.ShouldMatchPaperScalar(Run(), "D.2", ScalarKeys.FinalTestSrocc);

    /// <summary>"… in the absolute best case … the test set performance could go as high as 0.92 SRCC (the best training set performance)."</summary>
    [Fact]
    [Trait("Claim", "D.3")]
    public void D_3_TestSrocc_Koniq10k_NeverExceedsTheBestTrainingSrocc()
    {
        var run = Run();
        run.ScalarStats(ScalarKeys.BestTestSrocc)!.Mean.Should().BeLessThanOrEqualTo(run.ScalarStats(ScalarKeys.BestTrainSrocc)!.Mean);
        FullRun.ShouldMatchPaperScalar(run, "D.3", ScalarKeys.BestTrainSrocc);
    }

    private static VariantResult Run() =>
        FullRun.Variants((ctx, profile) => new DeepRnRunner(ctx, profile), [DatasetKind.Koniq10k], PaperWeights.ResNet101, DeepRnRunner.Leaky)[DeepRnRunner.Leaky];
}
