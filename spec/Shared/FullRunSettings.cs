namespace LeakSpec.Spec.Shared;

/// <summary>
/// Where a Full run reads its roots from and what it may change. The Full tier: the process's environment, the Paper
/// profile as it is, five splits, the authors' splits where they exist (<see cref="Full"/>). The Rehearsal tier passes
/// its own environment (synthetic roots, random weights, LEAKSPEC_ALLOW_CPU=1) and its one override,
/// <see cref="RehearsalCaps"/>, through the same code.
/// </summary>
public sealed record FullRunSettings
{
    public static FullRunSettings Full { get; } = new();

    /// <summary>Variable → value, as the Full tier's gate reads them (LEAKSPEC_DATA, LEAKSPEC_WEIGHTS, LEAKSPEC_RESULTS, …).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Null for the Full tier; the Rehearsal tier's iteration, epoch and split caps on the Paper profile.</summary>
    public RehearsalCaps? Caps { get; init; }

    /// <summary>
    /// True (Full): KADID-10k and KoNViD-1k are split as the authors did. Their files name the release's own items, so
    /// on other data the split refuses to build (a ManifestException naming the missing item).
    /// </summary>
    public bool AuthorsSplits { get; init; } = true;

    public int Splits => Caps?.Splits ?? FullRun.Splits;
}
