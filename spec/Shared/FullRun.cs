using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// Runs variants of a case on the real datasets with the paper's profile, five splits (DeepRN: its one training, DeepRnConfig.Trainings), through the same
/// <see cref="Replicator"/> as `leakspec replicate`: each finished split is stored under LEAKSPEC_RESULTS (or a temp
/// folder), so an interrupted Full run resumes and tests of the same case share what is already trained. The Rehearsal
/// tier runs this same code with its own <see cref="FullRunSettings"/>.
/// </summary>
public static class FullRun
{
    public const int Splits = 5;

    /// <summary>
    /// Trains (or reuses this build's stored results of) the variants and returns their results; skips when data or
    /// weights (the case's and every one <see cref="FullCase.AlsoNeeded"/> names for these variants, all under
    /// LEAKSPEC_WEIGHTS) are missing, fails when CUDA is (unless LEAKSPEC_ALLOW_CPU=1).
    /// </summary>
    public static IReadOnlyDictionary<string, VariantResult> Variants(FullCase fullCase, IReadOnlyList<string> variants, FullRunSettings? settings = null)
    {
        settings ??= FullRunSettings.Full;
        var need = FullTier.Require(fullCase.Datasets, fullCase.Weights, fullCase.WeightsBeside(variants), settings.Environment);
        var weightsRoot = Path.GetDirectoryName(need.WeightsPath!)!;
        var output = settings.Environment(FullTier.ResultsVariable) is { Length: > 0 } r && !FullTierEnvironment.IsPlaceholder(r)
            ? Path.GetFullPath(r)
            : Path.Combine(Path.GetTempPath(), "leakspec-full");
        var paper = ReplicationProfile.Paper(weightsRoot);
        var profile = settings.Caps?.Apply(paper) ?? paper;

        // The authors' splits of KADID-10k and KoNViD-1k (the other datasets are drawn from the same five seeds), so each
        // split's result sits beside the authors' result of the same seed. The run store's key holds the harness build
        // and the weight files' SHA-256, so results another build or other weights left here are reported, not reused.
        var ctx = new ReplicationContext(output, need.Device!, message => TestContext.Current.SendDiagnosticMessage(message), output)
        {
            Roots = need.Roots,
            AuthorsSplits = settings.AuthorsSplits,
            ProfileName = profile.Name,
        };
        var runner = new VariantFilter(fullCase.Create(ctx, profile), variants);
        var results = new Replicator([runner]).Run(ctx, settings.Splits, seed: 1, TestContext.Current.CancellationToken);
        Reporting.ReportWriter.Publish(results, ctx);
        FullTier.Attach("results.json", File.ReadAllText(Path.Combine(output, Reporting.ReportWriter.ResultsFile)), settings.Environment);
        FullTier.Attach("report.md", File.ReadAllText(Path.Combine(output, Reporting.ReportWriter.ReportFile)), settings.Environment);
        return results.Variants.ToDictionary(v => v.Variant);
    }

    /// <summary>
    /// The claim's check at the Full tier: runs the variants the catalog's check reads (five splits each, the paper's
    /// configuration) and evaluates every condition — the paper's numbers within their tolerance and the comparisons.
    /// </summary>
    public static Verdict Verdict(FullCase fullCase, string claimId, FullRunSettings? settings = null)
    {
        var claim = ClaimCatalog.Get(claimId);
        var results = Variants(fullCase, [.. claim.Variants], settings);
        var evidence = new Evidence(results.ToDictionary(p => p.Key, p => p.Value.Splits, StringComparer.Ordinal));
        return claim.Evaluate(evidence, CheckTier.Full);
    }

    /// <summary>Asserts the claim's check at the Full tier (<see cref="Verdict"/>): every condition must hold.</summary>
    public static void Check(FullCase fullCase, string claimId) => ClaimAssert.Holds(Verdict(fullCase, claimId));
}
