using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
public sealed class ScoreQuantizerTests
{
    [Fact]
    public void EqualBins_FiveBinsOverOneToFive_HasEdgesEveryPointEight()
    {
        // Given DeepBIQ's quantiser over a 1–5 scale
        var q = ScoreQuantizer.EqualBins(1, 5);

        // Then the inner edges are 1.8, 2.6, 3.4, 4.2 and the extremes fall in the outer classes
        q.Edges.Should().BeEquivalentTo([1.8, 2.6, 3.4, 4.2], o => o.WithStrictOrdering().Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-12)).WhenTypeIs<double>());
        q.Classes.Should().Be(5);
        q.Quantize(1.0).Should().Be(0);
        q.Quantize(5.0).Should().Be(4);
        q.Quantize(3.0).Should().Be(2);
    }

    [Theory]
    [InlineData(1.8, 0)]
    [InlineData(1.8001, 1)]
    [InlineData(2.6, 1)]
    [InlineData(3.4, 2)]
    [InlineData(4.2, 3)]
    [InlineData(4.21, 4)]
    public void CnnSvr_ThresholdsAreInclusiveAbove(double mos, int expected) =>
        ScoreQuantizer.CnnSvr.Quantize(mos).Should().Be(expected);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19.99, 0)]
    [InlineData(20, 1)]
    [InlineData(79.9, 3)]
    [InlineData(80, 4)]
    [InlineData(100, 4)]
    public void DeepRn_IsScoreOverTwentyFloored(double mos, int expected) =>
        ScoreQuantizer.DeepRn.Quantize(mos).Should().Be(expected);

    [Fact]
    public void BalancedWeights_AreInverseFrequency()
    {
        // Given six labels: three of class 0, two of class 1, one of class 2, none of class 3
        var w = ScoreQuantizer.BalancedWeights([0, 0, 0, 1, 1, 2], classes: 4);

        // Then w_c = N / (K · n_c) and an absent class gets 0
        w.Should().Equal([6.0 / (4 * 3), 6.0 / (4 * 2), 6.0 / 4, 0.0]);
        (w[0] * 3).Should().BeApproximately(w[2] * 1, 1e-12, "each class contributes the same total weight");
    }

    [Fact]
    public void BadInput_IsRejectedWithAReason()
    {
        var unordered = () => new ScoreQuantizer("x", [2.0, 1.0]);
        unordered.Should().Throw<ArgumentException>().WithMessage("*strictly increasing*");
        var nan = () => ScoreQuantizer.CnnSvr.Quantize(double.NaN);
        nan.Should().Throw<ArgumentException>().WithMessage("*finite*");
    }
}
