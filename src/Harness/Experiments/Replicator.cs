using System.Diagnostics;
using System.Globalization;
using System.Reflection;
namespace LeakSpec.Experiments;

/// <summary>
/// Runs the requested cases × variants × splits, reusing every split the run store already holds for the same key,
/// and returns the run's results (Reporting.ReportWriter.Publish writes them). Each finished split is on disk before the next starts, so an
/// interrupted run (exception, Ctrl+C, power) resumes where it stopped.
/// </summary>
public sealed class Replicator
{
    private readonly IReadOnlyList<ICaseRunner> runners;

    public Replicator(IEnumerable<ICaseRunner> runners)
    {
        this.runners = runners.ToArray();
        var duplicate = this.runners.GroupBy(r => r.CaseId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReplicationException($"Two pipelines claim case '{duplicate.Key}'; each case needs exactly one.");
        }
    }

    /// <summary>The LeakSpec version written into results.json.</summary>
    public static string Version { get; } =
        typeof(Replicator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public RunResults Run(ReplicationContext ctx, int splitCount, int seed, CancellationToken ct)
    {
        if (splitCount < 1)
        {
            throw new ReplicationException($"--splits must be at least 1 (got {splitCount}).");
        }

        var clock = Stopwatch.StartNew();
        var store = new RunStore(ctx.OutputDir);
        var variants = new List<VariantResult>();
        foreach (var runner in runners)
        {
            foreach (var variant in runner.Variants)
            {
                variants.Add(RunVariant(runner, variant, store, ctx, splitCount, seed, ct));
            }
        }

        var data = ctx.IsSynthetic ? ReplicationContext.SyntheticData : ctx.DataRoot;
        return new RunResults(Version, ctx.Device, variants, data, seed, splitCount, clock.Elapsed.TotalSeconds, ctx.ProfileName);
    }

    private static VariantResult RunVariant(
        ICaseRunner runner, string variant, RunStore store, ReplicationContext ctx, int requestedSplits, int seed, CancellationToken ct)
    {
        var splitCount = runner.SplitsFor(requestedSplits);
        if (splitCount < 1 || splitCount > requestedSplits)
        {
            throw new ReplicationException($"Case {runner.CaseId}: asked for {requestedSplits} splits, the pipeline would train {splitCount}.");
        }

        var info = runner.Describe(variant);
        var key = new RunKey(runner.CaseId, variant, runner.ConfigurationJson, info.DatasetFingerprint, info.Backbone, seed, splitCount, ctx.Device)
        {
            Weights = info.WeightFiles.ToDictionary(f => Path.GetFileName(f), Features.WeightsHash.OfFile, StringComparer.Ordinal),
            SplitSource = ctx.AuthorsSplits ? Splitting.AuthorsSplits.PolicyName : RunKey.SeededSplits,
        };
        foreach (var (dir, differs) in store.Stale(key))
        {
            ctx.Progress($"case {runner.CaseId} · {variant} · not reusing the results in {dir}: {differs}");
        }

        var splits = new List<SplitResult>();
        for (var split = 1; split <= splitCount; split++)
        {
            ct.ThrowIfCancellationRequested();
            var prefix = $"case {runner.CaseId} · {variant} · split {split}/{splitCount}";
            if (store.TryGet(key, split, out var stored))
            {
                ctx.Progress($"{prefix} · reused {store.PathFor(key, split)}");
                splits.Add(stored);
                continue;
            }

            ctx.Progress($"{prefix} · start");
            var splitCtx = ctx with { Progress = message => ctx.Progress($"{prefix} · {message}") };
            SplitResult result;
            try
            {
                result = runner.RunSplit(variant, split, seed, splitCtx, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ctx.Progress($"{prefix} · failed: {e.GetType().Name}: {e.Message} (finished splits are stored; rerun to resume)");
                throw;
            }

            if (result.Split != split)
            {
                throw new ReplicationException($"Case {runner.CaseId}, variant {variant}: asked for split {split}, the pipeline returned split {result.Split}.");
            }

            store.Put(key, result);
            ctx.Progress(string.Create(
                CultureInfo.InvariantCulture,
                $"{prefix} · done · PLCC {result.Test.Plcc:F4} · SROCC {result.Test.Srocc:F4} · {result.Seconds:F1} s"));
            splits.Add(result);
        }

        return new VariantResult(runner.CaseId, variant, info.ClaimIds, info.Dataset, info.Backbone, splits);
    }
}
