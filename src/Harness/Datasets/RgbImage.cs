namespace LeakSpec.Datasets;

/// <summary>An 8-bit RGB image, pixels in row-major HWC order (Width * Height * 3 bytes).</summary>
public sealed record RgbImage(int Width, int Height, byte[] Pixels);
