using System.Text.Json.Serialization;

namespace LeakSpec.Experiments;

/// <summary>Everything one `leakspec replicate` run produced: the content of results.json.</summary>
/// <param name="Version">LeakSpec version that produced the results.</param>
/// <param name="Device">The device the pipelines ran on ("cpu" or "cuda"), after resolving "auto".</param>
/// <param name="Variants">Per case and variant, in the order they ran.</param>
/// <param name="Data">"synthetic" or the data root the user gave.</param>
/// <param name="Seed">The run's base seed.</param>
/// <param name="SplitCount">How many splits each variant ran.</param>
/// <param name="Seconds">Wall time of the whole run (informational; never part of the report).</param>
/// <param name="Profile">The <see cref="Pipelines.ReplicationProfile"/> that ran: "demo" (embedded ResNet18, CPU budgets) or "paper".</param>
public sealed record RunResults(
    string Version,
    string Device,
    IReadOnlyList<VariantResult> Variants,
    string Data = "synthetic",
    int Seed = 0,
    int SplitCount = 0,
    double Seconds = 0,
    string Profile = "")
{
    [JsonIgnore]
    public bool IsSynthetic => Data == ReplicationContext.SyntheticData;
}
