namespace LeakSpec.Training;

/// <summary>How an image becomes a network input: optional resize of the shorter side, crop, flip.</summary>
/// <param name="ResizeShorterTo">Bilinear resize so the shorter side has this length (CNN-SVR: 338), aspect kept.</param>
/// <param name="CropSize">Side of the square crop (DeepBIQ 227, CNN-SVR 299).</param>
/// <param name="Crop">Where the crop is taken during training; validation and extraction use the centre.</param>
/// <param name="CropsPerImage">Training samples per image per epoch, each with its own crop (MultiGAP: 20).</param>
/// <param name="HorizontalFlip">Flip each training sample with probability 0.5.</param>
public sealed record InputConfig(
    int? ResizeShorterTo = null,
    int? CropSize = null,
    CropMode Crop = CropMode.None,
    int CropsPerImage = 1,
    bool HorizontalFlip = false)
{
    /// <summary>The evaluation-style view: optional resize of the shorter side, then a centre crop when a size is given.</summary>
    public static InputConfig CentreView(int? resizeShorterTo, int? cropSize) =>
        new(resizeShorterTo, cropSize, cropSize is null ? CropMode.None : CropMode.Centre);

    public void Validate()
    {
        if (Crop != CropMode.None && CropSize is not > 0)
        {
            throw new ArgumentException($"InputConfig.CropSize: crop mode {Crop} needs a positive crop size, got {CropSize?.ToString() ?? "none"}.");
        }

        if (ResizeShorterTo is <= 0 || CropsPerImage < 1)
        {
            throw new ArgumentException($"InputConfig: ResizeShorterTo must be positive (got {ResizeShorterTo}) and CropsPerImage ≥ 1 (got {CropsPerImage}).");
        }
    }

    /// <summary>Canonical text of the settings, part of feature-cache keys.</summary>
    public string Describe(bool training) =>
        $"resize={ResizeShorterTo?.ToString() ?? "-"};crop={(training ? Crop : (Crop == CropMode.None ? CropMode.None : CropMode.Centre))}:{CropSize?.ToString() ?? "-"}" +
        (training ? $";n={CropsPerImage};flip={HorizontalFlip}" : string.Empty);
}
