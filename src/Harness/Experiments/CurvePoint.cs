namespace LeakSpec.Experiments;

/// <summary>One point of a training or evaluation curve.</summary>
/// <param name="Step">Iteration, epoch or saved-model epoch: whatever the curve's x axis is.</param>
/// <param name="Series">"&lt;set&gt;.&lt;quantity&gt;", e.g. "train.loss", "val.acc", "test.srocc": plots group series by quantity.</param>
/// <param name="Value">The measured value.</param>
public sealed record CurvePoint(double Step, string Series, double Value);
