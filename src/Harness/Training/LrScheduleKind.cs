namespace LeakSpec.Training;

public enum LrScheduleKind
{
    Constant,
    Step,
    Exponential,
}
