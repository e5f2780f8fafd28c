using System.Collections.Immutable;
using System.Text.Json.Serialization;
using LeakSpec.Metrics;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments;

/// <summary>What one variant of one case reached on one split: the unit the run store keeps on disk.</summary>
/// <param name="Split">1-based split index (1..N), as progress lines and the report show it.</param>
/// <param name="Seed">The run's base seed; the split's own randomness derives from (Seed, Split).</param>
/// <param name="Test">Metrics on the regressor's test set.</param>
/// <param name="Train">Metrics on the training set where the pipeline measures them (DeepRN's upper bound), else null.</param>
/// <param name="Curve">Training or evaluation curve of this split (may be empty).</param>
/// <param name="ManifestHash">SHA-256 of the split manifest the pipeline used, so a result names its exact split.</param>
/// <param name="AuditFindings">The leak auditor's findings for the manifest (empty for a clean variant).</param>
/// <param name="Seconds">Wall time of the split (informational; never part of the report).</param>
/// <param name="Scalars">Extra named values (<see cref="ScalarKeys"/>), kept sorted by name so JSON is stable.</param>
public sealed record SplitResult(
    int Split,
    int Seed,
    MetricSet Test,
    MetricSet? Train,
    IReadOnlyList<CurvePoint> Curve,
    string ManifestHash,
    IReadOnlyList<string> AuditFindings,
    double Seconds,
    IReadOnlyDictionary<string, double>? Scalars = null)
{
    // Sorted on construction: System.Text.Json writes dictionaries in enumeration order, and the same result must
    // serialise to the same bytes whichever order a pipeline added its scalars in.
    public IReadOnlyDictionary<string, double> Scalars { get; init; } =
        (Scalars ?? ImmutableSortedDictionary<string, double>.Empty).ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The paper's cases the auditor found in the manifest (typed: checks compare flags, not finding texts).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<Leak>))]
    public Leak Leaks { get; init; }

    /// <summary>The named scalar, or null when this split did not report it.</summary>
    public double? Scalar(string name) => Scalars.TryGetValue(name, out var v) ? v : null;
}
