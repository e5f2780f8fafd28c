using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Features;

/// <summary>An image to extract features from; <paramref name="Id"/> keys the cache and seeds its random crops.</summary>
public sealed record FeatureItem(string Id, Func<RgbImage> Load)
{
    public FeatureItem(string id, RgbImage image) : this(id, () => image)
    {
    }

    /// <summary>The frames of a video as items with the manifests' frame ids (<see cref="FrameIds.Of"/>: "video#0000", …).</summary>
    public static IReadOnlyList<FeatureItem> FromVideo(string videoId, IReadOnlyList<RgbImage> frames) =>
        frames.Select((f, i) => new FeatureItem(FrameIds.Of(videoId, i), f)).ToArray();
}
