namespace LeakSpec.Datasets;

/// <summary>Which frames <see cref="VideoFrameReader"/> yields and at what size.</summary>
/// <param name="Stride">Every k-th frame, starting with the first (1 = all).</param>
/// <param name="MaxFrames">Stop after this many frames (null = to the end).</param>
/// <param name="Resize">Scale every frame to this width and height (null = native size).</param>
public sealed record FrameOptions(int Stride = 1, int? MaxFrames = null, (int Width, int Height)? Resize = null)
{
    internal void Validate()
    {
        if (Stride < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Stride), Stride, "stride must be at least 1");
        }

        if (MaxFrames is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFrames), MaxFrames, "max frames must not be negative");
        }

        if (Resize is { } r && (r.Width < 1 || r.Height < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Resize), Resize, "resize width and height must be at least 1");
        }
    }
}
