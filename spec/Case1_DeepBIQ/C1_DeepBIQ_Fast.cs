using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case1_DeepBIQ;

/// <summary>
/// Case I (Table 1): DeepBIQ, Fast tier: each claim's check from the catalog (src/Harness/Experiments/Claims, docs/claims.md) on tiny
/// synthetic data over the Fast seeds (`LEAKSPEC_FAST_SEEDS` replaces them), with the catalog's Fast margins: the
/// direction and size of each effect and a floor against the generator's truth, never a paper number.
/// </summary>
[Trait("Category", "Fast")]
public sealed class C1_DeepBIQ_Fast(DeepBiqFastRuns runs) : IClassFixture<DeepBiqFastRuns>
{
    /// <summary>C1.1: "The final performance is reported in Table 1 in the third row at 0.7886(±0.024) PLCC and 0.7585(±0.020) SROCC on the independent test sets."</summary>
    [Fact]
    [Trait("Claim", "C1.1")]
    public void C1_1_CleanFineTuning_LiveInTheWild_IsCleanAndLearnsTheTruth()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.1"));
    }

    /// <summary>C1.2: "The SVR performance then also increases to 0.9191(±0.018) PLCC and 0.9018(±0.014) SROCC, which is very close to the reported 0.9026 and 0.8851 PLCC and SROCC."</summary>
    [Fact]
    [Trait("Claim", "C1.2")]
    public void C1_2_LeakyFineTuning_LiveInTheWild_GainsOverClean()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.2"));
    }

    /// <summary>C1.3: "In the case of TID2013 we performed the splits according to the reference image in order to avoid data leakage."</summary>
    [Fact]
    [Trait("Claim", "C1.3")]
    public void C1_3_CleanFineTuning_Tid2013_IsCleanAndLearnsTheTruth()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.3"));
    }

    /// <summary>C1.4: "For TID2013 the final SVR performance increases to 0.9621(±0.003) PLCC and 0.9578(±0.004)."</summary>
    [Fact]
    [Trait("Claim", "C1.4")]
    public void C1_4_LeakyFineTuning_Tid2013_GainsOverClean()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.4"));
    }

    /// <summary>C1.5: "The training process was stopped early, if validation performance did not improve for 25 epochs in a row. … the fine-tuning process on LIVE-in-the-wild stopped after an average of 36 epochs (±7 standard deviation)."</summary>
    [Fact]
    [Trait("Claim", "C1.5")]
    public void C1_5_CleanFineTuning_LiveInTheWild_StopsEarlyByPatience()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.5"));
    }

    /// <summary>C1.6: "By eliminating the validation procedure and fine-tuning on the entire LIVE-in-the-wild dataset for 4900 iterations … the final training set classification accuracy of the fine-tuning stage jumps to 100%, as it is heavily overfitting on the training data."</summary>
    [Fact]
    [Trait("Claim", "C1.6")]
    public void C1_6_LeakyFineTuning_LiveInTheWild_ReachesFullTrainingAccuracy()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.6"));
    }

    /// <summary>C1.7: "It can be observed that the correct implementation performs worse on the artificially degraded IQA database in TID2013, than it does on the authentic IQA database LIVE-in-the-wild, while the reverse is true for the numbers reported in [6]."</summary>
    [Fact]
    [Trait("Claim", "C1.7")]
    public void C1_7_OrderOfDatasets_FlipsWithTheLeak()
    {
        // Given the claim's variants run on the Fast seeds; When its catalog check is evaluated; Then every condition holds
        ClaimAssert.Holds(runs.Check("C1.7"));
    }

}
