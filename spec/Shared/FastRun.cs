using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Synthetic;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// The Fast tier's runs: the same case runners as `leakspec replicate` and the Full tier, with the
/// <see cref="ReplicationProfile.Fast"/> profile on tiny synthetic datasets (one per data seed), on CPU. Results are
/// memoised per (runner, variant, data seed, split) so the tests of one claim group train each variant once.
/// </summary>
public sealed class FastRun : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ConcurrentDictionary<string, SplitResult> results = new();
    private readonly ConcurrentDictionary<int, ReplicationContext> contexts = new();

    // One runner per (case, data seed): it holds the decoded media and the runs its variants share (CNN-LSTM reuses
    // CNN-SVR's features), so a new runner per variant would decode and train everything again.
    private readonly Dictionary<(Delegate, int, string), ICaseRunner> runners = new();
    private readonly Lock gate = new();

    /// <summary>
    /// Results of <paramref name="variant"/> on tiny synthetic data written with <paramref name="dataSeed"/>, split
    /// <paramref name="split"/>, with <paramref name="profile"/> (default: <see cref="ReplicationProfile.Fast"/>).
    /// </summary>
    public SplitResult Get(Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> kinds, string variant, int dataSeed, int split, ReplicationProfile? profile = null)
    {
        profile ??= ReplicationProfile.Fast;
        lock (gate)
        {
            var ctx = Context(kinds, dataSeed);
            if (!runners.TryGetValue((create, dataSeed, profile.Name), out var runner))
            {
                runner = runners[(create, dataSeed, profile.Name)] = create(ctx, profile);
            }

            var key = $"{profile.Name}|{runner.CaseId}|{variant}|{dataSeed}|{split}";
            return results.GetOrAdd(key, _ => runner.RunSplit(variant, split, seed: dataSeed, ctx, TestContext.Current.CancellationToken));
        }
    }

    public void Dispose() => folder.Dispose();

    private ReplicationContext Context(IReadOnlyList<DatasetKind> kinds, int dataSeed)
    {
        var ctx = contexts.GetOrAdd(dataSeed, s => new ReplicationContext(
            Path.Combine(folder.Path, $"out-{s}"), "cpu", _ => { }, Path.Combine(folder.Path, $"data-{s}"), IsSynthetic: true));
        foreach (var kind in kinds)
        {
            var root = Path.Combine(ctx.DataRoot, DatasetRoots.FolderName(kind));
            if (!Directory.Exists(root))
            {
                SyntheticGenerator.Write(kind, SyntheticSize.Tiny, dataSeed, root);
            }
        }

        return ctx;
    }
}
