using System.Collections.Immutable;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Metrics;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Experiments.Claims;

[Trait("Category", "Fast")]
public sealed class ClaimCatalogTests
{
    [Fact]
    public void EveryClaimOfTheCasesHasOneCheck_AndEveryCheckReadsItsVariants()
    {
        // Given the paper's claims of Cases I–IV and DeepRN
        var ids = PaperReference.Claims.Where(c => c.CaseId != "general").Select(c => c.Id).ToArray();

        // Then the catalog has exactly one check per id, and each check names the variants it compares
        ClaimCatalog.All.Select(c => c.Id).Should().BeEquivalentTo(ids).And.OnlyHaveUniqueItems();
        ClaimCatalog.All.Should().OnlyContain(c => c.Variants.Count > 0);
    }

    [Fact]
    public void EverySabotageListNamesClaimsOfTheCatalog()
    {
        Sabotage.FastBreaks.Values.SelectMany(v => v).Should().OnlyContain(id => ClaimCatalog.All.Any(c => c.Id == id));
    }

    [Fact]
    public void AGainCheck_FailsWhenTheLeakyRunIsNotAboveTheClean_AndWhenARunIsMissing()
    {
        // Given C1.2's variants where the leaky run is no better than the clean one
        var same = Evidence(("livec.leaky", 0.4, Leak.CaseI), ("livec.clean", 0.4, Leak.None));
        var better = Evidence(("livec.leaky", 0.9, Leak.CaseI), ("livec.clean", 0.4, Leak.None));
        var missing = Evidence(("livec.leaky", 0.9, Leak.CaseI));

        // Then the check fails, holds with a real gain, and fails again when the clean run is absent
        ClaimCatalog.Get("C1.2").Evaluate(same, CheckTier.Fast).Holds.Should().BeFalse();
        ClaimCatalog.Get("C1.2").Evaluate(better, CheckTier.Fast).Holds.Should().BeTrue();
        ClaimCatalog.Get("C1.2").Evaluate(missing, CheckTier.Fast).Holds.Should().BeFalse();
    }

    [Fact]
    public void AnAuditCondition_FailsWhenTheLeakIsNotTheOneTheClaimNames()
    {
        var wrongLeak = Evidence(("livec.leaky", 0.9, Leak.CaseIV), ("livec.clean", 0.4, Leak.None));

        var verdict = ClaimCatalog.Get("C1.2").Evaluate(wrongLeak, CheckTier.Fast);

        verdict.Holds.Should().BeFalse();
        verdict.Failed.Should().ContainSingle(c => c.Text.StartsWith("audit:", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFullTier_HoldsARunToThePapersNumber()
    {
        // Given a clean LIVE run at the paper's SROCC/PLCC, and one far below it
        var atPaper = Evidence(("livec.clean", 0.7585, Leak.None, 0.7886));
        var below = Evidence(("livec.clean", 0.50, Leak.None, 0.52));

        ClaimCatalog.Get("C1.1").Evaluate(atPaper, CheckTier.Full).Holds.Should().BeTrue();
        ClaimCatalog.Get("C1.1").Evaluate(below, CheckTier.Full).Holds.Should().BeFalse();
    }

    [Fact]
    public void ATruthFloor_FailsACleanRunThatRanksNoBetterThanChance()
    {
        var chance = Evidence(("livec.clean", 0.02, Leak.None, null, 0.7));
        var learned = Evidence(("livec.clean", 0.35, Leak.None, null, 0.7));

        ClaimCatalog.Get("C1.1").Evaluate(chance, CheckTier.Fast).Holds.Should().BeFalse();
        ClaimCatalog.Get("C1.1").Evaluate(learned, CheckTier.Fast).Holds.Should().BeTrue();
    }

    [Fact]
    public void ClaimCatalogDocs_TheCommittedCatalogIsTheGeneratedOne()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "claims.md");
        var generated = ClaimCatalogMarkdown.Render();
        if (Environment.GetEnvironmentVariable("LEAKSPEC_WRITE_DOCS") == "1")
        {
            LeakSpec.IO.AtomicFile.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "docs/claims.md is generated from the catalog; regenerate it with LEAKSPEC_WRITE_DOCS=1");
    }

    private static Evidence Evidence(params (string Variant, double Srocc, Leak Leaks, double? Plcc, double? Blind)[] runs) =>
        new(runs.ToDictionary(
            r => r.Variant,
            r => (IReadOnlyList<SplitResult>)[Run(r.Srocc, r.Leaks, r.Plcc ?? r.Srocc, r.Blind)]));

    private static Evidence Evidence(params (string Variant, double Srocc, Leak Leaks)[] runs) =>
        Evidence([.. runs.Select(r => (r.Variant, r.Srocc, r.Leaks, (double?)null, (double?)null))]);

    private static Evidence Evidence(params (string Variant, double Srocc, Leak Leaks, double? Plcc)[] runs) =>
        Evidence([.. runs.Select(r => (r.Variant, r.Srocc, r.Leaks, r.Plcc, (double?)null))]);

    private static SplitResult Run(double srocc, Leak leaks, double plcc, double? blind)
    {
        var scalars = blind is { } b ? ImmutableSortedDictionary<string, double>.Empty.Add(ScalarKeys.ContentBlindSrocc, b) : null;
        return new SplitResult(1, 1, new MetricSet(plcc, srocc, srocc, 0.1), null, [], "hash", [], 0, scalars) { Leaks = leaks };
    }
}
