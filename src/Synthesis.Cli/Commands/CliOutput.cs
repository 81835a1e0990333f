using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Synthesis.Cli.Commands;

/// <summary>Shared output conventions: `--json` for scripts, one-line errors on stderr with a non-zero exit code.</summary>
public static class CliOutput
{
    public const int BadInput = 2;
    public const int Failure = 1;

    public static Option<bool> JsonOption() => new("--json") { Description = "Write machine-readable JSON instead of text." };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static int Error(string message)
    {
        Console.Error.WriteLine($"synthesis: {message}");
        return BadInput;
    }

    /// <summary>Runs a command body, turning the domain's input errors into a one-line message and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            return Error(e.Message);
        }
    }
}
