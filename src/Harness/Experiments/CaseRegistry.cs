namespace LeakSpec.Experiments;

/// <summary>The case pipelines this build has, for `leakspec replicate`. Each pipeline adds itself here.</summary>
public static class CaseRegistry
{
    /// <summary>The runners that exist, one per case id.</summary>
    public static IReadOnlyList<ICaseRunner> Create(ReplicationContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return [];
    }

    /// <summary>Generates the default synthetic datasets for `--data synthetic`; null while no generator is built in.</summary>
    public static SyntheticDatasetWriter? Synthetic => null;
}
