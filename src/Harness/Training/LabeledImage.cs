using LeakSpec.Datasets;

namespace LeakSpec.Training;

/// <summary>A training item: an image (held, or loaded on demand so large sets stream) and its quality score.</summary>
public sealed record LabeledImage(string Id, Func<RgbImage> Load, double Score)
{
    public LabeledImage(string id, RgbImage image, double score) : this(id, () => image, score)
    {
    }
}
