using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>What one group of Full tests needs: a dataset and the paper's backbone weights (a file under LEAKSPEC_WEIGHTS).</summary>
/// <param name="Tests">The spec project / claims this covers.</param>
/// <param name="Datasets">The real datasets the claims are about.</param>
/// <param name="WeightsFile">The backbone's state dict file name, looked up under LEAKSPEC_WEIGHTS.</param>
public sealed record FullTierRequirement(string Tests, IReadOnlyList<DatasetKind> Datasets, string WeightsFile)
{
    /// <summary>The paper's cases and what each needs (../shared/CLAIMS.md; AlexNet stands in for CaffeNet).</summary>
    public static IReadOnlyList<FullTierRequirement> All { get; } =
    [
        new("Case1_DeepBIQ (C1.x)", [DatasetKind.LiveC, DatasetKind.Tid2013], "alexnet.pt"),
        new("Case2_FrameSplit (C2.x)", [DatasetKind.Konvid1k], "inception_v3.pt"),
        new("Case3_TaintedTest (C3.x)", [DatasetKind.Konvid1k], "inception_v3.pt"),
        new("Case4_ReferenceGrouping (C4.x)", [DatasetKind.Kadid10k], "inception_v3.pt"),
        // The fine-tuned reference-grouped variant also trains Table 3 row 7's network, so C4.4-C4.6 need both files.
        new("Case4_ReferenceGrouping (C4.4-C4.6, row 7's Inception-ResNet-v2)", [DatasetKind.Kadid10k], "inception_resnet_v2.pt"),
        new("DeepRN (D.x)", [DatasetKind.Koniq10k], "resnet101.pt"),
    ];
}
