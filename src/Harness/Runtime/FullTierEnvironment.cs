using LeakSpec.Datasets;

namespace LeakSpec.Runtime;

/// <summary>
/// Where the Full tier finds the real datasets and the paper's weights: environment variables, which
/// runsettings/full.runsettings sets for `dotnet test` and a shell can set for `leakspec`.
/// </summary>
public static class FullTierEnvironment
{
    public const string WeightsVariable = "LEAKSPEC_WEIGHTS";
    public const string ResultsVariable = "LEAKSPEC_RESULTS";

    /// <summary>The variable that names <paramref name="kind"/>'s root folder.</summary>
    public static string DatasetVariable(DatasetKind kind) => kind switch
    {
        DatasetKind.Tid2013 => "LEAKSPEC_TID2013",
        DatasetKind.Kadid10k => "LEAKSPEC_KADID10K",
        DatasetKind.Koniq10k => "LEAKSPEC_KONIQ10K",
        DatasetKind.LiveC => "LEAKSPEC_LIVEC",
        DatasetKind.Konvid1k => "LEAKSPEC_KONVID1K",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The configured root of <paramref name="kind"/>, or null when the variable is unset or empty.</summary>
    public static string? DatasetRoot(DatasetKind kind) =>
        Environment.GetEnvironmentVariable(DatasetVariable(kind)) is { Length: > 0 } root ? root : null;

    /// <summary>The configured weights folder, or null.</summary>
    public static string? WeightsRoot() =>
        Environment.GetEnvironmentVariable(WeightsVariable) is { Length: > 0 } root ? root : null;
}
