namespace LeakSpec.Models;

/// <summary>A weight file a backbone needs is absent; the message says where it was looked for and how to obtain it.</summary>
public sealed class WeightsNotFoundException : FileNotFoundException
{
    public WeightsNotFoundException(string message, string? fileName)
        : base(message, fileName)
    {
    }
}
