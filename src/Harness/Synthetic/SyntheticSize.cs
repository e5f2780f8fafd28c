namespace LeakSpec.Synthetic;

/// <summary>How big a synthetic dataset is (sizes per kind: docs/synthetic.md).</summary>
public enum SyntheticSize
{
    /// <summary>For the Fast test tier: generated in about a second, a small CNN trains on it in seconds.</summary>
    Tiny,

    /// <summary>For the demo (`leakspec replicate`): all cases, clean and leaky, 5 splits in about 15 minutes on 2 cores.</summary>
    Default,

    /// <summary>
    /// For the Rehearsal test tier: each release's own resolution (so the paper backbones' real crops and input sizes
    /// apply), with the fewest items that every Full code path accepts, because each item costs seconds there.
    /// </summary>
    Rehearsal,

    /// <summary>
    /// Each release's counts and resolution (KoNViD-1k: 1,200 videos of 240 frames at 960x540), for the data-path
    /// bench (`leakspec bench datapath`): a size to measure the input pipeline on, not to learn from.
    /// </summary>
    Full,
}
