using System.Globalization;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// Conventions of the Demo tier: the demo itself (`leakspec replicate --case N --data synthetic`: the default synthetic
/// datasets, the demo profile, five splits, the CPU), checked with the catalog's Demo margins.
/// </summary>
public static class DemoTier
{
    /// <summary>
    /// `LEAKSPEC_DEMO_SEED=N` runs the demo as `--seed N` (new synthetic data, splits and training seeds): the margins
    /// must hold on seeds the tests were not written against. Default 1, the demo's own.
    /// </summary>
    public const string SeedVariable = "LEAKSPEC_DEMO_SEED";

    /// <summary>
    /// `LEAKSPEC_DEMO_OUT=DIR` keeps each case's demo output (results.json, report.md, plots, manifests) under
    /// DIR/seed-N/case-X, so a rerun resumes and the reports can be read; default: a folder under the system temp.
    /// </summary>
    public const string OutVariable = "LEAKSPEC_DEMO_OUT";

    /// <summary>Splits per variant, as the demo's default `--splits 5`.</summary>
    public const int Splits = 5;

    public static int Seed { get; } = SeedFrom(Environment.GetEnvironmentVariable(SeedVariable)) ?? 1;

    /// <summary>The seed of a `LEAKSPEC_DEMO_SEED` value, or null when it is unset or empty.</summary>
    public static int? SeedFrom(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
                ? seed
                : throw new ArgumentException($"{SeedVariable}='{value}': expected one integer seed, such as 977.");

    /// <summary>Where case <paramref name="caseId"/>'s demo run of <see cref="Seed"/> writes (one folder per case: the spec projects run apart).</summary>
    public static string OutputFor(string caseId) =>
        Path.Combine(
            Environment.GetEnvironmentVariable(OutVariable) is { Length: > 0 } root ? Path.GetFullPath(root) : Path.Combine(Path.GetTempPath(), "leakspec-demo"),
            $"seed-{Seed.ToString(CultureInfo.InvariantCulture)}",
            $"case-{caseId}");
}
