namespace LeakSpec.Reporting;

/// <summary>One plot a run's report shows: the file (relative to plots/), its caption and what it draws.</summary>
public sealed record PlotSpec(string FileName, string Title, PlotKind Kind, string CaseId, string? Variant);
