namespace LeakSpec.Spec.Shared;

/// <summary>
/// The paper's backbones as PyTorch state dicts (loaded through TorchSharp.PyBridge). ImageNet weights from
/// torchvision stand in where the paper's exact weights are not distributed (CaffeNet with ImageNet+Places).
/// </summary>
public static class PaperWeights
{
    public static WeightFile AlexNet { get; } = new(
        "alexnet.pt",
        "CaffeNet (ImageNet+Places) weights are not distributed for PyTorch; the closest is torchvision's AlexNet: "
        + "python3 -c \"import torch,torchvision; torch.save(torchvision.models.alexnet(pretrained=True).state_dict(), 'alexnet.pt')\"");

    public static WeightFile InceptionV3 { get; } = new(
        "inception_v3.pt",
        "python3 -c \"import torch,torchvision; torch.save(torchvision.models.inception_v3(pretrained=True).state_dict(), 'inception_v3.pt')\"");

    public static WeightFile InceptionResNetV2 { get; } = new(
        "inception_resnet_v2.pt",
        "Save the ImageNet state dict of timm's inception_resnet_v2 (timm.create_model('inception_resnet_v2', pretrained=True).state_dict()) as inception_resnet_v2.pt.");

    public static WeightFile ResNet101 { get; } = new(
        "resnet101.pt",
        "python3 -c \"import torch,torchvision; torch.save(torchvision.models.resnet101(pretrained=True).state_dict(), 'resnet101.pt')\"");
}
