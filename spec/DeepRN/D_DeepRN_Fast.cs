using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>DeepRN (Fig 8) on tiny synthetic KonIQ-like data with the small CNN: stage 1 sees every image (Case I).</summary>
[Trait("Category", "Fast")]
public sealed class D_DeepRN_Fast(DeepRnFastRuns runs) : IClassFixture<DeepRnFastRuns>
{
    /// <summary>"For the first stage of the training, we see no improvement in performance beyond epoch 120."</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "D.1")]
    public void D_1_StageOne_StopsImprovingBeforeTheLastSnapshot(int seed)
    {
        var stage1 = runs.Get(DeepRnRunner.Leaky, seed).Curve.Where(p => p.Series == "stage1.srocc").OrderBy(p => p.Step).ToArray();

        stage1.Should().HaveCountGreaterThan(2);
        // It learns (the last model far above the first) and then saturates: the last interval adds little.
        (stage1[^1].Value - stage1[0].Value).Should().BeGreaterThan(0.1);
        (stage1[^1].Value - stage1[^2].Value).Should().BeLessThan(0.1);
    }

    /// <summary>"The effect is stronger in the final epoch, where the test performance (0.888 SROCC) with the data-leakage is similar to the one reported in the KonIQ-10k paper."</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "D.2")]
    public void D_2_FinalEpochTestSrocc_StaysBelowTheBestTrainingSrocc(int seed)
    {
        var run = runs.Get(DeepRnRunner.Leaky, seed);

        run.AuditFindings.Should().Contain(f => f.StartsWith("Case I:", StringComparison.Ordinal));
        run.Scalar(ScalarKeys.FinalTestSrocc).Should().BeLessThan(run.Scalar(ScalarKeys.BestTrainSrocc)!.Value);
    }

    /// <summary>"The training set performance generally sets an upper bound on the test set performance. … the test set performance could go as high as 0.92 SRCC (the best training set performance)."</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "D.3")]
    public void D_3_TestSroccNeverExceedsTheBestTrainingSrocc(int seed)
    {
        var run = runs.Get(DeepRnRunner.Leaky, seed);
        var test = run.Curve.Where(p => p.Series == "test.srocc").ToArray();

        test.Should().NotBeEmpty();
        test.Should().OnlyContain(p => p.Value <= run.Scalar(ScalarKeys.BestTrainSrocc)!.Value);
    }
}
