using System.Text.Json;
using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

/// <summary>fixtures/svr/golden.json (svm-train/svm-predict, numpy, scipy, scikit-learn; see its make_golden.py).</summary>
internal static class SvrGolden
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("svr", "golden.json")));
        return doc.RootElement.Clone();
    });

    public static JsonElement Json => Root.Value;

    public static double[][] Rows(string key) =>
        Json.GetProperty(key).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    public static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double[] Doubles(string key) => Doubles(Json.GetProperty(key));

    public static JsonElement Case(string name) =>
        Json.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static IEnumerable<string> CaseNames(Func<JsonElement, bool>? where = null) =>
        Json.GetProperty("cases").EnumerateArray().Where(c => where?.Invoke(c) ?? true).Select(c => c.GetProperty("name").GetString()!);

    public static SvrParameters Parameters(JsonElement c, bool precomputeRbf) => new(
        Kernel: Enum.Parse<SvrKernel>(c.GetProperty("kernel").GetString()!),
        C: c.GetProperty("c").GetDouble(),
        Epsilon: c.GetProperty("epsilon").GetDouble(),
        Gamma: c.GetProperty("gamma").ValueKind == JsonValueKind.Null ? null : c.GetProperty("gamma").GetDouble(),
        Degree: c.GetProperty("degree").GetInt32(),
        Coef0: c.GetProperty("coef0").GetDouble(),
        CacheSizeMb: c.GetProperty("cache_mb").GetDouble(),
        Tolerance: c.GetProperty("tolerance").GetDouble(),
        Shrinking: c.GetProperty("shrinking").GetBoolean(),
        PrecomputeRbf: precomputeRbf);

    /// <summary>RBF kernel rows by the textbook sum of squared differences, independent of the fast path's algebra.</summary>
    public static double[][] RbfKernel(double[][] a, double[][] b, double gamma) =>
        a.Select(u => b.Select(v => Math.Exp(-gamma * u.Zip(v, (p, q) => (p - q) * (p - q)).Sum())).ToArray()).ToArray();

    public static void ShouldMatch(double[] actual, double[] expected, double relative)
    {
        actual.Should().HaveSameCount(expected);
        for (var i = 0; i < expected.Length; i++)
        {
            actual[i].Should().BeApproximately(expected[i], relative * Math.Max(1, Math.Abs(expected[i])), $"prediction {i}");
        }
    }

    public static int SupportVectors(IRegressor r) => r switch
    {
        LibSvmRegressor l => l.SupportVectorCount,
        KernelExpansionRegressor k => k.SupportVectorCount,
        _ => throw new InvalidOperationException(r.GetType().Name),
    };
}
