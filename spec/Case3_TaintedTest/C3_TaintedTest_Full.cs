using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case3_TaintedTest;

/// <summary>Case III on the real KoNViD-1k with Inception-V3 (GPU box; skipped without data and weights).</summary>
[Trait("Category", "Full")]
public sealed class C3_TaintedTest_Full
{
    /// <summary>
    /// "The average performance across five random data splits, each fine-tuned using only the training set, model
    /// selection performed using the performance on the validation set, and performance reported solely on test set
    /// items was 0.70 PLCC and 0.67 SROCC." (Case III, Table 2 row 15)
    /// </summary>
    [Fact]
    [Trait("Claim", "C3.5")]
    public void C3_5_CleanFineTuning_IndependentTest_Konvid1k_ReachesPublishedPlcc()
    {
        // Given the real KoNViD-1k and Inception-V3 weights (else: skipped, naming what is missing)
        var root = FullTier.RequireDataset(DatasetKind.Konvid1k);
        var weights = FullTier.RequireWeights(PaperWeights.InceptionV3);
        var plcc = PaperReference.Get("C3.5").Value(PaperValue.Plcc)!;

        // Then: the data is here, so this must not pass before the pipeline has trained and met the paper's number
        Assert.Fail($"pipeline not wired yet: CNN-SVR clean fine-tuning, avg_pool features pooled per video, Gaussian SVR tested on the 240 videos put away first, on {root} with {weights}; expected PLCC {plcc.Mean} ± {plcc.Tolerance}.");
    }
}
