namespace LeakSpec.Experiments;

/// <summary>A results or run-store file that cannot be read back: the message names the file and what was expected.</summary>
public sealed class ResultsFormatException : Exception
{
    public ResultsFormatException(string path, string expected, Exception? inner = null)
        : base($"{path}: {expected}", inner)
    {
        FilePath = path;
    }

    public string FilePath { get; }
}
