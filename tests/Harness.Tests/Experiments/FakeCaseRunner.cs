using LeakSpec.Experiments;
using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>
/// A stand-in pipeline for testing orchestration only (resume, keys, progress, outputs): its numbers are a pure function
/// of (variant, split, seed, configuration), which is what lets a test tell a reused result from a recomputed one.
/// It trains nothing and is never used as evidence for a claim.
/// </summary>
internal sealed class FakeCaseRunner : ICaseRunner
{
    public FakeCaseRunner(string caseId = "1", string configurationJson = """{"lr":0.001,"epochs":3}""", bool withCurve = false)
    {
        WithCurve = withCurve;
        CaseId = caseId;
        ConfigurationJson = configurationJson;
    }

    public string CaseId { get; }

    public IReadOnlyList<string> Variants { get; } = ["clean", "leaky"];

    public string ConfigurationJson { get; set; }

    /// <summary>Whether splits record a curve (each curve costs a plot render, so only tests of plots ask for one).</summary>
    public bool WithCurve { get; }

    /// <summary>Throw once when asked for this (variant, split): simulates a crash mid-run.</summary>
    public (string Variant, int Split)? FailAt { get; set; }

    public List<(string Variant, int Split)> Calls { get; } = [];

    /// <summary>At most this many splits per variant (as DeepRN's one training), or null for all requested.</summary>
    public int? SplitLimit { get; set; }

    public int SplitsFor(int requested) => SplitLimit is { } n ? Math.Min(n, requested) : requested;

    public VariantInfo Describe(string variant) => new(
        variant == "leaky" ? "C1.4" : "C1.3", "TID2013 (synthetic)", "fingerprint-0123", "ResNet18 (embedded)");

    public SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct)
    {
        if (FailAt == (variant, split))
        {
            FailAt = null;
            throw new InvalidOperationException($"simulated crash in {variant} split {split}");
        }

        Calls.Add((variant, split));
        var curve = new List<CurvePoint>();
        for (var epoch = 1; epoch <= 3; epoch++)
        {
            ctx.Progress($"epoch {epoch}");
            curve.Add(new CurvePoint(epoch * 10, "train.loss", 1.0 / epoch));
            curve.Add(new CurvePoint(epoch * 10, "val.acc", 0.3 + (0.1 * epoch)));
        }

        var bonus = variant == "leaky" ? 0.25 : 0.0;
        var plcc = 0.6 + bonus + (0.01 * split) + (0.001 * (seed % 10)) + (ConfigurationJson.Length % 7 * 0.0001);
        return new SplitResult(
            split,
            seed,
            new MetricSet(plcc, plcc - 0.02, plcc - 0.2, 1 - plcc),
            null,
            WithCurve ? curve : [],
            $"manifest-{variant}-{split}",
            variant == "leaky" ? ["finetune.train ∩ regressor.test: 120 items"] : [],
            0.5,
            new Dictionary<string, double> { [ScalarKeys.ValAccuracy] = 0.4 + bonus, [ScalarKeys.FineTuneEpochs] = 30 + split });
    }
}
