using LeakSpec.Datasets;

namespace LeakSpec.Synthetic;

/// <summary>What <see cref="SyntheticGenerator.Write(DatasetKind, SyntheticSize, int, string, bool)"/> wrote.</summary>
/// <param name="Kind">The dataset format written.</param>
/// <param name="Size">The size preset.</param>
/// <param name="Seed">The seed (same seed, same bytes).</param>
/// <param name="Root">Absolute path of the dataset root.</param>
/// <param name="Model">The score model used.</param>
/// <param name="Items">The truth per rated item, in metadata order (LIVE's 7 training images excluded, as loaders do).</param>
/// <param name="Elapsed">Wall time of the generation.</param>
public sealed record SyntheticResult(
    DatasetKind Kind,
    SyntheticSize Size,
    int Seed,
    string Root,
    ScoreModel Model,
    IReadOnlyList<SyntheticTruth> Items,
    TimeSpan Elapsed)
{
    /// <summary>The truth file written beside the data.</summary>
    public const string TruthFileName = SyntheticMarker.FileName;
}
