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
public sealed record FullCase(
    Func<ReplicationContext, ReplicationProfile, ICaseRunner> Create,
    IReadOnlyList<DatasetKind> Datasets,
    WeightFile Weights);
