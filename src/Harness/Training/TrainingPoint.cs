namespace LeakSpec.Training;

/// <summary>One row of a training curve.</summary>
/// <param name="Step">Training items (samples) seen so far.</param>
/// <param name="Epoch">1-based epoch the point falls in.</param>
/// <param name="TrainLoss">Mean training loss over the batches since the previous point.</param>
/// <param name="TrainAccuracy">Accuracy over those batches (classification only).</param>
/// <param name="LearningRate">The backbone group's learning rate at this point.</param>
public sealed record TrainingPoint(long Step, int Epoch, double TrainLoss, double? TrainAccuracy, double? ValLoss, double? ValAccuracy, double LearningRate);
