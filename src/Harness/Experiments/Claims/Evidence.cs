namespace LeakSpec.Experiments.Claims;

/// <summary>
/// The runs a claim's check reads: per variant of one case, its results on every split (Demo, Full, the report) or on
/// every Fast seed. Means are over those runs, as the paper compares means over its five splits.
/// </summary>
public sealed class Evidence
{
    private readonly Func<string, IReadOnlyList<SplitResult>> load;
    private readonly Dictionary<string, IReadOnlyList<SplitResult>> runs = new(StringComparer.Ordinal);

    public Evidence(IReadOnlyDictionary<string, IReadOnlyList<SplitResult>> runs)
        : this(v => runs.TryGetValue(v, out var r) ? r : [])
    {
    }

    /// <summary>Evidence whose runs are produced when a check first asks for a variant (the Fast tier trains on demand).</summary>
    public Evidence(Func<string, IReadOnlyList<SplitResult>> load) => this.load = load;

    /// <summary>The evidence in a run's results (results.json): the variants of the given case.</summary>
    public static Evidence From(IEnumerable<VariantResult> variants, string caseId) =>
        new(variants.Where(v => v.CaseId == caseId).ToDictionary(v => v.Variant, v => v.Splits, StringComparer.Ordinal));

    public IReadOnlyList<SplitResult> Runs(string variant)
    {
        lock (runs)
        {
            if (!runs.TryGetValue(variant, out var r))
            {
                r = runs[variant] = load(variant);
            }

            return r;
        }
    }

    /// <summary>The variants a check has read, in the order it read them: what the catalog lists as a claim's variants.</summary>
    public IReadOnlyCollection<string> VariantsRead
    {
        get
        {
            lock (runs)
            {
                return [.. runs.Keys];
            }
        }
    }

    /// <summary>The measure on each run of the variant that reported it.</summary>
    public double[] Values(string variant, Measure measure) =>
        [.. Runs(variant).Select(measure.Read).Where(v => v.HasValue && double.IsFinite(v.Value)).Select(v => v!.Value)];

    /// <summary>Mean over runs; NaN when no run reported it (a condition on NaN never holds).</summary>
    public double Mean(string variant, Measure measure)
    {
        var values = Values(variant, measure);
        return values.Length == 0 ? double.NaN : values.Average();
    }
}
