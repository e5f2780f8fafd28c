using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// What one Full test class runs: its case's runner, the datasets it reads and the weight file of its backbone. The
/// class's Rehearsal twin runs the same record, so the two cannot drift apart.
/// </summary>
/// <param name="Create">Makes the case's runner for a context and profile.</param>
/// <param name="Datasets">The datasets the case reads (each resolved by the Full tier's gate).</param>
/// <param name="Weights">The weight file the gate requires under LEAKSPEC_WEIGHTS.</param>
/// <param name="AlsoNeeded">Weight files some variants load beside <paramref name="Weights"/> (Case IV's row 7 network), by variant; null: none.</param>
public sealed record FullCase(
    Func<ReplicationContext, ReplicationProfile, ICaseRunner> Create,
    IReadOnlyList<DatasetKind> Datasets,
    WeightFile Weights,
    Func<string, IReadOnlyList<WeightFile>>? AlsoNeeded = null)
{
    /// <summary>The weight files <paramref name="variants"/> load beside <see cref="Weights"/>, each once.</summary>
    public IReadOnlyList<WeightFile> WeightsBeside(IEnumerable<string> variants) =>
        AlsoNeeded is null ? [] : [.. variants.SelectMany(AlsoNeeded).DistinctBy(w => w.FileName)];
}
