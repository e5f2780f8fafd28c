namespace LeakSpec.Training;

public enum StopMetric
{
    ValidationLoss,
    ValidationAccuracy,
}
