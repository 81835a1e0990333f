namespace Synthesis.Data.Curation;

/// <summary>One flagging run: which data and model produced its flags, how, and when.</summary>
public sealed class RunRecord
{
    public const string Collection = "curation_runs";
    public const string OutOfFold = "out-of-fold";
    public const string InSample = "in-sample";

    /// <summary>"run-" + hex of the dataset version (number and content), model version and mode: a re-run of the same versions is the same run.</summary>
    public string Id { get; set; } = "";
    public int DatasetVersion { get; set; }
    public string ModelVersion { get; set; } = "";
    public string Mode { get; set; } = "";
    public int Folds { get; set; }
    public double Threshold { get; set; }
    public int ReactionsScored { get; set; }
    public int Flags { get; set; }
    public DateTime FinishedUtc { get; set; }

    public static string IdOf(int datasetVersion, string datasetSha256, string modelVersion, string mode) =>
        "run-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{datasetVersion}\n{datasetSha256}\n{modelVersion}\n{mode}")))[..12];
}
