using LeakSpec.Datasets;

namespace LeakSpec.Synthetic;

/// <summary>
/// How many items of what size each kind has at each preset (reasons: docs/synthetic.md, "Sizes").
/// Aspect ratios follow the real datasets (4:3 for TID/KADID/KonIQ, square LIVE, 16:9-ish KoNViD).
/// </summary>
internal sealed record SizePlan(int Width, int Height, int References, int DistortionTypes, int Images, int Frames)
{
    public const int Levels = 5;

    public static SizePlan For(DatasetKind kind, SyntheticSize size) => (kind, size) switch
    {
        (DatasetKind.Tid2013, SyntheticSize.Tiny) => new(32, 32, References: 8, DistortionTypes: 4, 0, 0),
        (DatasetKind.Tid2013, SyntheticSize.Default) => new(64, 48, References: 25, DistortionTypes: 8, 0, 0),
        (DatasetKind.Kadid10k, SyntheticSize.Tiny) => new(32, 32, References: 10, DistortionTypes: 4, 0, 0),
        (DatasetKind.Kadid10k, SyntheticSize.Default) => new(64, 48, References: 40, DistortionTypes: 10, 0, 0),
        (DatasetKind.Koniq10k, SyntheticSize.Tiny) => new(32, 24, 0, 0, Images: 150, 0),
        (DatasetKind.Koniq10k, SyntheticSize.Default) => new(64, 48, 0, 0, Images: 1000, 0),
        (DatasetKind.LiveC, SyntheticSize.Tiny) => new(32, 32, 0, 0, Images: 150, 0),
        (DatasetKind.LiveC, SyntheticSize.Default) => new(64, 64, 0, 0, Images: 1000, 0),
        (DatasetKind.Konvid1k, SyntheticSize.Tiny) => new(48, 32, 0, 0, Images: 40, Frames: 16),
        (DatasetKind.Konvid1k, SyntheticSize.Default) => new(64, 36, 0, 0, Images: 300, Frames: 48),
        (DatasetKind.Tid2013, SyntheticSize.Rehearsal) => new(512, 384, References: 5, DistortionTypes: 1, 0, 0),
        (DatasetKind.Kadid10k, SyntheticSize.Rehearsal) => new(512, 384, References: 5, DistortionTypes: 1, 0, 0),
        (DatasetKind.Koniq10k, SyntheticSize.Rehearsal) => new(512, 384, 0, 0, Images: 12, 0),
        (DatasetKind.LiveC, SyntheticSize.Rehearsal) => new(500, 500, 0, 0, Images: 20, 0),
        (DatasetKind.Konvid1k, SyntheticSize.Rehearsal) => new(960, 540, 0, 0, Images: 13, Frames: 8),
        (DatasetKind.Tid2013, SyntheticSize.Full) => new(512, 384, References: 25, DistortionTypes: 24, 0, 0),
        (DatasetKind.Kadid10k, SyntheticSize.Full) => new(512, 384, References: 81, DistortionTypes: 25, 0, 0),
        (DatasetKind.Koniq10k, SyntheticSize.Full) => new(1024, 768, 0, 0, Images: 10_073, 0),
        (DatasetKind.LiveC, SyntheticSize.Full) => new(500, 500, 0, 0, Images: 1_162, 0),
        (DatasetKind.Konvid1k, SyntheticSize.Full) => new(960, 540, 0, 0, Images: 1_200, Frames: 240),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind}/{size}: no size plan"),
    };

    /// <summary>The plan cut to at most <paramref name="maxItems"/> items (whole references for TID2013 and KADID-10k), at the same resolution.</summary>
    public SizePlan Capped(int? maxItems)
    {
        if (maxItems is not { } max)
        {
            return this;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(maxItems));
        return References > 0
            ? this with { References = Math.Min(References, (max + (DistortionTypes * Levels) - 1) / (DistortionTypes * Levels)) }
            : this with { Images = Math.Min(Images, max) };
    }
}
