using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Runtime;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// Runs variants of a case on the real datasets with the paper's profile, five splits (DeepRN: its one training, DeepRnConfig.Trainings), through the same
/// <see cref="Replicator"/> as `leakspec replicate`: each finished split is stored under LEAKSPEC_RESULTS (or a temp
/// folder), so an interrupted Full run resumes and tests of the same case share what is already trained.
/// </summary>
public static class FullRun
{
    public const int Splits = 5;

    /// <summary>
    /// Trains (or reuses this build's stored results of) the variants and returns their results; skips when data or
    /// weights (<paramref name="weights"/> and every one of <paramref name="alsoNeeded"/>, all under LEAKSPEC_WEIGHTS)
    /// are missing, fails when CUDA is (unless LEAKSPEC_ALLOW_CPU=1).
    /// </summary>
    public static IReadOnlyDictionary<string, VariantResult> Variants(
        Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> datasets, WeightFile weights, IReadOnlyList<WeightFile> alsoNeeded, params string[] variants)
    {
        var need = FullTier.Require(datasets, weights, alsoNeeded);
        var weightFile = need.WeightsPath!;
        var output = Environment.GetEnvironmentVariable(FullTier.ResultsVariable) is { Length: > 0 } r && !FullTierEnvironment.IsPlaceholder(r)
            ? Path.GetFullPath(r)
            : Path.Combine(Path.GetTempPath(), "leakspec-full");

        // The authors' splits of KADID-10k and KoNViD-1k (the other datasets are drawn from the same five seeds), so each
        // split's result sits beside the authors' result of the same seed. The run store's key holds the harness build
        // and the weight files' SHA-256, so results another build or other weights left here are reported, not reused.
        var ctx = new ReplicationContext(output, need.Device!, message => TestContext.Current.SendDiagnosticMessage(message), output)
        {
            Roots = need.Roots,
            AuthorsSplits = true,
        };
        var runner = new VariantFilter(create(ctx, ReplicationProfile.Paper(Path.GetDirectoryName(weightFile)!)), variants);
        var results = new Replicator([runner]).Run(ctx, Splits, seed: 1, TestContext.Current.CancellationToken);
        FullTier.Attach("results.json", File.ReadAllText(Path.Combine(output, Reporting.ReportWriter.ResultsFile)));
        FullTier.Attach("report.md", File.ReadAllText(Path.Combine(output, Reporting.ReportWriter.ReportFile)));
        return results.Variants.ToDictionary(v => v.Variant);
    }

    /// <summary>
    /// The claim's check at the Full tier: runs the variants the catalog's check reads (five splits each, the paper's
    /// configuration) and asserts every condition — the paper's numbers within their tolerance and the comparisons.
    /// </summary>
    /// <param name="alsoNeeded">Weight files a variant loads beside <paramref name="weights"/> (Case IV's row 7 network), or none.</param>
    public static void Check(
        Func<ReplicationContext, ReplicationProfile, ICaseRunner> create, IReadOnlyList<DatasetKind> datasets, WeightFile weights, string claimId, IReadOnlyList<WeightFile>? alsoNeeded = null)
    {
        var claim = Experiments.Claims.ClaimCatalog.Get(claimId);
        var results = Variants(create, datasets, weights, alsoNeeded ?? [], [.. claim.Variants]);
        var evidence = new Experiments.Claims.Evidence(results.ToDictionary(p => p.Key, p => p.Value.Splits, StringComparer.Ordinal));
        ClaimAssert.Holds(claim.Evaluate(evidence, Experiments.Claims.CheckTier.Full));
    }
}
