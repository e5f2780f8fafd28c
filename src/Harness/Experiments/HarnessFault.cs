namespace LeakSpec.Experiments;

/// <summary>
/// Deliberate harness faults, for the sabotage tests only: each breaks one thing a claim's check relies on, so that
/// a test can show the check fails when the harness is wrong. Internal on purpose: the command line cannot reach it,
/// and a results file can never come from a sabotaged run.
/// </summary>
internal enum HarnessFault
{
    None = 0,

    /// <summary>Scores (and vote distributions) permuted among items, one map shared by every stage.</summary>
    PermutedLabels,

    /// <summary>Each leaky variant gets its clean manifest: the leak switch is ignored.</summary>
    LeakIgnored,

    /// <summary>The regressors' input features replaced by seeded Gaussian noise of the same shape.</summary>
    NoiseFeatures,
}
