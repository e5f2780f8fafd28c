using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// ONNX MaxPool (asymmetric pads padded with -inf, as ONNX defines) or a final AveragePool, which pools globally:
/// the exported 7×7 kernel equals global pooling at 224 px and is wrong for any other input size.
/// </summary>
internal sealed class OnnxPool2d : nn.Module<Tensor, Tensor>
{
    private readonly bool isMax;
    private readonly long[] kernel = [1, 1];
    private readonly long[] strides = [1, 1];
    private readonly OnnxPadding? padding;

    public OnnxPool2d(OnnxGraph graph, OnnxNode node, (long H, long W) exportInput)
        : base(node.OpType == "MaxPool" ? "OnnxMaxPool2d" : "GlobalAvgPool2d")
    {
        isMax = node.OpType == "MaxPool";
        var where = $"{graph.Path}: {node.Describe()}";
        if (node.String("auto_pad", "NOTSET") != "NOTSET")
        {
            throw new ModelImportException($"{where}: auto_pad is not supported (expected NOTSET with explicit pads).");
        }

        if (isMax)
        {
            kernel = node.Ints("kernel_shape", []);
            strides = node.Ints("strides", [1, 1]);
            if (node.Int("storage_order", 0) != 0 || node.Outputs.Count != 1)
            {
                throw new ModelImportException($"{where}: expected a plain MaxPool (one output, storage_order 0).");
            }

            padding = new OnnxPadding(node.Ints("pads", [0, 0, 0, 0]), kernel, strides, [1, 1], where, exportInput);
        }
        else if (node.OpType == "AveragePool")
        {
            if (node.Ints("pads", [0, 0, 0, 0]).Any(p => p != 0))
            {
                throw new ModelImportException($"{where}: the final AveragePool is imported as global pooling and must be unpadded.");
            }
        }
        else
        {
            throw new ModelImportException($"{where}: expected MaxPool or AveragePool.");
        }
    }

    /// <summary>The padding rule of a MaxPool (null for the global average pool).</summary>
    public OnnxPadding? Padding => padding;

    public override Tensor forward(Tensor input)
    {
        if (!isMax)
        {
            return nn.functional.adaptive_avg_pool2d(input, [1, 1]);
        }

        // torch's max_pool2d accepts at most half the kernel as padding.
        var symmetric = padding!.SymmetricFor(input.shape[2], input.shape[3], Math.Min(kernel[0], kernel[1]) / 2);
        if (symmetric is not null)
        {
            return nn.functional.max_pool2d(input, kernel, strides, symmetric);
        }

        using var padded = nn.functional.pad(input, padding.TorchPadFor(input.shape[2], input.shape[3]), value: double.NegativeInfinity);
        return nn.functional.max_pool2d(padded, kernel, strides);
    }
}
