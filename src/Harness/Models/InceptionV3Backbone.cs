using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// Inception-V3 (TorchVision): features are the 2048-d average pool (Case II's <c>avg_pool</c>), stages the eleven
/// Inception modules Mixed_5b … Mixed_7c, Keras's <c>mixed0</c> … <c>mixed10</c> (MultiGAP: 10,048 values pooled).
/// Inception-ResNet-v2, which TorchVision lacks, is <see cref="InceptionResNetV2Backbone"/> (see docs/models.md).
/// </summary>
public sealed class InceptionV3Backbone : TorchVisionBackbone
{
    /// <summary>The minimum input side: smaller inputs shrink to nothing before Mixed_7c.</summary>
    public const int MinimumSize = 75;

    private static readonly string[] Stem = ["Conv2d_1a_3x3", "Conv2d_2a_3x3", "Conv2d_2b_3x3", "maxpool1", "Conv2d_3b_1x1", "Conv2d_4a_3x3", "maxpool2"];
    private static readonly string[] Mixed = ["Mixed_5b", "Mixed_5c", "Mixed_5d", "Mixed_6a", "Mixed_6b", "Mixed_6c", "Mixed_6d", "Mixed_6e", "Mixed_7a", "Mixed_7b", "Mixed_7c"];

    public InceptionV3Backbone(string? standsInFor = null)
        : base(standsInFor is null ? "inception-v3" : $"inception-v3-for-{standsInFor}", torchvision.models.inception_v3(num_classes: 1000, transform_input: false),
            2048, [256, 288, 288, 768, 768, 768, 768, 768, 1280, 2048, 2048], standsInFor)
    {
    }

    /// <summary>TorchVision's Inception-V3 weights (ported from TensorFlow) expect RGB scaled to [−1, 1].</summary>
    public override Tensor Preprocess(Tensor rgb01) => rgb01.mul(Two).sub_(One);

    // Held for the process's lifetime (see EmbeddedResNet18.PixelScale: TorchSharp's temporary Scalars can be freed mid-call).
    private static readonly Scalar Two = 2.0.ToScalar();
    private static readonly Scalar One = 1.0.ToScalar();

    protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
    {
        if (input.shape[2] < MinimumSize || input.shape[3] < MinimumSize)
        {
            throw new ArgumentException($"Inception-V3 needs inputs of at least {MinimumSize}×{MinimumSize} px; got {input.shape[2]}×{input.shape[3]}.", nameof(input));
        }

        var x = Stem.Aggregate(input, (t, child) => Call(child, t));
        var stages = new List<Tensor>();
        foreach (var mixed in Mixed)
        {
            x = Call(mixed, x);
            stages.Add(x);
        }

        return (Call("avgpool", x).flatten(1), stages);
    }
}
