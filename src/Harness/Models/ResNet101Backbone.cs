using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// ResNet-101 (DeepRN's backbone): <see cref="ResNetNet"/>, TorchVision's layout and weights with the residual adds on
/// held Scalars; features are the 2048-d average pool, stages layer1…layer4.
/// </summary>
public sealed class ResNet101Backbone : TorchVisionBackbone
{
    public ResNet101Backbone()
        : base("resnet-101", ResNetNet.ResNet101(numClasses: 1000), ResNetNet.FeatureWidth, [256, 512, 1024, 2048], standsInFor: null)
    {
    }

    protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
    {
        var x = ResNetNet.Stem.Aggregate(input, (t, child) => Call(child, t));
        var stages = new List<Tensor>();
        foreach (var layer in ResNetNet.Layers)
        {
            x = Call(layer, x);
            stages.Add(x);
        }

        return (Call("avgpool", x).flatten(1), stages);
    }
}
