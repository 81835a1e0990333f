using System.Diagnostics;
using System.Text.Json.Nodes;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Export;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions.Export;

/// <summary>
/// The export against the PyTorch reference (bench/torch_reference/compare.py, Debian's python3-torch): a tiny trained
/// model with the shipped model's options, exported with 64 reactions, must give the same outputs within 1e-5 and the
/// same training-step loss and gradients (1e-5, relative to the largest gradient when that is above 1).
/// </summary>
public sealed class TorchReferenceTests(TorchReferenceTests.TinyExport tiny) : IClassFixture<TorchReferenceTests.TinyExport>, IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-torch-reference-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>One tiny model trained and exported for both tests (training is most of their time).</summary>
    public sealed class TinyExport : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-torch-reference-model-").FullName;
        private readonly Lazy<string> _export;

        public TinyExport() => _export = new Lazy<string>(Write);

        public string Folder => _export.Value;

        private string Write()
        {
            var data = SyntheticReactions.Data(32, 16, 16);
            var options = SyntheticReactions.TinyTraining(epochs: 4);
            options = options with { Model = options.Model with { RegressorPrecursorMixture = true, RegressorLoss = FractionLoss.CrossEntropy } };
            using var model = new ReactionModelTrainer(options, CPU, null)
                .Train(data, Path.Combine(_directory, "model"), Path.Combine(_directory, "checkpoints"), resume: false)!;
            var export = Path.Combine(_directory, "export");
            ReferenceExport.Write(model, SyntheticReactions.Make(64, 7), export);
            return export;
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void PyTorchReferenceGivesOurOutputsAndGradients()
    {
        RequireTorch();
        var (exitCode, output) = Compare(tiny.Folder);
        Assert.True(exitCode == 0, $"compare.py exited {exitCode}:\n{output}");
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "report.json")))!;
        Assert.Equal(64, report["reactions"]!.GetValue<int>());
        Assert.Equal(0, report["factored"]!["present_flips"]!.GetValue<int>());
        foreach (var name in new[] { "probabilities", "fractions", "fraction_std", "uncertainty", "embedding" })
            Assert.InRange(report["factored"]![name]!.GetValue<double>(), 0, 1e-5);
    }

    [Fact]
    public void ComparisonFailsWhenOneExportedWeightIsOff()
    {
        RequireTorch();
        var export = Path.Combine(_directory, "nudged");
        Directory.CreateDirectory(export);
        foreach (var file in Directory.GetFiles(tiny.Folder)) File.Copy(file, Path.Combine(export, Path.GetFileName(file)));
        Nudge(export, "weights.classifier.0.head.output.bias", 0.01f);
        var (exitCode, output) = Compare(export);
        Assert.True(exitCode == 1, $"compare.py should have found the nudged weight, exited {exitCode}:\n{output}");
        Assert.Contains("DIFFERENT", output);
    }

    /// <summary>Adds <paramref name="delta"/> to the first value of an exported float32 tensor, in place.</summary>
    private static void Nudge(string export, string tensor, float delta)
    {
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(export, TensorArchive.IndexFile)))!;
        var offset = index["tensors"]![tensor]!["offset"]!.GetValue<long>();
        using var data = File.Open(Path.Combine(export, TensorArchive.DataFile), FileMode.Open);
        var bytes = new byte[4];
        data.Position = offset;
        data.ReadExactly(bytes);
        data.Position = offset;
        data.Write(BitConverter.GetBytes(BitConverter.ToSingle(bytes) + delta));
    }

    private (int ExitCode, string Output) Compare(string export)
    {
        var script = Path.Combine(RepositoryFiles.Root, "bench", "torch_reference", "compare.py");
        return Run(script, export, "--threads", "1", "--json", Path.Combine(_directory, "report.json"));
    }

    /// <summary>Fails (never skips) where python3-torch is missing: CI runs scripts/setup.sh, which installs it.</summary>
    private static void RequireTorch()
    {
        var (exitCode, output) = File.Exists(Python) ? Run("-c", "import torch, numpy") : (-1, $"{Python} not found");
        Assert.True(exitCode == 0,
            $"the PyTorch reference needs Debian's python3-torch and libopenblas0-pthread for {Python}: run scripts/setup.sh ({output.Trim()})");
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill();
            throw new TimeoutException($"{Python} {string.Join(' ', arguments)} did not finish within 120 s");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
