using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LeakSpec.Runtime;

/// <summary>Finds the system tools the harness calls: libsvm 3.x (Debian libsvm3) and ffmpeg.</summary>
public static class ExternalTools
{
    public const string LibSvmName = "libsvm.so.3";

    /// <summary>The oldest libsvm whose C API and svm_model prefix the harness's SVR reads (Regression/LibSvmNative).</summary>
    public const int LibSvmMinimumVersion = 318;

    /// <summary>
    /// libsvm as the dynamic loader finds it, with the version it exports; Found only where that version is new enough.
    /// The one probe: `doctor` prints it and the SVR refuses to train without it.
    /// </summary>
    public static ExternalTool LibSvm()
    {
        const string how = "sudo apt-get install -y libsvm3";
        if (!NativeLibrary.TryLoad(LibSvmName, out var handle))
        {
            return new ExternalTool("libsvm", false, LibSvmName + " (dynamic loader search path)", null, how);
        }

        try
        {
            // libsvm exports its version as a global int (e.g. 324 for 3.24).
            var version = NativeLibrary.TryGetExport(handle, "libsvm_version", out var address) ? Marshal.ReadInt32(address) : -1;
            var location = ResolveLoaded(LibSvmName) ?? LibSvmName;
            return version >= LibSvmMinimumVersion
                ? new ExternalTool("libsvm", true, location, version.ToString(CultureInfo.InvariantCulture), how)
                : new ExternalTool("libsvm", false, $"{location} (libsvm_version {version}; needs {LibSvmMinimumVersion} or newer)", null, how);
        }
        finally
        {
            NativeLibrary.Free(handle);
        }
    }

    public static ExternalTool Ffmpeg()
    {
        const string how = "sudo apt-get install -y ffmpeg";
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "ffmpeg"))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return new ExternalTool("ffmpeg", false, "ffmpeg on PATH", null, how);
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "-hide_banner -version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var first = process.StandardOutput.ReadLine() ?? string.Empty;
            process.WaitForExit();
            return new ExternalTool("ffmpeg", process.ExitCode == 0, path, first.Replace("ffmpeg version ", string.Empty, StringComparison.Ordinal).Split(' ')[0], how);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ExternalTool("ffmpeg", false, path + " (" + e.Message + ")", null, how);
        }
    }

    private static string? ResolveLoaded(string name)
    {
        try
        {
            return File.ReadLines("/proc/self/maps")
                .Select(l => l.IndexOf('/') is var at and >= 0 ? l[at..].Trim() : null)
                .FirstOrDefault(p => p is not null && Path.GetFileName(p).StartsWith(name, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
