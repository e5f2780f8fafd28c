namespace LeakSpec.Training;

public enum CropMode
{
    /// <summary>The whole (possibly resized) image; a batch then needs images of one size.</summary>
    None,

    /// <summary>The centred square of <see cref="InputConfig.CropSize"/>.</summary>
    Centre,

    /// <summary>A uniformly placed square of <see cref="InputConfig.CropSize"/>, drawn anew each time (seeded).</summary>
    Random,
}
