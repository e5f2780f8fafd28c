namespace LeakSpec.Reporting;

/// <summary>One figure a run's report shows: the file (relative to plots/), its caption and what it draws.</summary>
/// <param name="Variants">The variants it draws, in drawing order.</param>
/// <param name="PaperFigure">The paper's figure it answers ("Fig 8"), or null where the paper has only a table or nothing.</param>
/// <param name="Placement">The table of the case's section it illustrates.</param>
public sealed record PlotSpec(string FileName, string Title, PlotKind Kind, string CaseId, IReadOnlyList<string> Variants, string? PaperFigure, ReportPlacement Placement);
