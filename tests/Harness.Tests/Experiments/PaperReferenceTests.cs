using LeakSpec.Experiments;

namespace LeakSpec.Harness.Tests.Experiments;

[Trait("Category", "Fast")]
public sealed class PaperReferenceTests
{
    // Every id of CLAIMS.md's tables, transcribed by hand: adding or dropping a claim there must be mirrored here.
    private static readonly string[] ClaimsMdIds =
    [
        "C1.1", "C1.2", "C1.3", "C1.4", "C1.5", "C1.6", "C1.7",
        "C2.1", "C2.2", "C2.3",
        "C3.1", "C3.2", "C3.3", "C3.4", "C3.5", "C3.6", "C3.7", "C3.8", "C3.9", "C3.10", "C3.11",
        "C4.1", "C4.2", "C4.3", "C4.4", "C4.5", "C4.6",
        "D.1", "D.2", "D.3",
        "G.1", "G.2", "G.3",
    ];

    [Fact]
    public void Claims_AreExactlyTheIdsOfClaimsMd_EachOnce()
    {
        // Given the transcribed reference
        var ids = PaperReference.Claims.Select(c => c.Id).ToArray();

        // Then it has every id once and nothing else
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(ClaimsMdIds);
    }

    [Fact]
    public void EveryValue_HasAPositiveTolerance_AndEveryClaimAKnownCase()
    {
        // Given all values of all claims
        var values = PaperReference.Claims.SelectMany(c => c.Values).ToArray();

        // Then tolerances are positive, and every claim and direction check points at known cases and claims
        values.Should().NotBeEmpty().And.OnlyContain(v => v.Tolerance > 0);
        PaperReference.Claims.Select(c => c.CaseId).Should().BeSubsetOf(PaperReference.Cases.Select(c => c.Id));
    }

    [Theory]
    [InlineData("C1.1", PaperValue.Plcc, 0.7886, 0.024)]
    [InlineData("C1.3", PaperValue.Srocc, 0.6443, 0.054)]
    [InlineData("C1.4", PaperValue.Plcc, 0.9621, 0.003)]
    [InlineData("C3.5", PaperValue.Plcc, 0.70, 0.04)]
    [InlineData("C3.11", PaperValue.Srocc, 0.65, 0.03)]
    [InlineData("C4.4", PaperValue.Plcc, 0.815, 0.049)]
    [InlineData("C3.3", PaperValue.Srocc, 0.728, 0.021)]
    [InlineData("C3.6", PaperValue.Plcc, 0.621, 0.069)]
    [InlineData("C3.10", PaperValue.Srocc, 0.626, 0.051)]
    [InlineData("C3.4", PaperValue.Plcc, 0.720, 0.034)]
    [InlineData("C1.5", ScalarKeys.FineTuneEpochs, 36, 7)]
    [InlineData("C1.5", ScalarKeys.ValAccuracy, 0.4698, 0.0309)]
    public void ValuesWithStd_MatchClaimsMd_AndTolerateTwoStd(string id, string metric, double mean, double std)
    {
        // When the value is looked up
        var value = PaperReference.Get(id).Value(metric)!;

        // Then it is the paper's mean ± std, and the Full tests accept mean ± 2 std
        value.Mean.Should().Be(mean);
        value.Std.Should().Be(std);
        var tolerance = Math.Max(2 * std, PaperValue.MinTolerance);
        value.Tolerance.Should().BeApproximately(tolerance, 1e-12);
        value.Accepts(mean + (0.95 * tolerance)).Should().BeTrue();
        value.Accepts(mean - (1.05 * tolerance)).Should().BeFalse();
    }

    [Theory]
    [InlineData("C2.2", ScalarKeys.TestAccuracy, 0.4652)]
    [InlineData("C2.2", ScalarKeys.MajorityAccuracy, 0.4108)]
    [InlineData("D.2", ScalarKeys.FinalTestSrocc, 0.888)]
    [InlineData("D.3", ScalarKeys.BestTrainSrocc, 0.92)]
    public void ValuesWithoutStd_MatchClaimsMd_AndTolerateTheDefault(string id, string metric, double mean)
    {
        // When the value is looked up
        var value = PaperReference.Get(id).Value(metric)!;

        // Then it has no std and the default tolerance
        value.Mean.Should().Be(mean);
        value.Std.Should().BeNull();
        value.Tolerance.Should().Be(PaperValue.DefaultTolerance);
    }

    [Fact]
    public void Get_UnknownId_NamesTheKnownIds()
    {
        // When an unknown id is asked for
        var act = () => PaperReference.Get("C9.9");

        // Then the message says which ids exist
        act.Should().Throw<KeyNotFoundException>().WithMessage("*C9.9*C1.1*");
    }
}
