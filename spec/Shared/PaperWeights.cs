namespace LeakSpec.Spec.Shared;

/// <summary>
/// The paper's backbones as PyTorch state dicts (loaded through TorchSharp.PyBridge), written by
/// scripts/make-weights.py from torchvision's ImageNet weights (the weights= API, torchvision ≥ 0.13) and timm's
/// (Inception-ResNet-v2). ImageNet weights stand in where the paper's exact weights are not distributed (CaffeNet with
/// ImageNet+Places).
/// </summary>
public static class PaperWeights
{
    private const string Script =
        "Write it with the repository's script on a machine with internet access, torch and torchvision >= 0.13: "
        + "python3 scripts/make-weights.py --out <LEAKSPEC_WEIGHTS folder> --models ";

    public static WeightFile AlexNet { get; } = new(
        "alexnet.pt",
        "CaffeNet (ImageNet+Places) weights are not distributed for PyTorch; the closest is torchvision's AlexNet "
        + "(models.alexnet(weights=AlexNet_Weights.IMAGENET1K_V1)). " + Script + "alexnet");

    public static WeightFile InceptionV3 { get; } = new(
        "inception_v3.pt",
        "torchvision's models.inception_v3(weights=Inception_V3_Weights.IMAGENET1K_V1). " + Script + "inception_v3");

    /// <summary>Table 3 row 7's end-to-end network (C4.6), fine-tuned in Case IV's reference-grouped variant.</summary>
    public static WeightFile InceptionResNetV2 { get; } = new(
        "inception_resnet_v2.pt",
        "timm's inception_resnet_v2, the port of the TF-slim ImageNet checkpoint (timm.create_model('inception_resnet_v2', pretrained=True); needs pip install timm). " + Script + "inception_resnet_v2");

    public static WeightFile ResNet101 { get; } = new(
        "resnet101.pt",
        "torchvision's models.resnet101(weights=ResNet101_Weights.IMAGENET1K_V1). " + Script + "resnet101");
}
