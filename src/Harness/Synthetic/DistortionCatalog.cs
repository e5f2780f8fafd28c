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

        // Full size only (the release's 24 types, for the data-path bench): the other codes reuse the nearest synthetic kind.
        (SyntheticDistortion.GaussianNoise, 2), (SyntheticDistortion.GaussianNoise, 3), (SyntheticDistortion.GaussianNoise, 4),
        (SyntheticDistortion.GaussianNoise, 5), (SyntheticDistortion.GaussianBlur, 9), (SyntheticDistortion.Jpeg, 11),
        (SyntheticDistortion.Impulse, 12), (SyntheticDistortion.Impulse, 13), (SyntheticDistortion.Impulse, 14),
        (SyntheticDistortion.Pixelate, 15), (SyntheticDistortion.GaussianNoise, 19), (SyntheticDistortion.GaussianNoise, 20),
        (SyntheticDistortion.Jpeg, 21), (SyntheticDistortion.Quantize, 22), (SyntheticDistortion.GaussianBlur, 23),
        (SyntheticDistortion.Pixelate, 24),
    ];

    /// <summary>KADID-10k-like types in the order a size takes them (tiny takes the first four).</summary>
    public static readonly (SyntheticDistortion Type, int Code)[] Kadid =
    [
        (SyntheticDistortion.GaussianBlur, 1), (SyntheticDistortion.Saturation, 7), (SyntheticDistortion.Jpeg, 10),
        (SyntheticDistortion.Pixelate, 21), (SyntheticDistortion.GaussianNoise, 11), (SyntheticDistortion.Impulse, 13),
        (SyntheticDistortion.Brighten, 16), (SyntheticDistortion.Darken, 17), (SyntheticDistortion.Quantize, 22),
        (SyntheticDistortion.Contrast, 25),

        // Full size only (the release's 25 types, for the data-path bench): the other codes reuse the nearest synthetic kind.
        (SyntheticDistortion.GaussianBlur, 2), (SyntheticDistortion.GaussianBlur, 3), (SyntheticDistortion.Saturation, 4),
        (SyntheticDistortion.Saturation, 5), (SyntheticDistortion.Quantize, 6), (SyntheticDistortion.Saturation, 8),
        (SyntheticDistortion.Jpeg, 9), (SyntheticDistortion.GaussianNoise, 12), (SyntheticDistortion.GaussianNoise, 14),
        (SyntheticDistortion.GaussianBlur, 15), (SyntheticDistortion.Brighten, 18), (SyntheticDistortion.Pixelate, 19),
        (SyntheticDistortion.Impulse, 20), (SyntheticDistortion.Impulse, 23), (SyntheticDistortion.Contrast, 24),
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
