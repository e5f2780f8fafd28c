using LeakSpec.Models.Onnx;
using LeakSpec.Runtime;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The fast symmetric path for ONNX's asymmetric pads must equal explicit padding wherever it is taken.</summary>
[Trait("Category", "Fast")]
public sealed class OnnxPaddingTests
{
    [Theory]
    [InlineData(224, true)]
    [InlineData(112, true)]
    [InlineData(225, false)]
    [InlineData(57, false)]
    public void StemConvPads_SymmetricPathOnlyWhereExact(int size, bool symmetricExpected)
    {
        // Given the CNTK stem's conv: kernel 7, stride 2, pads [3,3,2,2]
        TorchRuntime.EnsureLoaded();
        Seeding.Seed(1);
        var padding = new OnnxPadding([3, 3, 2, 2], [7, 7], [2, 2], [1, 1], "test");
        using var scope = NewDisposeScope();
        var x = randn(1, 2, size, size);
        var w = randn(3, 2, 7, 7);

        // When the plan for this size is made, and the reference (explicit pad, then unpadded conv) is computed
        var symmetric = padding.SymmetricFor(size, size, long.MaxValue);
        var reference = nn.functional.conv2d(nn.functional.pad(x, padding.TorchPadFor(size, size)), w, strides: [2, 2]);

        // Then the symmetric path is taken exactly where it reproduces the reference
        (symmetric is not null).Should().Be(symmetricExpected);
        padding.TorchPadFor(size, size).Should().Equal(3, 2, 3, 2);
        if (symmetric is not null)
        {
            var fast = nn.functional.conv2d(x, w, strides: [2, 2], padding: symmetric);
            fast.shape.Should().Equal(reference.shape);
            (fast - reference).abs().max().item<float>().Should().BeLessThan(1e-4f);
        }
        else
        {
            var symmetricAnyway = nn.functional.conv2d(x, w, strides: [2, 2], padding: [3, 3]);
            symmetricAnyway.shape.Should().NotEqual(reference.shape, "here symmetric padding would change the output size");
        }
    }

    [Fact]
    public void CntkCentredSamePads_AreRederivedForOtherSizes()
    {
        // Given CNTK's stride-2 3×3 pads as exported for a 56×56 input ([1,1,0,0]) and a pad pattern CNTK would not write
        var cntk = new OnnxPadding([1, 1, 0, 0], [3, 3], [2, 2], [1, 1], "test", (56, 56));
        var literal = new OnnxPadding([0, 0, 1, 1], [3, 3], [2, 2], [1, 1], "test", (56, 56));

        // When pads are asked for the export size and for an odd 7×7 map (layer4 at 112 px input)
        // Then the CNTK pattern is recognised and re-derived (centred kernel, ceil(n/s) outputs), the other kept literally
        cntk.FollowsCentredSame.Should().BeTrue();
        cntk.PadsFor(56, 56).Should().Equal(1, 1, 0, 0);
        cntk.PadsFor(7, 7).Should().Equal(1, 1, 1, 1);
        cntk.OutputFor(7, 7).Should().Be((4L, 4L));
        literal.FollowsCentredSame.Should().BeFalse();
        literal.PadsFor(7, 7).Should().Equal(0, 0, 1, 1);
        new OnnxPadding([3, 3, 2, 2], [7, 7], [2, 2], [1, 1], "test", (224, 224)).FollowsCentredSame.Should().BeTrue();
    }
}
