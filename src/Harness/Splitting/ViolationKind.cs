namespace LeakSpec.Splitting;

/// <summary>What the auditor found: one of the paper's cases, or a plain overlap or duplicate.</summary>
public enum ViolationKind
{
    /// <summary>A test item itself was used in fine-tuning.</summary>
    CaseI,

    /// <summary>A video has frames in both fine-tuning train and validation (or on both sides of any boundary).</summary>
    CaseII,

    /// <summary>A test item's group (e.g. its video's frames) was seen in fine-tuning, though the item itself was not.</summary>
    CaseIII,

    /// <summary>A reference image has degraded versions on both sides of a train/val or train/test boundary.</summary>
    CaseIV,

    /// <summary>The same item in two stages that must be disjoint.</summary>
    Overlap,

    /// <summary>The same item twice within one stage.</summary>
    Duplicate,
}
