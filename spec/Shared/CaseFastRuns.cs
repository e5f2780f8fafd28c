using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// A class fixture holding the Fast runs of one case: each (variant, seed) trains once however many claim tests read it.
/// </summary>
/// <param name="create">Makes the case's runner for a context and profile.</param>
/// <param name="kinds">The synthetic datasets the case needs.</param>
public abstract class CaseFastRuns(Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> kinds) : IDisposable
{
    private readonly FastRun runs = new();

    /// <summary>A variant's run with the Fast profile, or with <paramref name="profile"/> on the same data and decoded media.</summary>
    public SplitResult Get(string variant, int seed, ReplicationProfile? profile = null) => runs.Get(create, kinds, variant, seed, split: 1, profile);

    public void Dispose()
    {
        runs.Dispose();
        GC.SuppressFinalize(this);
    }
}
