namespace LeakSpec.Synthetic;

/// <summary>
/// Writes a generated image beside its target and renames it over, like <see cref="LeakSpec.IO.AtomicFile"/> but
/// without flushing each file to disk: an fsync costs ~7 ms per file on the project's machines, more than making
/// the image, and every image is reproducible from the seed. The metadata files, which make a dataset visible to a
/// loader, are written last and durably (AtomicFile), so an interrupted run leaves no dataset that claims to be whole.
/// </summary>
internal static class BulkFile
{
    public static void Write(string path, byte[] content)
    {
        var tmp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);
        try
        {
            File.WriteAllBytes(tmp, content);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}
