namespace LeakSpec.Models;

/// <summary>
/// A model file could not be turned into a backbone: the message names the file, the node or initializer,
/// and what was expected, so a user can tell a corrupt download from an unsupported export.
/// </summary>
public sealed class ModelImportException : Exception
{
    public ModelImportException(string message)
        : base(message)
    {
    }

    public ModelImportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
