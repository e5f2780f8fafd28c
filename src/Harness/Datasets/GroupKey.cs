namespace LeakSpec.Datasets;

/// <summary>What ties items together so that a clean split keeps them on one side.</summary>
public enum GroupKey
{
    /// <summary>The pristine reference image a distorted image was made from (TID2013, KADID-10k).</summary>
    Reference,

    /// <summary>The video a frame comes from (KoNViD-1k).</summary>
    Video,

    /// <summary>Each item is its own group (KonIQ-10k, LIVE-in-the-Wild).</summary>
    Item,
}
