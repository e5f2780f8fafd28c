using LeakSpec.Features;

namespace LeakSpec.Harness.Tests.Features;

[Trait("Category", "Fast")]
public sealed class VideoPoolingTests
{
    private static readonly double[][] Frames = [[1, 10], [3, 20], [2, 40], [10, 30]];

    [Theory]
    [InlineData(PoolingKind.Mean, 4.0, 25.0)]
    [InlineData(PoolingKind.Median, 2.5, 25.0)]
    [InlineData(PoolingKind.Min, 1.0, 10.0)]
    [InlineData(PoolingKind.Max, 10.0, 40.0)]
    public void Pool_FourFrames_KnownValues(PoolingKind kind, double first, double second) =>
        VideoPooling.Pool(Frames, kind).Should().Equal(first, second);

    [Fact]
    public void Median_OddCount_IsTheMiddleValue() =>
        VideoPooling.Pool([[5.0], [-1.0], [2.0]], PoolingKind.Median).Should().Equal(2.0);

    [Fact]
    public void Pool_RaggedOrEmpty_IsRejected()
    {
        var ragged = () => VideoPooling.Pool([[1.0, 2.0], [1.0]], PoolingKind.Mean);
        ragged.Should().Throw<ArgumentException>().WithMessage("*different widths*");
        var empty = () => VideoPooling.Pool([], PoolingKind.Max);
        empty.Should().Throw<ArgumentException>().WithMessage("*at least one frame*");
    }
}
