using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Properties;
using Synthesis.Models.Properties.Roost;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Properties;

public sealed class RoostTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-roost-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_prediction_does_not_depend_on_the_order_elements_are_written_in()
    {
        random.manual_seed(7);
        using var network = new RoostNetwork(new RoostOptions());
        network.eval();
        using var scope = NewDisposeScope();
        using var batch = CompositionBatch.Build([Composition.Parse("LiFePO4"), Composition.Parse("O4PFeLi"), Composition.Parse("Fe2O3")], CPU);
        using var reversed = CompositionBatch.Build([Composition.Parse("Fe2O3"), Composition.Parse("PO4LiFe")], CPU);
        using var noGrad = no_grad();
        var (mean, logStd) = network.Forward(batch);
        var (reversedMean, reversedLogStd) = network.Forward(reversed);
        Assert.Equal(mean[0].item<float>(), mean[1].item<float>(), 1e-5);
        Assert.Equal(logStd[0].item<float>(), logStd[1].item<float>(), 1e-5);
        Assert.Equal(mean[0].item<float>(), reversedMean[1].item<float>(), 1e-5);
        Assert.Equal(mean[2].item<float>(), reversedMean[0].item<float>(), 1e-5);
        Assert.Equal(logStd[2].item<float>(), reversedLogStd[0].item<float>(), 1e-5);
    }

    [Fact]
    public void A_tiny_ensemble_overfits_a_few_compositions_and_reloads_from_its_folder()
    {
        string[] formulas = ["NaCl", "MgO", "GaAs", "Si", "ZnO", "CdTe"];
        double[] gaps = [8.5, 7.8, 1.4, 1.1, 3.4, 1.5];
        var rows = formulas.Select((f, i) => new PropertyRecord($"{i}", f, Composition.Parse(f), gaps[i])).ToArray();
        // A narrow network (the published one writes a 38 MB checkpoint every epoch) on the same code path.
        var options = new RoostOptions { Members = 2, HiddenSize = 32, OutputHidden = [64, 32], MaxEpochs = 60, BatchSize = 8, LearningRate = 3e-3, WeightDecay = 0 };
        var plan = new RoostTrainingPlan("Eg", "eV", "six textbook band gaps", rows, rows, Seed: 1);

        using var trained = new RoostTrainer(options, CPU, null).Train(plan, _directory, Path.Combine(_directory, "checkpoints"), resume: false);
        using var reloaded = RoostModel.Load(_directory, CPU);
        var predictions = reloaded.Predict(rows.Select(r => r.Composition).ToArray());

        // Six points, 60 full-batch steps: the ensemble fits them to well under 0.3 eV (predicting their mean is off by 2.8 eV).
        var mae = predictions.Zip(gaps, (p, g) => Math.Abs(p.Value - g)).Average();
        output.WriteLine($"training MAE after overfitting: {mae:0.0000} eV");
        Assert.True(mae < 0.3, $"mean absolute error {mae:0.000} eV after overfitting");
        Assert.Equal(2, reloaded.Manifest.Members);
        Assert.All(predictions, p => Assert.True(p.Aleatoric > 0 && p.Epistemic >= 0 && double.IsFinite(p.Total)));
    }

    [Fact]
    public void The_manifest_records_the_split_and_a_resume_on_another_split_is_refused()
    {
        var rows = new[] { "NaCl", "MgO", "GaAs" }.Select((f, i) => new PropertyRecord($"{i}", f, Composition.Parse(f), i + 1.0)).ToArray();
        var options = new RoostOptions { Members = 1, HiddenSize = 16, OutputHidden = [16], MaxEpochs = 1, BatchSize = 4 };
        var onRows = new RoostTrainingPlan("Eg", "eV", "three rows", rows, rows, Seed: 1, Split: PropertySplitKind.Rows);
        var checkpoints = Path.Combine(_directory, "checkpoints");

        new RoostTrainer(options, CPU, null).Train(onRows, _directory, checkpoints, resume: false).Dispose();

        Assert.Equal(PropertySplitKind.Rows, RoostModel.ReadManifest(_directory).Split);
        Assert.Contains("\"split\": \"rows\"", File.ReadAllText(Path.Combine(_directory, ModelFiles.Manifest)));
        var error = Assert.Throws<InvalidDataException>(() =>
            new RoostTrainer(options, CPU, null).Train(onRows with { Split = PropertySplitKind.Compositions }, _directory, checkpoints, resume: true));
        Assert.Contains("trained on the rows split", error.Message);
    }
}
