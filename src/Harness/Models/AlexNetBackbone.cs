using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// AlexNet (TorchVision) standing in for CaffeNet (DeepBIQ's backbone). CaffeNet is AlexNet with pooling before
/// normalisation, grouped convolutions and LRN; TorchVision's single-tower AlexNet has the same fc7 role (the second
/// 4096-wide fully connected layer, after its ReLU), which is the feature here. Stages: the five conv ReLUs.
/// </summary>
public sealed class AlexNetBackbone : TorchVisionBackbone
{
    private static readonly int[] StageReluIndices = [1, 4, 7, 9, 11];
    private readonly nn.Module[] features;
    private readonly nn.Module[] classifier;

    public AlexNetBackbone()
        : base("alexnet", torchvision.models.alexnet(num_classes: 1000), 4096, [64, 192, 384, 256, 256], standsInFor: "caffenet")
    {
        features = Children["features"].named_children().Select(c => c.module).ToArray();
        classifier = Children["classifier"].named_children().Select(c => c.module).ToArray();
    }

    protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
    {
        var stages = new List<Tensor>();
        var x = input;
        for (var i = 0; i < features.Length; i++)
        {
            x = ((nn.Module<Tensor, Tensor>)features[i]).call(x);
            if (keepStages && StageReluIndices.Contains(i))
            {
                stages.Add(x);
            }
        }

        if (keepStages)
        {
            // Only StageOutputs asks for stages and it ignores the feature: skip the 58M-weight classifier.
            return (x, stages);
        }

        x = Call("avgpool", x).flatten(1);

        // classifier: Dropout, Linear(9216→4096), ReLU, Dropout, Linear(4096→4096) = fc7, ReLU, Linear(→1000).
        for (var i = 0; i <= 5; i++)
        {
            x = ((nn.Module<Tensor, Tensor>)classifier[i]).call(x);
        }

        return (x, stages);
    }
}
