namespace LeakSpec.Datasets;

/// <summary>
/// Where real datasets live on this machine, for the Full test tier: the variable LEAKSPEC_&lt;DATASET&gt; (e.g.
/// LEAKSPEC_KADID10K, as runsettings/full.runsettings sets it) names one root; else LEAKSPEC_DATA names a folder
/// holding tid2013/, kadid10k/, koniq10k/, livec/, konvid1k/.
/// </summary>
public static class DatasetLocator
{
    public const string DataVariable = "LEAKSPEC_DATA";

    public static string FolderName(DatasetKind kind) => kind.ToString().ToLowerInvariant();

    public static string VariableFor(DatasetKind kind) => kind switch
    {
        DatasetKind.Tid2013 => "LEAKSPEC_TID2013",
        DatasetKind.Kadid10k => "LEAKSPEC_KADID10K",
        DatasetKind.Koniq10k => "LEAKSPEC_KONIQ10K",
        DatasetKind.LiveC => "LEAKSPEC_LIVEC",
        DatasetKind.Konvid1k => "LEAKSPEC_KONVID1K",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The dataset's root when one is configured and its metadata file exists, else null.</summary>
    public static string? Find(DatasetKind kind) => Find(kind, Environment.GetEnvironmentVariable);

    // Tests pass their own variables: changing the process environment would race with tests running in parallel.
    internal static string? Find(DatasetKind kind, Func<string, string?> variable)
    {
        var candidates = new[]
        {
            variable(VariableFor(kind)),
            variable(DataVariable) is { Length: > 0 } all ? Path.Combine(all, FolderName(kind)) : null,
        };
        return candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c) && File.Exists(Path.Combine(c, DatasetLoader.MarkerFile(kind))));
    }

    /// <summary>A skip or `doctor` line: how to point LeakSpec at the data and how to obtain it.</summary>
    public static string HowToProvide(DatasetKind kind) =>
        $"{DatasetCatalog.Get(kind).DisplayName} not found: set {VariableFor(kind)} to its root, or {DataVariable} to a folder holding {FolderName(kind)}/ "
        + $"(the root must contain {DatasetLoader.MarkerFile(kind)}). {DatasetCatalog.Get(kind).HowToObtain}";
}
