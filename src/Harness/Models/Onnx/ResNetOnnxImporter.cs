using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// Recognises a ResNet in an ONNX graph by walking it from the input — stem (Conv, BN, Relu, MaxPool), basic
/// residual blocks (Conv-BN-Relu-Conv-BN + identity or Conv-BN shortcut, Add, Relu), a final AveragePool — and
/// builds <see cref="ImportedResNet"/>. A block with a projection shortcut starts a new stage. The import fails
/// unless every node is matched and every initializer becomes exactly one parameter or buffer.
/// </summary>
internal static class ResNetOnnxImporter
{
    public static (ImportedResNet Module, IReadOnlyList<int> StageDims, string Summary) Import(OnnxGraph graph)
    {
        var visited = new HashSet<int>();
        OnnxNode Next(string tensor, string op)
        {
            var node = graph.SoleConsumer(tensor, op);
            visited.Add(node.Index);
            return node;
        }

        if (graph.InputDims.Length != 4 || graph.InputDims[2] <= 0 || graph.InputDims[3] <= 0)
        {
            throw new ModelImportException($"{graph.Path}: input '{graph.Input}' has shape [{string.Join(", ", graph.InputDims)}], expected N×C×H×W with fixed H and W.");
        }

        // Spatial sizes at the declared input size, to recognise CNTK's auto-padding (see OnnxPadding).
        (long H, long W) size = (graph.InputDims[2], graph.InputDims[3]);
        var stemConvNode = Next(graph.Input, "Conv");
        var stemConv = new OnnxConv2d(graph, stemConvNode, size);
        size = stemConv.Padding.OutputFor(size.H, size.W);
        var stemBnNode = Next(stemConvNode.Outputs[0], "BatchNormalization");
        var stemBn = OnnxBatchNorm.Create(graph, stemBnNode);
        var stemRelu = Next(stemBnNode.Outputs[0], "Relu");
        var stemPoolNode = Next(stemRelu.Outputs[0], "MaxPool");
        var stemPool = new OnnxPool2d(graph, stemPoolNode, size);
        size = stemPool.Padding!.OutputFor(size.H, size.W);
        var stem = nn.Sequential(
            ("conv", (nn.Module<Tensor, Tensor>)stemConv),
            ("bn", stemBn),
            ("relu", nn.ReLU()),
            ("pool", stemPool));

        var stages = new List<List<ResidualBlock>>();
        var tensor = stemPoolNode.Outputs[0];
        OnnxPool2d? pool = null;
        while (pool is null)
        {
            var consumers = graph.ConsumersOf(tensor);
            if (consumers.Count == 1 && consumers[0].OpType == "AveragePool")
            {
                visited.Add(consumers[0].Index);
                if (consumers[0].Outputs[0] != graph.Output)
                {
                    throw new ModelImportException($"{graph.Path}: the final {consumers[0].Describe()} is not the graph output '{graph.Output}'.");
                }

                var kernel = consumers[0].Ints("kernel_shape", []);
                if (!kernel.SequenceEqual([size.H, size.W]))
                {
                    throw new ModelImportException($"{graph.Path}: {consumers[0].Describe()}: kernel [{string.Join(", ", kernel)}] is not the whole {size.H}×{size.W} map, so it is not a global pool.");
                }

                pool = new OnnxPool2d(graph, consumers[0], size);
                break;
            }

            var (block, output, outSize) = ReadBlock(graph, tensor, consumers, visited, size);
            size = outSize;
            if (stages.Count == 0 || block.HasDownsample)
            {
                stages.Add([]);
            }

            stages[^1].Add(block);
            tensor = output;
        }

        var unvisited = graph.Nodes.Where(n => !visited.Contains(n.Index)).Select(n => n.Describe()).ToArray();
        if (unvisited.Length > 0)
        {
            throw new ModelImportException($"{graph.Path}: {unvisited.Length} node(s) are not part of a recognised ResNet structure: {string.Join("; ", unvisited.Take(5))}.");
        }

        var untaken = graph.Untaken();
        if (untaken.Count > 0)
        {
            throw new ModelImportException($"{graph.Path}: {untaken.Count} of {graph.InitializerCount} initializers were not imported: {string.Join(", ", untaken.Take(10))}.");
        }

        var stageModules = stages.Select(blocks => nn.Sequential(blocks.Select((b, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), (nn.Module<Tensor, Tensor>)b)))).ToArray();
        var dims = stages.Select(s => (int)s[^1].OutChannels).ToArray();
        var summary = $"{System.IO.Path.GetFileName(graph.Path)} ({graph.Producer}, opset {graph.Opset}): {graph.Nodes.Count} nodes, " +
                      $"{graph.TakenCount}/{graph.InitializerCount} initializers imported; stages [{string.Join(", ", stages.Select(s => s.Count))}] blocks, widths [{string.Join(", ", dims)}]";
        return (new ImportedResNet(stem, stageModules, pool), dims, summary);
    }

    private static (ResidualBlock Block, string Output, (long H, long W) Size) ReadBlock(OnnxGraph graph, string input, IReadOnlyList<OnnxNode> consumers, HashSet<int> visited, (long H, long W) size)
    {
        OnnxNode Mark(OnnxNode n)
        {
            visited.Add(n.Index);
            return n;
        }

        OnnxNode? mainConv = null;
        OnnxNode? shortcutConv = null;
        foreach (var conv in consumers.Where(c => c.OpType == "Conv"))
        {
            var bn = graph.SoleConsumer(conv.Outputs[0], "BatchNormalization");
            var after = graph.ConsumersOf(bn.Outputs[0]);
            if (after.Count == 1 && after[0].OpType == "Relu")
            {
                mainConv = mainConv is null ? conv : throw Unexpected(graph, input, consumers);
            }
            else if (after.Count == 1 && after[0].OpType == "Add")
            {
                shortcutConv = shortcutConv is null ? conv : throw Unexpected(graph, input, consumers);
            }
        }

        if (mainConv is null || consumers.Count != 2 || consumers.Any(c => c.OpType is not ("Conv" or "Add")))
        {
            throw Unexpected(graph, input, consumers);
        }

        Mark(mainConv);
        var bn1Node = Mark(graph.SoleConsumer(mainConv.Outputs[0], "BatchNormalization"));
        var reluNode = Mark(graph.SoleConsumer(bn1Node.Outputs[0], "Relu"));
        var conv2Node = Mark(graph.SoleConsumer(reluNode.Outputs[0], "Conv"));
        var bn2Node = Mark(graph.SoleConsumer(conv2Node.Outputs[0], "BatchNormalization"));
        var add = Mark(graph.SoleConsumer(bn2Node.Outputs[0], "Add"));
        OnnxConv2d? dsConv = null;
        BatchNorm2d? dsBn = null;
        var shortcut = input;
        if (shortcutConv is not null)
        {
            Mark(shortcutConv);
            var dsBnNode = Mark(graph.SoleConsumer(shortcutConv.Outputs[0], "BatchNormalization"));
            dsConv = new OnnxConv2d(graph, shortcutConv, size);
            dsBn = OnnxBatchNorm.Create(graph, dsBnNode);
            shortcut = dsBnNode.Outputs[0];
        }

        if (add.Inputs.Count != 2 || !add.Inputs.Contains(bn2Node.Outputs[0]) || !add.Inputs.Contains(shortcut))
        {
            throw new ModelImportException($"{graph.Path}: {add.Describe()}: expected the residual sum of '{bn2Node.Outputs[0]}' and '{shortcut}'.");
        }

        var outRelu = Mark(graph.SoleConsumer(add.Outputs[0], "Relu"));
        var conv1 = new OnnxConv2d(graph, mainConv, size);
        var mid = conv1.Padding.OutputFor(size.H, size.W);
        var conv2 = new OnnxConv2d(graph, conv2Node, mid);
        var output = conv2.Padding.OutputFor(mid.H, mid.W);
        var shortcutSize = dsConv?.Padding.OutputFor(size.H, size.W) ?? size;
        if (output != shortcutSize)
        {
            throw new ModelImportException($"{graph.Path}: {add.Describe()}: at the declared input size the main path gives {output.H}×{output.W}, the shortcut {shortcutSize.H}×{shortcutSize.W}.");
        }

        var block = new ResidualBlock(conv1, OnnxBatchNorm.Create(graph, bn1Node), conv2, OnnxBatchNorm.Create(graph, bn2Node), dsConv, dsBn);
        return (block, outRelu.Outputs[0], output);
    }

    private static ModelImportException Unexpected(OnnxGraph graph, string tensor, IReadOnlyList<OnnxNode> consumers) =>
        new($"{graph.Path}: after '{tensor}' expected a residual block (a main-path Conv, an optional shortcut Conv and the Add), found [{string.Join("; ", consumers.Select(n => n.Describe()))}].");
}
