namespace LeakSpec.Training;

/// <summary>How the learning rate changes with the epoch (0-based): a pure function, multiplied into every group's base rate.</summary>
/// <param name="StepEpochs">For step decay: multiply by <paramref name="Gamma"/> every this many epochs.</param>
/// <param name="Gamma">The factor per step (step decay) or per epoch (exponential).</param>
public sealed record LrSchedule(LrScheduleKind Kind, int StepEpochs, double Gamma)
{
    public static LrSchedule Constant { get; } = new(LrScheduleKind.Constant, 0, 1);

    /// <summary>÷10 every <paramref name="epochs"/> epochs (DeepRN: every 50).</summary>
    public static LrSchedule StepDecay(int epochs, double gamma = 0.1) =>
        epochs >= 1 ? new(LrScheduleKind.Step, epochs, gamma) : throw new ArgumentOutOfRangeException(nameof(epochs), "Step decay needs at least 1 epoch per step.");

    /// <summary>× <paramref name="gamma"/> per epoch (the end-to-end head: 0.75).</summary>
    public static LrSchedule PerEpoch(double gamma) => new(LrScheduleKind.Exponential, 1, gamma);

    public double Factor(int epoch) => Kind switch
    {
        LrScheduleKind.Constant => 1.0,
        LrScheduleKind.Step => Math.Pow(Gamma, epoch / StepEpochs),
        LrScheduleKind.Exponential => Math.Pow(Gamma, epoch),
        _ => throw new InvalidOperationException($"Unknown schedule {Kind}."),
    };
}
