namespace LeakSpec.Datasets;

/// <summary>The published facts of one dataset, which loaders check and splitters use.</summary>
/// <param name="Kind">Which dataset.</param>
/// <param name="DisplayName">The name the paper uses.</param>
/// <param name="ScoreMin">Lowest possible score on the dataset's own scale.</param>
/// <param name="ScoreMax">Highest possible score on the dataset's own scale.</param>
/// <param name="HigherIsBetter">Whether a higher score means better quality on the dataset's own scale.</param>
/// <param name="GroupKey">What a clean split must keep together.</param>
/// <param name="ExpectedCount">How many items the official release has (after documented exclusions).</param>
/// <param name="HasOfficialSplit">Whether the release ships a train/validation/test split.</param>
/// <param name="HowToObtain">Where a user gets the real data (for skip messages and `doctor`).</param>
public sealed record DatasetSpec(
    DatasetKind Kind,
    string DisplayName,
    double ScoreMin,
    double ScoreMax,
    bool HigherIsBetter,
    GroupKey GroupKey,
    int ExpectedCount,
    bool HasOfficialSplit,
    string HowToObtain)
{
    /// <summary>Maps a score on the dataset's scale to [0, 1], higher is better.</summary>
    public double Normalize(double score)
    {
        var t = (score - ScoreMin) / (ScoreMax - ScoreMin);
        return HigherIsBetter ? t : 1 - t;
    }
}
