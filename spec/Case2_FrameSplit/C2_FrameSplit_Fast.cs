using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case2_FrameSplit;

/// <summary>
/// Case II (Fig 4): frames of one video on both sides, Fast tier: each claim's check from the catalog (src/Harness/Experiments/Claims, docs/claims.md) on tiny
/// synthetic data over the Fast seeds (`LEAKSPEC_FAST_SEEDS` replaces them), with the catalog's Fast margins: the
/// direction and size of each effect and a floor against the generator's truth, never a paper number.
/// </summary>
[Trait("Category", "Fast")]
public sealed class C2_FrameSplit_Fast(FrameSplitFastRuns runs) : IClassFixture<FrameSplitFastRuns>
{
    /// <summary>C2.1: "Validation accuracy tracks training accuracy and exceeds 95 %: a frame-level split cannot detect overfitting (Fig 4, top)."</summary>
    [Fact]
    [Trait("Claim", "C2.1")]
    public void C2_1_FrameLevelSplit_ValidationAccuracyTracksTrainingAndFarExceedsVideoLevel()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C2.1"));
    }

    /// <summary>C2.2: "The peak test accuracy … was 46.52 % on average, only 5.44 percentage points above the accuracy of always predicting the dominant class (41.08 %)."</summary>
    [Fact]
    [Trait("Claim", "C2.2")]
    public void C2_2_VideoLevelSplit_TestAccuracyStaysNearTheDominantClass()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C2.2"));
    }

    /// <summary>C2.3: "With a video-level split the validation loss stops improving early (at about iteration 300) while the training loss keeps falling, and early stopping triggers (Fig 4, bottom)."</summary>
    [Fact]
    [Trait("Claim", "C2.3")]
    public void C2_3_VideoLevelSplit_StopsEarlyWhileTrainingLossFalls()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C2.3"));
    }

}
