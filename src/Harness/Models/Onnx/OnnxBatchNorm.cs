using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// Maps ONNX BatchNormalization onto torch's BatchNorm2d, so train and eval behave exactly as torch's: scale and
/// bias become parameters, the saved mean and variance running-statistics buffers. ONNX's momentum weighs the old
/// running value (running = running·m + batch·(1−m)); torch's weighs the new batch, hence torch momentum = 1 − m.
/// </summary>
internal static class OnnxBatchNorm
{
    public static BatchNorm2d Create(OnnxGraph graph, OnnxNode node)
    {
        if (node.OpType != "BatchNormalization" || node.Inputs.Count != 5 || node.Outputs.Count != 1)
        {
            throw new ModelImportException($"{graph.Path}: {node.Describe()}: expected BatchNormalization(X, scale, B, mean, var) with one output.");
        }

        if (node.Int("spatial", 1) != 1)
        {
            throw new ModelImportException($"{graph.Path}: {node.Describe()}: spatial=0 (per-activation) batch norm is not supported.");
        }

        var scale = graph.Take(node.Inputs[1], node);
        var channels = scale.Dims.Length == 1 ? scale.Dims[0] : throw new ModelImportException($"{graph.Path}: {node.Describe()}: scale '{scale.Name}' has shape {scale.Shape}, expected [C].");
        var bias = graph.Take(node.Inputs[2], node, channels);
        var mean = graph.Take(node.Inputs[3], node, channels);
        var variance = graph.Take(node.Inputs[4], node, channels);
        var momentum = 1.0 - node.Float("momentum", 0.9f);
        var bn = nn.BatchNorm2d(channels, eps: node.Float("epsilon", 1e-5f), momentum: momentum);
        BatchNormCounters.Remove(bn);
        using (no_grad())
        {
            // The source tensors are disposed here, not left to the finaliser thread, which would free libtorch memory
            // concurrently with later work (native heap corruption seen in long runs).
            using var w = tensor(scale.Data);
            using var b = tensor(bias.Data);
            using var m = tensor(mean.Data);
            using var v = tensor(variance.Data);
            bn.weight.copy_(w);
            bn.bias!.copy_(b);
            bn.running_mean!.copy_(m);
            bn.running_var!.copy_(v);
        }

        return bn;
    }
}
