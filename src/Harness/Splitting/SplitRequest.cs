using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>What <c>leakspec split</c> was asked for.</summary>
/// <param name="Kind">Dataset kind; null: detected from the layout under Root.</param>
/// <param name="Root">Dataset root; null with NameDerived.</param>
/// <param name="Policy">random, by-reference, by-video, by-frame, official or authors (the paper's authors' splits).</param>
/// <param name="Leak">Leaks to introduce (None for the clean split).</param>
/// <param name="Splits">How many splits (files split-1.json …).</param>
/// <param name="Seed">null: the paper's seeds (42, 69, 322, 1337, 9000); else split i uses Seed + i.</param>
/// <param name="OutDir">Where the manifests go.</param>
/// <param name="Force">Replace existing manifests.</param>
/// <param name="NameDerived">Build TID2013/KADID-10k item lists from their naming schemes instead of loading a root.</param>
/// <param name="AllowSubset">Accept a dataset with fewer items than the release (fixtures, synthetic data).</param>
/// <param name="FramesPerVideo">Frames per video for frame ids (KoNViD-1k); null: the nominal 240.</param>
public sealed record SplitRequest(
    DatasetKind? Kind,
    string? Root,
    SplitPolicy Policy,
    Leak Leak,
    int Splits,
    int? Seed,
    string OutDir,
    bool Force = false,
    bool NameDerived = false,
    bool AllowSubset = false,
    int? FramesPerVideo = null)
{
    /// <summary>The seed of each split.</summary>
    public IReadOnlyList<int> Seeds() =>
        Seed is { } s ? [.. Enumerable.Range(0, Splits).Select(i => unchecked(s + i))]
        : Splits <= PaperSeeds.Five.Count ? [.. PaperSeeds.Five.Take(Splits)]
        : throw new ArgumentException($"Only {PaperSeeds.Five.Count} paper seeds exist; pass --seed to make {Splits} splits.", nameof(Splits));
}
