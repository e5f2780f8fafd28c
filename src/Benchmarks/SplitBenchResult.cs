namespace LeakSpec.Benchmarks;

/// <summary>Timings of <see cref="SplitBench.Run"/>: first (cold, includes JIT) and best of the repetitions.</summary>
public sealed record SplitBenchResult(
    int Items,
    int Manifests,
    TimeSpan ColdSplitAndWrite,
    TimeSpan ColdReadAndAudit,
    TimeSpan BestSplitAndWrite,
    TimeSpan BestReadAndAudit)
{
    public override string ToString() =>
        $"split+write {Manifests} manifests of {Items} items: cold {ColdSplitAndWrite.TotalMilliseconds:F0} ms, best {BestSplitAndWrite.TotalMilliseconds:F0} ms (target ≤ 1000 ms); " +
        $"read+audit: cold {ColdReadAndAudit.TotalMilliseconds:F0} ms, best {BestReadAndAudit.TotalMilliseconds:F0} ms (target ≤ 1000 ms)";
}
