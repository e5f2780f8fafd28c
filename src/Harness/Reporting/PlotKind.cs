namespace LeakSpec.Reporting;

/// <summary>The figure types of the report, each answering a figure (or table) of the paper.</summary>
public enum PlotKind
{
    /// <summary>Mean test PLCC/SROCC per variant with std error bars and the paper's values as labelled crosses (Figs 6–7; Tables 1, 3).</summary>
    VariantBars,

    /// <summary>Loss and accuracy vs training samples seen of one variant's first split (no paper figure).</summary>
    TrainingCurve,

    /// <summary>Case II's fine-tuning progress, frame-level split on top, video-level split below (Fig 4).</summary>
    FrameVsVideoCurves,

    /// <summary>Case II's predicted vs true class distribution on the test frames with the dominant-class accuracy (Fig 5).</summary>
    ClassDistribution,

    /// <summary>Stage-2 SROCC per saved stage-1 epoch, train and test, with the paper's 0.888 and 0.92, leaky beside clean (Fig 8).</summary>
    DeepRnCurve,
}

/// <summary>Which table of a case's report section a figure illustrates, and so where it is embedded.</summary>
public enum ReportPlacement
{
    /// <summary>After the paper-vs-this-run PLCC/SROCC table.</summary>
    CorrelationTable,

    /// <summary>After the table of the claims' other quantities (accuracies, DeepRN's SROCCs).</summary>
    ScalarTable,

    /// <summary>After the claim checks (the catalog's conditions with this run's numbers).</summary>
    ClaimChecks,

    /// <summary>After the table of this run's variants.</summary>
    VariantTable,
}
