namespace LeakSpec.Synthetic;

/// <summary>The image operations the generators apply (each at levels 1–5, 5 the strongest).</summary>
public enum SyntheticDistortion
{
    /// <summary>No distortion (reference images).</summary>
    None,
    GaussianBlur,
    GaussianNoise,
    Jpeg,
    Contrast,
    Saturation,
    Pixelate,
    Impulse,
    Quantize,
    Brighten,
    Darken,

    /// <summary>Video only: H.264 at a high CRF.</summary>
    Compression,
}
