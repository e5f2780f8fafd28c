namespace LeakSpec.Experiments.Claims;

/// <summary>
/// Which claims each deliberate harness fault must break at the Fast tier: the sabotage tests assert that every listed
/// check fails under its fault, so the list is evidence that the checks can fail. A claim missing from every list is
/// one the tiny data cannot protect; docs/claims.md names them and where they are protected instead.
/// </summary>
public static class Sabotage
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FastBreaks { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        // Memorisation pays for any labels, so only the floors against the generator's truth and the grouped-split
        // comparisons notice labels that belong to other items.
        ["PermutedLabels"] = ["C1.1", "C1.3", "C1.5", "C4.1", "C4.2", "C4.3", "C4.4"],

        // Every leaky variant's audit, and every comparison of a leaky variant with its clean twin.
        ["LeakIgnored"] = ["C1.2", "C1.4", "C1.6", "C1.7", "C2.1", "C2.2", "C2.3", "C3.2", "C3.3", "C3.4", "C3.7", "C3.8", "C3.9",
            "C4.1", "C4.2", "C4.3", "C4.5", "D.1", "D.2", "D.3"],

        // The regressors (SVR, LSTM, DeepRN's stage 2) see noise: every claim that reads their test correlation.
        ["NoiseFeatures"] = ["C1.1", "C1.2", "C1.3", "C1.4", "C4.1", "C4.2", "C4.3", "C4.4", "C4.6", "D.2", "D.3"],
    };

    /// <summary>The faults that break a claim at the Fast tier.</summary>
    public static IEnumerable<string> FaultsBreaking(string claimId) =>
        FastBreaks.Where(p => p.Value.Contains(claimId)).Select(p => p.Key);
}
