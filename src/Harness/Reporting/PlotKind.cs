namespace LeakSpec.Reporting;

/// <summary>The three figure types of the paper the report reproduces.</summary>
public enum PlotKind
{
    /// <summary>Mean PLCC/SROCC per variant with std error bars and the paper's values as red crosses (Figs 6–7).</summary>
    VariantBars,

    /// <summary>Loss and accuracy vs iteration, train vs validation, of one variant's first split (Fig 4).</summary>
    TrainingCurve,

    /// <summary>Stage-2 SROCC per saved stage-1 epoch, test vs train, with the paper's 0.888 and 0.92 (Fig 8).</summary>
    DeepRnCurve,
}
