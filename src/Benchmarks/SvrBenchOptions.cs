using LeakSpec.Regression;

namespace LeakSpec.Benchmarks;

/// <summary>
/// Sizes and settings of <c>leakspec bench svr</c>. Defaults are the targets: fit+predict 8,000 × 512
/// (80/20), grid 5 γ × 4 C × 5 folds on 2,000 × 2,048, memory at 7,058 × 2,048, scaling from 1,000 to 8,000.
/// </summary>
public sealed record SvrBenchOptions(
    string OutDirectory,
    string SklearnScript,
    IReadOnlySet<string> Parts,
    string Python = "/usr/bin/python3",
    int FitN = 8000,
    int FitD = 512,
    int GridN = 2000,
    int GridD = 2048,
    int MemoryN = 7058,
    int MemoryD = 2048,
    IReadOnlyList<int>? ScalingNs = null,
    int ScalingD = 512,
    double Tolerance = 1e-3,
    double CacheSizeMb = 200,
    int Seed = 0,
    GramBackend? Backend = null)
{
    public static readonly IReadOnlyList<string> AllParts = ["gram", "fit", "grid", "memory", "scaling"];

    public IReadOnlyList<int> Scaling => ScalingNs ?? [1000, 2000, 4000, 8000];
}
