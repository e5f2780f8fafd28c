using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// An ONNX Conv (2-D) as a trainable module: a torch Conv2d holds the weight and bias (so device moves, saving and
/// optimizers see ordinary parameters), while the forward pass applies the ONNX padding, asymmetric included.
/// </summary>
internal sealed class OnnxConv2d : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly OnnxPadding padding;
    private readonly long[] strides;
    private readonly long[] dilations;
    private readonly long groups;

    public OnnxConv2d(OnnxGraph graph, OnnxNode node, (long H, long W) exportInput)
        : base("OnnxConv2d")
    {
        if (node.OpType != "Conv" || node.Inputs.Count is < 2 or > 3)
        {
            throw new ModelImportException($"{graph.Path}: {node.Describe()}: expected Conv(X, W[, B]).");
        }

        var autoPad = node.String("auto_pad", "NOTSET");
        if (autoPad != "NOTSET")
        {
            throw new ModelImportException($"{graph.Path}: {node.Describe()}: auto_pad '{autoPad}' is not supported (expected NOTSET with explicit pads).");
        }

        var w = graph.Take(node.Inputs[1], node);
        if (w.Dims.Length != 4)
        {
            throw new ModelImportException($"{graph.Path}: {node.Describe()}: weight '{w.Name}' has shape {w.Shape}, expected 4-D [out, in/group, kh, kw].");
        }

        groups = node.Int("group", 1);
        var kernel = node.Ints("kernel_shape", [w.Dims[2], w.Dims[3]]);
        strides = node.Ints("strides", [1, 1]);
        dilations = node.Ints("dilations", [1, 1]);
        padding = new OnnxPadding(node.Ints("pads", [0, 0, 0, 0]), kernel, strides, dilations, $"{graph.Path}: {node.Describe()}", exportInput);
        var hasBias = node.Inputs.Count == 3 && !string.IsNullOrEmpty(node.Inputs[2]);
        conv = nn.Conv2d(w.Dims[1] * groups, w.Dims[0], (w.Dims[2], w.Dims[3]), stride: (strides[0], strides[1]),
            dilation: (dilations[0], dilations[1]), groups: groups, bias: hasBias);
        using (no_grad())
        {
            // Disposed here rather than by the finaliser thread (see OnnxBatchNorm).
            using var weight = tensor(w.Data, w.Dims);
            conv.weight.copy_(weight);
            if (hasBias)
            {
                var b = graph.Take(node.Inputs[2], node, w.Dims[0]);
                using var bias = tensor(b.Data, b.Dims);
                conv.bias!.copy_(bias);
            }
        }

        OutChannels = w.Dims[0];
        RegisterComponents();
    }

    public long OutChannels { get; }

    /// <summary>The padding rule (exposed for the import's shape propagation).</summary>
    public OnnxPadding Padding => padding;

    public override Tensor forward(Tensor input)
    {
        var symmetric = padding.SymmetricFor(input.shape[2], input.shape[3], long.MaxValue);
        if (symmetric is not null)
        {
            return nn.functional.conv2d(input, conv.weight, conv.bias, strides, symmetric, dilations, groups);
        }

        using var padded = nn.functional.pad(input, padding.TorchPadFor(input.shape[2], input.shape[3]));
        return nn.functional.conv2d(padded, conv.weight, conv.bias, strides, [0, 0], dilations, groups);
    }
}
