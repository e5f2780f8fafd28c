using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// The building blocks of <see cref="InceptionResNetV2Net"/>, named as timm's <c>inception_resnet_v2</c> names them so a
/// timm state dict loads key for key. Each registers its children by name (the state dict's key path).
/// </summary>
internal abstract class NamedModule : nn.Module<Tensor, Tensor>
{
    protected NamedModule(string name) : base(name)
    {
    }

    protected T Add<T>(string name, T module) where T : nn.Module
    {
        register_module(name, module);
        return module;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var child in children().ToArray())
            {
                child.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}

/// <summary>timm's BasicConv2d: convolution without bias (<c>conv</c>), batch norm with TF-slim's ε = 0.001 (<c>bn</c>), ReLU.</summary>
internal sealed class BasicConv2d : NamedModule
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d bn;

    public BasicConv2d(long inChannels, long outChannels, (long H, long W) kernel, long stride = 1, (long H, long W)? padding = null)
        : base(nameof(BasicConv2d))
    {
        conv = Add("conv", nn.Conv2d(inChannels, outChannels, kernel, stride: (stride, stride), padding: padding ?? (0, 0), bias: false));
        bn = Add("bn", nn.BatchNorm2d(outChannels, eps: 1e-3));
        OutChannels = outChannels;
    }

    public BasicConv2d(long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0)
        : this(inChannels, outChannels, (kernel, kernel), stride, (padding, padding))
    {
    }

    public long OutChannels { get; }

    public override Tensor forward(Tensor input) => nn.functional.relu(bn.call(conv.call(input)));
}

/// <summary>Branches <c>branch0</c>, <c>branch1</c>, … applied to one input and concatenated along the channels (Mixed_5b, Mixed_6a, Mixed_7a).</summary>
internal class InceptionConcat : NamedModule
{
    private readonly nn.Module<Tensor, Tensor>[] branches;

    public InceptionConcat(string name, params nn.Module<Tensor, Tensor>[] branches) : base(name)
    {
        this.branches = branches;
        for (var i = 0; i < branches.Length; i++)
        {
            Add($"branch{i}", branches[i]);
        }
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        return Branches(input).MoveToOuterDisposeScope();
    }

    protected Tensor Branches(Tensor input) => cat([.. branches.Select(b => b.call(input))], 1);
}

/// <summary>
/// Block35 / Block17 / Block8: the branches' concatenation, a 1×1 convolution with bias (<c>conv2d</c>) back to the input
/// width, scaled and added to the input (<c>out * scale + x</c>), then ReLU — except the last Block8 (timm's
/// <c>block8</c>, <c>no_relu=True</c>, scale 1).
/// </summary>
internal sealed class InceptionResidual : InceptionConcat
{
    // `add_(tensor)` would pass a temporary Scalar(1) that TorchSharp does not keep alive across the native call.
    private static readonly Scalar One = 1.0.ToScalar();

    private readonly Conv2d conv2d;
    private readonly Scalar? scale;
    private readonly bool relu;

    /// <param name="scale">The residual's scale, held by the caller for the module's lifetime; null for 1 (no multiply).</param>
    public InceptionResidual(string name, long width, Scalar? scale, bool relu, params nn.Module<Tensor, Tensor>[] branches)
        : base(name, branches)
    {
        var concatenated = branches.Sum(b => b switch
        {
            BasicConv2d c => c.OutChannels,
            Sequential s => ((BasicConv2d)s.children().Last()).OutChannels,
            _ => throw new ArgumentException($"{name}: a residual branch must end in a BasicConv2d; got {b.GetType().Name}.", nameof(branches)),
        });
        conv2d = Add("conv2d", nn.Conv2d(concatenated, width, 1));
        this.scale = scale;
        this.relu = relu;
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var up = conv2d.call(Branches(input));
        var sum = (scale is null ? up : up.mul_(scale)).add_(input, One);
        return (relu ? nn.functional.relu(sum) : sum).MoveToOuterDisposeScope();
    }
}
