using System.CommandLine;

namespace LeakSpec.Cli.Commands;

internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", "What this machine can run: TorchSharp, CUDA, libsvm, ffmpeg, dataset roots and weights.");
        command.SetAction(_ => 0);
        return command;
    }
}
