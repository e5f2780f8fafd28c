using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// Reads the mean image from ResNetPreprocess.onnx after checking that the graph is what the C# preprocessing
/// reproduces: Split(axis 1) into R, G, B → Concat(B, G, R) → Sub(mean image).
/// </summary>
internal static class MeanImageReader
{
    public static Tensor Read(string path)
    {
        var graph = OnnxGraph.Load(path);
        var ops = string.Join(",", graph.Nodes.Select(n => n.OpType));
        if (ops != "Split,Concat,Sub")
        {
            throw new ModelImportException($"{path}: expected the preprocessing graph Split, Concat, Sub; found {ops}.");
        }

        var split = graph.Nodes[0];
        var concat = graph.Nodes[1];
        var sub = graph.Nodes[2];
        var reversed = split.Outputs.Reverse().ToArray();
        if (split.Int("axis", 0) != 1 || concat.Int("axis", 0) != 1 || !concat.Inputs.SequenceEqual(reversed) || sub.Inputs[0] != concat.Outputs[0])
        {
            throw new ModelImportException($"{path}: the preprocessing graph does not reverse the channel order before subtracting the mean ({split.Describe()}; {concat.Describe()}; {sub.Describe()}).");
        }

        var mean = graph.Take(sub.Inputs[1], sub);
        if (mean.Dims.Length != 4 || mean.Dims[0] != 1 || mean.Dims[1] != 3)
        {
            throw new ModelImportException($"{path}: mean image '{mean.Name}' has shape {mean.Shape}, expected [1, 3, H, W].");
        }

        return tensor(mean.Data, mean.Dims);
    }
}
