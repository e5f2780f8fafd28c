namespace LeakSpec.Splitting;

/// <summary>A manifest or split file that cannot be used: names the file, the field (or line) and what was expected.</summary>
public sealed class ManifestException : Exception
{
    public ManifestException(string path, string field, string message, Exception? inner = null)
        : base($"{path}: {field}: {message}", inner)
    {
        FilePath = path;
        Field = field;
    }

    public string FilePath { get; }

    public string Field { get; }
}
