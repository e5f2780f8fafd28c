using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// One row of a case's variant table: its id, the dataset it splits, how its split is drawn, the leak — the one value
/// that changes which items each stage sees (ManifestBuilder) — and the claims it is evidence for. Runners derive their
/// variant lists, manifests and descriptions from their table; the claim catalog names the same ids.
/// </summary>
/// <param name="Id">The variant's id in results.json, the run store and the manifests' folder.</param>
/// <param name="Dataset">The dataset the variant runs on.</param>
/// <param name="Policy">The split policy (where the run asks for the authors' splits, a clean one is replaced by theirs).</param>
/// <param name="Leak">The paper's cases this variant's manifest contains; <see cref="Splitting.Leak.None"/> for a clean variant.</param>
/// <param name="Claims">The claim ids (comma-separated) the variant's results are evidence for.</param>
public sealed record VariantSpec(string Id, DatasetKind Dataset, SplitPolicy Policy, Leak Leak, string Claims)
{
    /// <summary>Whether the pipeline fine-tunes the network before taking features (false: the pretrained network's).</summary>
    public bool FineTune { get; init; } = true;
}
