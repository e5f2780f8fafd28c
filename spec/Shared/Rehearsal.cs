using System.Diagnostics;
using System.Globalization;
using LeakSpec.Experiments.Claims;
using LeakSpec.Splitting;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// The Rehearsal tier (`Category=Rehearsal`, CI): a Full test class's own code path — <see cref="FullRun"/>, the Full
/// tier's gate, the Paper profile under <see cref="RehearsalCaps"/>, the paper backbones at their real input sizes
/// loading PyTorch state dicts, the run store, the report — on synthetic data in the real layouts with randomly
/// initialised weights. It asserts that every run completes with sound evidence, never the paper's numbers (random
/// weights cannot reach them): what a Full run would otherwise find out after hours on a GPU.
/// </summary>
public static class Rehearsal
{
    public static RehearsalCaps Caps { get; } = new();

    /// <summary>
    /// Rehearses the Full test class of <paramref name="fullCase"/>: all its claims' variants, then each claim's check on
    /// the stored results (the Full tests' own reuse path). Fails if any Full code path throws.
    /// </summary>
    /// <param name="caseId">The case whose claims the Full class tests (<see cref="ClaimDefinition.CaseId"/>).</param>
    /// <param name="authorsProbe">
    /// A variant split by the authors' policy in the Full tier. Their splits name the releases' own references and videos,
    /// so on synthetic data the Full tier refuses to build them (a ManifestException naming the missing item, before
    /// any training): the rehearsal asserts that refusal, then draws its splits from the same seeds (the Full tier's own
    /// policy for every other dataset).
    /// </param>
    /// <param name="classifierOnly">Case II: the frame classifier has no regressor, so its test correlations are undefined by design.</param>
    public static void Case(FullCase fullCase, string caseId, string? authorsProbe = null, bool classifierOnly = false)
    {
        var clock = Stopwatch.StartNew();
        var timing = new List<string>();
        void Lap(string what)
        {
            timing.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalSeconds:F1} s"));
            clock.Restart();
        }

        using var workspace = new RehearsalWorkspace();
        foreach (var kind in fullCase.Datasets)
        {
            workspace.WriteDataset(kind);
        }

        Lap($"synthetic {string.Join(", ", fullCase.Datasets)}");
        var claims = ClaimCatalog.All.Where(c => c.CaseId == caseId).ToArray();
        claims.Should().NotBeEmpty($"the catalog has claims of case {caseId}");
        string[] variants = [.. claims.SelectMany(c => c.Variants).Distinct(StringComparer.Ordinal)];
        foreach (var weights in (IEnumerable<WeightFile>)[fullCase.Weights, .. fullCase.WeightsBeside(variants)])
        {
            workspace.WriteWeights(weights);
            Lap($"random {weights.FileName}, written and read back");
        }

        var settings = new FullRunSettings { Environment = workspace.Environment, Caps = Caps, AuthorsSplits = false };
        if (authorsProbe is not null)
        {
            var refused = Record.Exception(() => FullRun.Variants(fullCase, [authorsProbe], settings with { AuthorsSplits = true }));
            refused.Should().BeOfType<ManifestException>("the authors' splits name the release's own items, which synthetic data lacks")
                .Which.Message.Should().Contain("authors' split");
            Lap("authors' splits refused");
        }

        var results = FullRun.Variants(fullCase, variants, settings);
        Lap($"{variants.Length} variants × {settings.Splits} split(s) trained");

        var problems = RehearsalChecks.Results(results, variants, workspace, settings, classifierOnly);
        foreach (var claim in claims)
        {
            var verdict = FullRun.Verdict(fullCase, claim.Id, settings);
            TestContext.Current.SendDiagnosticMessage($"rehearsal, on random weights (no paper value is expected to hold): {verdict}");
            problems.AddRange(RehearsalChecks.Verdict(verdict));
        }

        Lap($"{claims.Length} claim checks on the stored results");
        var summary = $"rehearsal of case {caseId}: " + string.Join("; ", timing);
        TestContext.Current.SendDiagnosticMessage(summary);
        TestContext.Current.AddAttachment("rehearsal.txt", summary + "\n" + string.Join("\n", problems), replaceExistingValue: true);
        if (problems.Count > 0)
        {
            Assert.Fail($"{summary}\n{problems.Count} problem(s):\n  " + string.Join("\n  ", problems));
        }
    }
}
