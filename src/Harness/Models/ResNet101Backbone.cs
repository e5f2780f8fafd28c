using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>ResNet-101 (TorchVision; DeepRN's backbone): features are the 2048-d average pool, stages layer1…layer4.</summary>
public sealed class ResNet101Backbone : TorchVisionBackbone
{
    private static readonly string[] Stem = ["conv1", "bn1", "relu", "maxpool"];
    private static readonly string[] Layers = ["layer1", "layer2", "layer3", "layer4"];

    public ResNet101Backbone()
        : base("resnet-101", torchvision.models.resnet101(num_classes: 1000), 2048, [256, 512, 1024, 2048], standsInFor: null)
    {
    }

    protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
    {
        var x = Stem.Aggregate(input, (t, child) => Call(child, t));
        var stages = new List<Tensor>();
        foreach (var layer in Layers)
        {
            x = Call(layer, x);
            stages.Add(x);
        }

        return (Call("avgpool", x).flatten(1), stages);
    }
}
