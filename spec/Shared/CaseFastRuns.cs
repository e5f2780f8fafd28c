using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// A class fixture holding the Fast runs of one case: each (variant, seed, profile, fault) trains once however many
/// claim tests read it.
/// </summary>
/// <param name="create">Makes the case's runner for a context and profile.</param>
/// <param name="kinds">The synthetic datasets the case needs.</param>
public abstract class CaseFastRuns(Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> kinds) : IDisposable
{
    private readonly FastRun runs = new();

    /// <summary>
    /// The claim's check on the Fast seeds, with the profile the catalog names for it; under <paramref name="fault"/>
    /// the harness is sabotaged (the sabotage tests).
    /// </summary>
    internal Verdict Check(string claimId, HarnessFault fault = HarnessFault.None)
    {
        var claim = ClaimCatalog.Get(claimId);
        var profile = claim.FastProfile == FastTier.DemoOnTinyData.Name ? FastTier.DemoOnTinyData : ReplicationProfile.Fast;
        var evidence = new Evidence(variant => [.. FastTier.Seeds.Select(seed => runs.Get(create, kinds, variant, seed, split: 1, profile, fault))]);
        return claim.Evaluate(evidence, CheckTier.Fast);
    }

    /// <summary>One variant's run (split 1) on the tiny data of <paramref name="seed"/> with <paramref name="profile"/>, shared with the claim checks.</summary>
    internal SplitResult Run(string variant, int seed, ReplicationProfile profile) => runs.Get(create, kinds, variant, seed, split: 1, profile);

    public void Dispose()
    {
        runs.Dispose();
        GC.SuppressFinalize(this);
    }
}
