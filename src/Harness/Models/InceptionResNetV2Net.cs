using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// Inception-ResNet-v2 (Szegedy et al. 2016) with the children, parameter and buffer names of timm's
/// <c>inception_resnet_v2</c> (the usual PyTorch port of the TF-slim ImageNet checkpoint): the stem <c>conv2d_1a</c> …
/// <c>maxpool_5a</c>, <c>mixed_5b</c>, <c>repeat</c> (10 Block35, scale 0.17), <c>mixed_6a</c>, <c>repeat_1</c> (20 Block17,
/// scale 0.10), <c>mixed_7a</c>, <c>repeat_2</c> (9 Block8, scale 0.20), <c>block8</c> (no ReLU), <c>conv2d_7b</c>,
/// <c>global_pool</c> and <c>classif</c>. The same network in plain PyTorch is scripts/inception_resnet_v2.py.
/// </summary>
public sealed class InceptionResNetV2Net : nn.Module<Tensor, Tensor>
{
    /// <summary>Width of <c>conv2d_7b</c>, the pooled feature.</summary>
    public const int FeatureWidth = 1536;

    /// <summary>The stem's children, in forward order.</summary>
    public static readonly IReadOnlyList<string> Stem = ["conv2d_1a", "conv2d_2a", "conv2d_2b", "maxpool_3a", "conv2d_3b", "conv2d_4a", "maxpool_5a"];

    /// <summary>The children holding the 43 blocks, in forward order (the repeats are Sequentials of blocks).</summary>
    public static readonly IReadOnlyList<string> Blocks = ["mixed_5b", "repeat", "mixed_6a", "repeat_1", "mixed_7a", "repeat_2", "block8"];

    // Held for the process's lifetime: the residual's `x * scale` must not pass a temporary Scalar to libtorch.
    private static readonly Scalar Block35Scale = 0.17.ToScalar();
    private static readonly Scalar Block17Scale = 0.10.ToScalar();
    private static readonly Scalar Block8Scale = 0.20.ToScalar();

    private readonly List<nn.Module> owned = [];

    public InceptionResNetV2Net(int numClasses = 1000) : base("InceptionResnetV2")
    {
        Add("conv2d_1a", new BasicConv2d(3, 32, 3, stride: 2));
        Add("conv2d_2a", new BasicConv2d(32, 32, 3));
        Add("conv2d_2b", new BasicConv2d(32, 64, 3, padding: 1));
        Add("maxpool_3a", nn.MaxPool2d(3, stride: 2));
        Add("conv2d_3b", new BasicConv2d(64, 80, 1));
        Add("conv2d_4a", new BasicConv2d(80, 192, 3));
        Add("maxpool_5a", nn.MaxPool2d(3, stride: 2));
        Add("mixed_5b", Mixed5b());
        Add("repeat", nn.Sequential(Enumerable.Range(0, 10).Select(_ => Block35())));
        Add("mixed_6a", Mixed6a());
        Add("repeat_1", nn.Sequential(Enumerable.Range(0, 20).Select(_ => Block17())));
        Add("mixed_7a", Mixed7a());
        Add("repeat_2", nn.Sequential(Enumerable.Range(0, 9).Select(_ => Block8(Block8Scale, relu: true))));
        Add("block8", Block8(scale: null, relu: false));
        Add("conv2d_7b", new BasicConv2d(2080, FeatureWidth, 1));
        Add("global_pool", nn.AdaptiveAvgPool2d(1));
        Add("classif", nn.Linear(FeatureWidth, numClasses));
    }

    /// <summary>The ImageNet logits, as timm's forward (dropout rate 0).</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = Stem.Concat(Blocks).Append("conv2d_7b").Append("global_pool").Aggregate(input, (t, child) => Child(child).call(t));
        return Child("classif").call(x.flatten(1)).MoveToOuterDisposeScope();
    }

    /// <summary>A child by its timm name.</summary>
    public nn.Module<Tensor, Tensor> Child(string name) =>
        named_children().FirstOrDefault(c => c.name == name).module as nn.Module<Tensor, Tensor>
        ?? throw new ArgumentException($"InceptionResnetV2 has no child '{name}'.", nameof(name));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var m in owned)
            {
                m.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Add(string name, nn.Module<Tensor, Tensor> module)
    {
        register_module(name, module);
        owned.Add(module);
    }

    private static Sequential Chain(params BasicConv2d[] convs) => nn.Sequential(convs);

    private static InceptionConcat Mixed5b() => new("Mixed_5b",
        new BasicConv2d(192, 96, 1),
        Chain(new(192, 48, 1), new(48, 64, 5, padding: 2)),
        Chain(new(192, 64, 1), new(64, 96, 3, padding: 1), new(96, 96, 3, padding: 1)),
        nn.Sequential(nn.AvgPool2d(3, stride: 1, padding: 1, count_include_pad: false), new BasicConv2d(192, 64, 1)));

    private static InceptionResidual Block35() => new("Block35", 320, Block35Scale, relu: true,
        new BasicConv2d(320, 32, 1),
        Chain(new(320, 32, 1), new(32, 32, 3, padding: 1)),
        Chain(new(320, 32, 1), new(32, 48, 3, padding: 1), new(48, 64, 3, padding: 1)));

    private static InceptionConcat Mixed6a() => new("Mixed_6a",
        new BasicConv2d(320, 384, 3, stride: 2),
        Chain(new(320, 256, 1), new(256, 256, 3, padding: 1), new(256, 384, 3, stride: 2)),
        nn.MaxPool2d(3, stride: 2));

    private static InceptionResidual Block17() => new("Block17", 1088, Block17Scale, relu: true,
        new BasicConv2d(1088, 192, 1),
        Chain(new(1088, 128, 1), new(128, 160, (1, 7), padding: (0, 3)), new(160, 192, (7, 1), padding: (3, 0))));

    private static InceptionConcat Mixed7a() => new("Mixed_7a",
        Chain(new(1088, 256, 1), new(256, 384, 3, stride: 2)),
        Chain(new(1088, 256, 1), new(256, 288, 3, stride: 2)),
        Chain(new(1088, 256, 1), new(256, 288, 3, padding: 1), new(288, 320, 3, stride: 2)),
        nn.MaxPool2d(3, stride: 2));

    private static InceptionResidual Block8(Scalar? scale, bool relu) => new("Block8", 2080, scale, relu,
        new BasicConv2d(2080, 192, 1),
        Chain(new(2080, 192, 1), new(192, 224, (1, 3), padding: (0, 1)), new(224, 256, (3, 1), padding: (1, 0))));
}
