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
    private readonly ConcurrentDictionary<(int, HarnessFault), ReplicationContext> contexts = new();

    // One runner per (case, data seed): it holds the decoded media and the runs its variants share (CNN-LSTM reuses
    // CNN-SVR's features), so a new runner per variant would decode and train everything again.
    private readonly Dictionary<(Delegate, int, string, HarnessFault), ICaseRunner> runners = new();
    private readonly Lock gate = new();

    /// <summary>
    /// Results of <paramref name="variant"/> on tiny synthetic data written with <paramref name="dataSeed"/>, split
    /// <paramref name="split"/>, with <paramref name="profile"/> (default: <see cref="ReplicationProfile.Fast"/>).
    /// </summary>
    internal SplitResult Get(
        Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> kinds, string variant, int dataSeed, int split,
        ReplicationProfile? profile = null, HarnessFault fault = HarnessFault.None)
    {
        profile ??= ReplicationProfile.Fast;
        lock (gate)
        {
            var ctx = Context(kinds, dataSeed, fault);
            if (!runners.TryGetValue((create, dataSeed, profile.Name, fault), out var runner))
            {
                runner = runners[(create, dataSeed, profile.Name, fault)] = create(ctx, profile);
            }

            var key = $"{profile.Name}|{runner.CaseId}|{variant}|{dataSeed}|{split}|{fault}";
            return results.GetOrAdd(key, _ => Dump(key, runner.RunSplit(variant, split, seed: dataSeed, ctx, TestContext.Current.CancellationToken)));
        }
    }

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// With `LEAKSPEC_FAST_DUMP=FILE`, every run's result is appended to FILE as one JSON line (key, result): how the
    /// thresholds' margins on other seeds are measured and reported.
    /// </summary>
    private static SplitResult Dump(string key, SplitResult result)
    {
        if (Environment.GetEnvironmentVariable("LEAKSPEC_FAST_DUMP") is { Length: > 0 } path)
        {
            var line = System.Text.Json.JsonSerializer.Serialize(new { key, result }, ResultsJson.Options).ReplaceLineEndings(" ");
            lock (DumpGate)
            {
                File.AppendAllText(path, line + "\n");
            }
        }

        return result;
    }

    private static readonly Lock DumpGate = new();

    private ReplicationContext Context(IReadOnlyList<DatasetKind> kinds, int dataSeed, HarnessFault fault)
    {
        // One data folder per seed whatever the fault (the data are the same), one output folder per (seed, fault).
        var ctx = contexts.GetOrAdd((dataSeed, fault), k => new ReplicationContext(
            Path.Combine(folder.Path, $"out-{k.Item1}-{k.Item2}"), "cpu", _ => { }, Path.Combine(folder.Path, $"data-{k.Item1}"), IsSynthetic: true)
        {
            Fault = k.Item2,
        });
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
