using LeakSpec.Datasets;

namespace LeakSpec.Features;

/// <summary>An image to extract features from; <paramref name="Id"/> keys the cache and seeds its random crops.</summary>
public sealed record FeatureItem(string Id, Func<RgbImage> Load)
{
    public FeatureItem(string id, RgbImage image) : this(id, () => image)
    {
    }

    /// <summary>The frames of a video as items "video#0", "video#1", …</summary>
    public static IReadOnlyList<FeatureItem> FromVideo(string videoId, IReadOnlyList<RgbImage> frames) =>
        frames.Select((f, i) => new FeatureItem($"{videoId}#{i}", f)).ToArray();
}
