namespace LeakSpec.Models.Onnx;

/// <summary>
/// ONNX pads are [h_begin, w_begin, h_end, w_end] and may be asymmetric; torch ops pad symmetrically.
/// <para>
/// CNTK exports its auto-padding evaluated at the export size (224 px): the kernel centred on every stride-th input
/// pixel, out = ceil(n / s), begin = (k − 1) / 2, end = whatever the last window needs (e.g. [3,3,2,2] for the
/// stem). Those literal pads break other sizes (at 112 px layer4 sees 7×7 maps, where [1,1,0,0] yields 3×3 beside
/// a 4×4 shortcut). So when the file's pads equal that rule at the layer's export-time input size, the rule is
/// re-evaluated for each actual size (what CNTK itself would compute); otherwise the literal pads are used.
/// </para>
/// <para>
/// When the symmetric padding of the begin side yields the same output size, every window reads exactly the same
/// values (the extra end rows lie beyond the last window), so the fast symmetric path is exact; otherwise the input
/// is padded explicitly (torch's pad order: last dim first) and the op runs unpadded.
/// </para>
/// </summary>
internal sealed class OnnxPadding
{
    private readonly long[] filePads;
    private readonly long[] kernel;
    private readonly long[] strides;
    private readonly long[] dilations;

    /// <param name="exportInput">The layer's input H, W when the graph runs at its declared input size, if known.</param>
    public OnnxPadding(long[] pads, long[] kernel, long[] strides, long[] dilations, string where, (long H, long W)? exportInput = null)
    {
        if (pads.Length != 4 || kernel.Length != 2 || strides.Length != 2 || dilations.Length != 2)
        {
            throw new ModelImportException($"{where}: expected 2-D pads [4], kernel_shape [2], strides [2], dilations [2]; got pads [{string.Join(",", pads)}], kernel [{string.Join(",", kernel)}].");
        }

        filePads = pads;
        this.kernel = kernel;
        this.strides = strides;
        this.dilations = dilations;
        FollowsCentredSame = exportInput is { } size && CentredSame(size.H, size.W).SequenceEqual(pads);
    }

    /// <summary>True when the pads are CNTK's centred SAME padding and are re-derived for each input size.</summary>
    public bool FollowsCentredSame { get; }

    /// <summary>[h_begin, w_begin, h_end, w_end] for an H×W input.</summary>
    public long[] PadsFor(long height, long width) => FollowsCentredSame ? CentredSame(height, width) : filePads;

    /// <summary>Output H, W for an H×W input.</summary>
    public (long H, long W) OutputFor(long height, long width)
    {
        var p = PadsFor(height, width);
        return (Out(height, p[0], p[2], 0), Out(width, p[1], p[3], 1));
    }

    /// <summary>
    /// The symmetric padding that reproduces the ONNX result for an H×W input, or null when the input must be padded
    /// explicitly with <see cref="TorchPadFor"/> first.
    /// </summary>
    public long[]? SymmetricFor(long height, long width, long maxSymmetric)
    {
        var p = PadsFor(height, width);
        long[] size = [height, width];
        for (var d = 0; d < 2; d++)
        {
            var (begin, end) = (p[d], p[d + 2]);
            if (begin < end || begin > maxSymmetric || Out(size[d], begin, end, d) != Out(size[d], begin, begin, d))
            {
                return null;
            }
        }

        return [p[0], p[1]];
    }

    /// <summary>The pads for an H×W input in torch.nn.functional.pad order: (w_begin, w_end, h_begin, h_end).</summary>
    public long[] TorchPadFor(long height, long width)
    {
        var p = PadsFor(height, width);
        return [p[1], p[3], p[0], p[2]];
    }

    private long Effective(int d) => ((kernel[d] - 1) * dilations[d]) + 1;

    private long Out(long size, long begin, long end, int d) => ((size + begin + end - Effective(d)) / strides[d]) + 1;

    private long[] CentredSame(long height, long width)
    {
        long[] size = [height, width];
        var pads = new long[4];
        for (var d = 0; d < 2; d++)
        {
            var outSize = (size[d] + strides[d] - 1) / strides[d];
            var begin = (Effective(d) - 1) / 2;
            pads[d] = begin;
            pads[d + 2] = Math.Max(0, ((outSize - 1) * strides[d]) + Effective(d) - begin - size[d]);
        }

        return pads;
    }
}
