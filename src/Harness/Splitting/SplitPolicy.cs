namespace LeakSpec.Splitting;

/// <summary>How the items are split before any leak is applied (the CLI's <c>--policy</c>).</summary>
public enum SplitPolicy
{
    /// <summary>Item-level random split ("random"): clean only where each item is its own group.</summary>
    Random,

    /// <summary>Grouped by reference image ("by-reference"): TID2013, KADID-10k.</summary>
    ByReference,

    /// <summary>Grouped by video ("by-video"): KoNViD-1k.</summary>
    ByVideo,

    /// <summary>By video for the regressor, but fine-tuning frames pooled and split by frame ("by-frame"): Case II.</summary>
    ByFrame,

    /// <summary>The dataset's own split ("official"): KonIQ-10k.</summary>
    Official,

    /// <summary>The paper's authors' own splits ("authors", <see cref="AuthorsSplits"/>): KADID-10k by reference, KoNViD-1k by video.</summary>
    Authors,
}
