using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// The module behind <see cref="SmallCnn"/>: three conv-BN-ReLU stages, each halving the resolution,
/// and global average pooling. Kept tiny so that a training step on 32 images of 32–64 px costs milliseconds on 2 cores.
/// </summary>
public sealed class SmallCnnNet : nn.Module<Tensor, Tensor>
{
    private readonly Sequential stage1;
    private readonly Sequential stage2;
    private readonly Sequential stage3;

    public SmallCnnNet(IReadOnlyList<int> widths) : base("SmallCnnNet")
    {
        if (widths.Count != 3 || widths.Any(w => w < 1))
        {
            throw new ArgumentException($"SmallCnn widths: expected three positive channel counts, got [{string.Join(", ", widths)}].", nameof(widths));
        }

        stage1 = Stage(3, widths[0], stride: 2);
        stage2 = Stage(widths[0], widths[1], stride: 2);
        stage3 = Stage(widths[1], widths[2], stride: 2);
        RegisterComponents();
        BatchNormCounters.Remove(this);
    }

    /// <summary>Every stage's feature map, in order.</summary>
    public IReadOnlyList<Tensor> Stages(Tensor input)
    {
        var a = stage1.call(input);
        var b = stage2.call(a);
        var c = stage3.call(b);
        return [a, b, c];
    }

    /// <summary>The pooled feature of the last stage (N×C).</summary>
    public override Tensor forward(Tensor input)
    {
        var last = stage3.call(stage2.call(stage1.call(input)));
        return nn.functional.adaptive_avg_pool2d(last, 1).flatten(1);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stage1.Dispose();
            stage2.Dispose();
            stage3.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Sequential Stage(int inChannels, int outChannels, int stride) =>
        nn.Sequential(
            nn.Conv2d(inChannels, outChannels, kernel_size: 3, stride: stride, padding: 1, bias: false),
            nn.BatchNorm2d(outChannels),
            nn.ReLU());
}
