namespace LeakSpec.Datasets;

/// <summary>One rated item (image or video) of a dataset.</summary>
/// <param name="Id">The name exactly as the dataset's metadata writes it (stable across machines).</param>
/// <param name="Path">Absolute path of the image or video file.</param>
/// <param name="Score">The score on the dataset's own scale (MOS or DMOS as published).</param>
/// <param name="NormalizedScore">The score mapped to [0, 1] with higher meaning better quality.</param>
/// <param name="Group">The group key value (reference id upper-cased, video id, or the item id).</param>
/// <param name="OfficialSplit">The dataset's own split label (KonIQ-10k: training/validation/test), else null.</param>
public sealed record DatasetItem(
    string Id,
    string Path,
    double Score,
    double NormalizedScore,
    string Group,
    string? OfficialSplit = null)
{
    /// <summary>
    /// The rating distribution where the dataset publishes one (KonIQ-10k: the vote counts c1..c5 for the
    /// categories bad..excellent), else null. DeepRN predicts this distribution.
    /// </summary>
    public IReadOnlyList<double>? Distribution { get; init; }
}
