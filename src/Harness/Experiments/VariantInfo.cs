namespace LeakSpec.Experiments;

/// <summary>What a runner's variant is evidence for and what produces its numbers; part of the run store's key.</summary>
/// <param name="ClaimIds">Comma-separated claim ids (e.g. "C1.2"), looked up in <see cref="PaperReference"/>.</param>
/// <param name="Dataset">Display name, e.g. "TID2013 (synthetic)".</param>
/// <param name="DatasetFingerprint"><see cref="Datasets.Dataset.Fingerprint"/> of the data it trains and tests on.</param>
/// <param name="Backbone">The backbone's name, e.g. "ResNet18 (embedded)".</param>
public sealed record VariantInfo(string ClaimIds, string Dataset, string DatasetFingerprint, string Backbone)
{
    /// <summary>The weight files the variant loads (paper backbones); their contents' SHA-256 keys the run store.</summary>
    public IReadOnlyList<string> WeightFiles { get; init; } = [];
}
