using System.Security.Cryptography;
using LeakSpec.Datasets;
using LeakSpec.Synthetic;
using MathNet.Numerics.Statistics;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>The five tiny synthetic datasets, generated once (seed 7) for every test of the collection.</summary>
public sealed class TinyDatasetsFixture : IDisposable
{
    public const int Seed = 7;

    public TinyDatasetsFixture()
    {
        Root = TempDir.Create("synth-fixture");
        foreach (var kind in Enum.GetValues<DatasetKind>())
        {
            Results[kind] = SyntheticGenerator.Write(kind, SyntheticSize.Tiny, Seed, Path.Combine(Root, kind.ToString()));
        }
    }

    public string Root { get; }

    public Dictionary<DatasetKind, SyntheticResult> Results { get; } = [];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

internal static class TempDir
{
    private static int counter;

    public static string Create(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"leakspec-{prefix}-{Environment.ProcessId}-{Interlocked.Increment(ref counter)}");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        return dir;
    }
}

internal static class SyntheticTestHelpers
{
    /// <summary>Spearman's rank correlation (MathNet; the harness's own metrics are tested elsewhere).</summary>
    public static double Srocc(IEnumerable<double> a, IEnumerable<double> b) => Correlation.Spearman(a, b);

    /// <summary>Relative path → SHA-256 of every file under a root.</summary>
    public static SortedDictionary<string, string> HashTree(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
