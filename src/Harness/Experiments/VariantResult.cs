using System.Text.Json.Serialization;
using LeakSpec.Metrics;

namespace LeakSpec.Experiments;

/// <summary>All splits of one variant (e.g. "leaky") of one case, with what produced them.</summary>
/// <param name="CaseId">"1", "2", "3", "4" or "deeprn" (<see cref="PaperCase"/>).</param>
/// <param name="Variant">The runner's variant name, e.g. "clean", "leaky", "livec.leaky".</param>
/// <param name="ClaimIds">Comma-separated ids of the claims this variant is evidence for (e.g. "C1.2").</param>
/// <param name="Dataset">Display name of the data, e.g. "TID2013" or "TID2013 (synthetic)".</param>
/// <param name="Backbone">The backbone's name, e.g. "ResNet18 (embedded)".</param>
/// <param name="Splits">Per-split results in split order.</param>
public sealed record VariantResult(
    string CaseId,
    string Variant,
    string ClaimIds,
    string Dataset,
    string Backbone,
    IReadOnlyList<SplitResult> Splits)
{
    /// <summary>Test PLCC over splits; null when no split finished. Written to JSON for readers, recomputed on read.</summary>
    [JsonPropertyOrder(10)]
    public MeanStd? Plcc => Splits.Count == 0 ? null : MeanStd.Of(Splits.Select(s => s.Test.Plcc));

    /// <summary>Test SROCC over splits; null when no split finished.</summary>
    [JsonPropertyOrder(11)]
    public MeanStd? Srocc => Splits.Count == 0 ? null : MeanStd.Of(Splits.Select(s => s.Test.Srocc));

    /// <summary>The claim ids as a list.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Claims =>
        ClaimIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Mean ± std over the splits that reported the scalar; null when none did.</summary>
    public MeanStd? ScalarStats(string name)
    {
        var values = Splits.Select(s => s.Scalar(name)).Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        return values.Length == 0 ? null : MeanStd.Of(values);
    }
}
