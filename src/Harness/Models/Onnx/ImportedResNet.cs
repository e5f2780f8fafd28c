using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>
/// The structural module an ONNX ResNet is imported into: named children <c>stem</c>, <c>layer1</c> … <c>layerN</c>
/// (one per residual stage, so stage outputs are reachable for multi-level pooling) and <c>pool</c> (global average).
/// </summary>
internal sealed class ImportedResNet : nn.Module<Tensor, Tensor>
{
    private readonly Sequential stem;
    private readonly OnnxPool2d pool;
    private readonly List<Sequential> stages;

    public ImportedResNet(Sequential stem, IReadOnlyList<Sequential> stages, OnnxPool2d pool)
        : base("ImportedResNet")
    {
        this.stem = stem;
        this.pool = pool;
        this.stages = [.. stages];
        register_module("stem", stem);
        for (var i = 0; i < stages.Count; i++)
        {
            register_module($"layer{i + 1}", stages[i]);
        }

        register_module("pool", pool);
    }

    public int StageCount => stages.Count;

    /// <summary>N×3×H×W → N×C pooled features.</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = stem.call(input);
        foreach (var stage in stages)
        {
            x = stage.call(x);
        }

        return pool.call(x).flatten(1).MoveToOuterDisposeScope();
    }

    /// <summary>N×3×H×W → the output of every residual stage.</summary>
    public IReadOnlyList<Tensor> Stages(Tensor input)
    {
        using var scope = NewDisposeScope();
        var outputs = new List<Tensor>(stages.Count);
        var x = stem.call(input);
        foreach (var stage in stages)
        {
            x = stage.call(x);
            outputs.Add(x);
        }

        foreach (var o in outputs)
        {
            o.MoveToOuterDisposeScope();
        }

        return outputs;
    }
}
