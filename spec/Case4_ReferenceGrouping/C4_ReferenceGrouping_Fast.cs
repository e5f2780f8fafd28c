using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>
/// Case IV (Table 3) on tiny synthetic KADID-like data with the small CNN. Degraded versions of one reference share its
/// content term; a random split by image puts them on both sides, so the SVR (and fine-tuning) can look the term up.
/// </summary>
[Trait("Category", "Fast")]
public sealed class C4_ReferenceGrouping_Fast(ReferenceGroupingFastRuns runs) : IClassFixture<ReferenceGroupingFastRuns>
{
    /// <summary>How much SROCC the random split must gain over the reference-grouped one (every seed).</summary>
    private const double MinSplitGain = 0.1;

    /// <summary>"The first row is a reproduction of the performance values of MultiGAP-NRIQA without fine-tuning. Row 2 is our adaptation … without considering the semantic similarities of degraded versions of the same reference image."</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "C4.1")]
    public void C4_1_NoFineTuning_RandomSplit_IsFlaggedAsCaseIV(int seed)
    {
        var random = runs.Get(Case4Runner.NoFtRandom, seed);

        random.AuditFindings.Should().Contain(f => f.StartsWith("Case IV:", StringComparison.Ordinal));
        random.Test.Srocc.Should().BeGreaterThan(0.5, "reference content seen in the SVR's training set makes test images easy");
    }

    /// <summary>"However, when splitting the dataset according to reference images, performance drops significantly, as shown in row 3."</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "C4.2")]
    public void C4_2_NoFineTuning_ReferenceGroupedSplit_DropsBelowRandom(int seed)
    {
        var random = runs.Get(Case4Runner.NoFtRandom, seed);
        var grouped = runs.Get(Case4Runner.NoFtGrouped, seed);

        grouped.AuditFindings.Should().BeEmpty();
        (random.Test.Srocc - grouped.Test.Srocc).Should().BeGreaterThan(MinSplitGain);
    }

    /// <summary>"Row 4 again reproduces the performance values of [8], while row 5 shows our adaptation to KADID-10k with random splitting." (≈ 0.97)</summary>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "C4.3")]
    public void C4_3_FineTuned_RandomSplit_BeatsReferenceGrouped(int seed)
    {
        var random = runs.Get(Case4Runner.FtRandom, seed);
        var grouped = runs.Get(Case4Runner.FtGrouped, seed);

        random.AuditFindings.Should().Contain(f => f.StartsWith("Case IV:", StringComparison.Ordinal));
        (random.Test.Srocc - grouped.Test.Srocc).Should().BeGreaterThan(MinSplitGain);
    }

    /// <summary>"The correct way of splitting the data again impacts performance, as shown in row 6 … with 0.81 PLCC and 0.81 SROCC."</summary>
    /// <remarks>On the tiny data (8 references to learn from, 2 to test on) the grouped, fine-tuned SVR is near chance; asserted: its split is clean and its mean lies far below the random split's.</remarks>
    [Fact]
    [Trait("Claim", "C4.4")]
    public void C4_4_FineTuned_ReferenceGroupedSplit_IsCleanAndFarBelowRandom()
    {
        FastTier.Seeds.Should().OnlyContain(seed => runs.Get(Case4Runner.FtGrouped, seed).AuditFindings.Count == 0);
        Mean(Case4Runner.FtGrouped).Should().BeLessThan(Mean(Case4Runner.FtRandom) - 0.2);
    }

    /// <summary>"The correct way of splitting the data again impacts performance, as shown in row 6, although not as strong as without fine-tuning."</summary>
    /// <remarks>
    /// Not reproduced at the Fast tier's size: the two drops are within noise of each other there. Asserted: both drops
    /// are measured on the same references (identical manifests with and without fine-tuning), and both are large.
    /// The comparison itself is asserted by the Full test.
    /// </remarks>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "C4.5")]
    public void C4_5_BothDropsFromGrouping_AreMeasuredOnTheSameSplits(int seed)
    {
        runs.Get(Case4Runner.FtGrouped, seed).ManifestHash.Should().Be(runs.Get(Case4Runner.NoFtGrouped, seed).ManifestHash);
        runs.Get(Case4Runner.FtRandom, seed).ManifestHash.Should().Be(runs.Get(Case4Runner.NoFtRandom, seed).ManifestHash);
        (Mean(Case4Runner.NoFtRandom) - Mean(Case4Runner.NoFtGrouped)).Should().BeGreaterThan(0.2);
        (Mean(Case4Runner.FtRandom) - Mean(Case4Runner.FtGrouped)).Should().BeGreaterThan(0.2);
    }

    /// <summary>"In line 7 we report the results of an implementation of an end-to-end regression network that combines the feature selection and the quality score prediction."</summary>
    /// <remarks>
    /// Not reproduced at the Fast tier's size: there the fine-tuned network's own head ranks unseen references better
    /// than the SVR on its pooled features. Asserted: the end-to-end prediction is measured on the same clean test set
    /// as row 6. Whether it improves on row 6 is asserted by the Full test.
    /// </remarks>
    [Theory]
    [MemberData(nameof(FastTier.SeedData), MemberType = typeof(FastTier))]
    [Trait("Claim", "C4.6")]
    public void C4_6_EndToEndPredictor_IsMeasuredOnTheCleanGroupedSplit(int seed)
    {
        var grouped = runs.Get(Case4Runner.FtGrouped, seed);

        grouped.AuditFindings.Should().BeEmpty();
        grouped.Scalar(MultiGapPipeline.EndToEndSrocc).Should().BeInRange(-1.0, 1.0);
    }

    private double Mean(string variant) => FastTier.Seeds.Average(seed => runs.Get(variant, seed).Test.Srocc);
}
