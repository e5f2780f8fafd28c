namespace LeakSpec.Synthetic;

/// <summary>
/// Which distortions each dataset uses, under which code, and how much each lowers quality at level 5.
/// Codes follow the real datasets (TID2013 01 = additive Gaussian noise, 08 = Gaussian blur, 10 = JPEG …;
/// KADID-10k 01 = Gaussian blur, 10 = JPEG, 11 = white noise, 21 = pixelate, 25 = contrast change …).
/// </summary>
internal static class DistortionCatalog
{
    /// <summary>TID2013-like types in the order a size takes them (tiny takes the first four).</summary>
    public static readonly (SyntheticDistortion Type, int Code)[] Tid =
    [
        (SyntheticDistortion.GaussianNoise, 1), (SyntheticDistortion.GaussianBlur, 8), (SyntheticDistortion.Jpeg, 10),
        (SyntheticDistortion.Contrast, 17), (SyntheticDistortion.Saturation, 18), (SyntheticDistortion.Impulse, 6),
        (SyntheticDistortion.Quantize, 7), (SyntheticDistortion.Brighten, 16),
    ];

    /// <summary>KADID-10k-like types in the order a size takes them (tiny takes the first four).</summary>
    public static readonly (SyntheticDistortion Type, int Code)[] Kadid =
    [
        (SyntheticDistortion.GaussianBlur, 1), (SyntheticDistortion.Saturation, 7), (SyntheticDistortion.Jpeg, 10),
        (SyntheticDistortion.Pixelate, 21), (SyntheticDistortion.GaussianNoise, 11), (SyntheticDistortion.Impulse, 13),
        (SyntheticDistortion.Brighten, 16), (SyntheticDistortion.Darken, 17), (SyntheticDistortion.Quantize, 22),
        (SyntheticDistortion.Contrast, 25),
    ];

    /// <summary>"Authentic" distortions of in-the-wild photos (KonIQ-10k, LIVE-in-the-Wild): one per image.</summary>
    public static readonly SyntheticDistortion[] Wild =
    [
        SyntheticDistortion.GaussianBlur, SyntheticDistortion.GaussianNoise, SyntheticDistortion.Jpeg,
        SyntheticDistortion.Contrast, SyntheticDistortion.Darken, SyntheticDistortion.Saturation,
    ];

    /// <summary>Per-video distortions of KoNViD-1k-like videos: defocus, sensor noise, compression, low light.</summary>
    public static readonly SyntheticDistortion[] Video =
    [
        SyntheticDistortion.GaussianBlur, SyntheticDistortion.GaussianNoise, SyntheticDistortion.Compression,
        SyntheticDistortion.Darken,
    ];

    /// <summary>
    /// Quality lost at level 5 on the latent [0, 1] scale. Unequal on purpose: on real data some distortions annoy
    /// more than others, so type matters as well as level.
    /// </summary>
    public static double Severity(SyntheticDistortion type) => type switch
    {
        SyntheticDistortion.None => 0.0,
        SyntheticDistortion.GaussianBlur => 0.55,
        SyntheticDistortion.GaussianNoise => 0.50,
        SyntheticDistortion.Jpeg => 0.50,
        SyntheticDistortion.Contrast => 0.40,
        SyntheticDistortion.Saturation => 0.30,
        SyntheticDistortion.Pixelate => 0.55,
        SyntheticDistortion.Impulse => 0.45,
        SyntheticDistortion.Quantize => 0.40,
        SyntheticDistortion.Brighten => 0.30,
        SyntheticDistortion.Darken => 0.45,
        SyntheticDistortion.Compression => 0.50,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown distortion"),
    };
}
