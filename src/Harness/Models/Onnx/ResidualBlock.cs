using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models.Onnx;

/// <summary>A basic residual block (conv-bn-relu-conv-bn + shortcut, relu) imported from ONNX nodes.</summary>
internal sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    // `add_(tensor)` would pass a temporary Scalar(1) that TorchSharp does not keep alive across the native call (a GC on
    // another thread can free it mid-call); this one lives for the process.
    private static readonly Scalar One = 1.0.ToScalar();

    private readonly OnnxConv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly OnnxConv2d conv2;
    private readonly BatchNorm2d bn2;
    private readonly OnnxConv2d? downsample_conv;
    private readonly BatchNorm2d? downsample_bn;

    public ResidualBlock(OnnxConv2d conv1, BatchNorm2d bn1, OnnxConv2d conv2, BatchNorm2d bn2, OnnxConv2d? downsampleConv, BatchNorm2d? downsampleBn)
        : base("ResidualBlock")
    {
        this.conv1 = conv1;
        this.bn1 = bn1;
        this.conv2 = conv2;
        this.bn2 = bn2;
        downsample_conv = downsampleConv;
        downsample_bn = downsampleBn;
        RegisterComponents();
    }

    public bool HasDownsample => downsample_conv is not null;

    public long OutChannels => conv2.OutChannels;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var main = bn2.call(conv2.call(nn.functional.relu(bn1.call(conv1.call(input)))));
        var shortcut = downsample_conv is null ? input : downsample_bn!.call(downsample_conv.call(input));
        return nn.functional.relu(main.add_(shortcut, One)).MoveToOuterDisposeScope();
    }
}
