using System.CommandLine;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis train reaction`: trains the reaction model from the database, resumable after a kill.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var (split, maxPrecursors, model, device, threads, seed, db) =
            (ModelOptions.Split(), ModelOptions.MaxPrecursors(), ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads(), ModelOptions.Seed(), DatabaseOption.Create());
        var members = new Option<int>("--members") { Description = "Ensemble size (classifier and regressor members).", DefaultValueFactory = _ => 5 };
        var member = new Option<int?>("--member") { Description = "Train only this member (0-based), e.g. to spread members over processes; then run once more without it." };
        var epochs = new Option<int>("--epochs") { Description = "Most epochs per member (early stopping usually ends sooner).", DefaultValueFactory = _ => 150 };
        var patience = new Option<int>("--patience") { Description = "Epochs without validation improvement before stopping.", DefaultValueFactory = _ => 15 };
        var autoencoderEpochs = new Option<int>("--autoencoder-epochs")
        {
            Description = "Most epochs of the action autoencoder (it stops early; models shipped before this option had 60).",
            DefaultValueFactory = _ => 400,
        };
        var regressorPatience = new Option<int>("--regressor-patience") { Description = "Patience of the regressor members.", DefaultValueFactory = _ => 30 };
        var resume = new Option<bool>("--resume") { Description = "Continue from the finished members and the last checkpoint instead of starting over." };
        var noActions = new Option<bool>("--no-actions") { Description = "Ablation: train without the action embedding." };
        var magpie = new Option<bool>("--magpie-baseline") { Description = "Baseline: precursor Magpie vectors in fixed slots → MLP instead of the reaction graph (needs --max-precursors 3)." };
        var noMask = new Option<bool>("--no-mask") { Description = "Baseline: no alchemy mask (any element may appear in any product)." };
        var regressorContext = new Option<string>("--regressor-context")
        {
            Description = "What the stoichiometry regressor sees: mean (the thesis' averaged member embedding) or members (all member embeddings side by side).",
            DefaultValueFactory = _ => "mean",
        }.AcceptOnlyFromAmong("mean", "members");
        var noMixture = new Option<bool>("--no-precursor-mixture")
        {
            Description = "Regressor without the equal-parts precursor mixture as input (the thesis' regressor sees only the reaction embedding).",
        };
        var fractionLoss = new Option<string>("--fraction-loss")
        {
            Description = "Regressor loss: cross-entropy, or squared-error (the thesis).",
            DefaultValueFactory = _ => "cross-entropy",
        }.AcceptOnlyFromAmong("squared-error", "cross-entropy");
        var size = new Option<string>("--size")
        {
            Description = "Architecture: full (the thesis' sizes) or small (node size 48, 3 message layers, hidden 96: the curation run's fold members; "
                          + "minutes per member on two cores, for quick comparisons).",
            DefaultValueFactory = _ => "full",
        }.AcceptOnlyFromAmong("full", "small");
        var reaction = new Command("reaction", "Train the reaction model (action autoencoder, classifier and regressor ensembles).")
        {
            split, maxPrecursors, members, member, epochs, autoencoderEpochs, patience, regressorPatience, seed, resume, noActions, magpie, noMask,
            regressorContext, noMixture, fractionLoss, size, model, device, threads, db,
        };
        reaction.SetAction((result, cancellation) => Task.FromResult(DatabaseOption.Run(databases =>
        {
            var kind = ModelOptions.SplitOf(result, split);
            var max = result.GetValue(maxPrecursors);
            var options = new ReactionTrainingOptions
            {
                Model = (result.GetValue(size) == "small" ? ReactionModelOptions.Small : new ReactionModelOptions()) with
                {
                    UseActions = !result.GetValue(noActions),
                    UseAlchemyMask = !result.GetValue(noMask),
                    Encoder = result.GetValue(magpie) ? ReactionEncoderKind.MagpieSlots : ReactionEncoderKind.ReactionGraph,
                    RegressorContext = result.GetValue(regressorContext) == "members" ? RegressorContext.MemberEmbeddings : RegressorContext.MeanEmbedding,
                    RegressorPrecursorMixture = !result.GetValue(noMixture),
                    RegressorLoss = result.GetValue(fractionLoss) == "cross-entropy" ? FractionLoss.CrossEntropy : FractionLoss.SquaredError,
                },
                Members = result.GetValue(members),
                OnlyMember = result.GetValue(member),
                MaxEpochs = result.GetValue(epochs),
                AutoencoderEpochs = result.GetValue(autoencoderEpochs),
                Patience = result.GetValue(patience),
                RegressorPatience = result.GetValue(regressorPatience),
                Seed = result.GetValue(seed),
            };
            if (options.Members < 1) return CliOutput.Error("--members must be at least 1");
            if (new[] { options.MaxEpochs, options.AutoencoderEpochs, options.Patience, options.RegressorPatience }.Min() < 1)
                return CliOutput.Error("--epochs, --autoencoder-epochs, --patience and --regressor-patience must be at least 1");
            if (options.OnlyMember is int k && (k < 0 || k >= options.Members)) return CliOutput.Error($"--member must be between 0 and {options.Members - 1}");
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var data = TrainingDataLoader.Load(new LiteDbReactionRepository(databases.For(DatabaseOption.Existing(result.GetValue(db)))), kind, max, options.Seed);
            var name = ModelPath.Name(SplitKinds.Name(kind), max) + (options.Model.Encoder == ReactionEncoderKind.MagpieSlots ? "-magpie" : "")
                       + (options.Model.UseAlchemyMask ? "" : "-no-mask") + (options.Model.UseActions ? "" : "-no-actions");
            var folder = result.GetValue(model) is { } explicitFolder ? Path.GetFullPath(explicitFolder) : Path.GetFullPath(Path.Combine("models", "reaction", name));
            Console.Error.WriteLine($"training {name}: {data.Train.Count:N0} train / {data.Validation.Count:N0} validation reactions → {folder}");
            using var trained = new ReactionModelTrainer(options, computeDevice, new TrainingProgressRenderer())
                .Train(data, folder, Path.Combine(folder, "checkpoints"), result.GetValue(resume), cancellation);
            Console.WriteLine(trained is null
                ? $"member {options.OnlyMember} trained; run again without --member (with --resume) to finish the ensemble"
                : $"model {trained.Manifest.Version} saved to {folder} (threshold {trained.Manifest.Threshold:0.00})");
            return 0;
        })));
        return new Command("train", "Train models: the reaction model from the database, Roost from a property table.") { reaction, TrainCandidatesCommand.Create(), TrainRoostCommand.Create(), TrainWrenCommand.Create() };
    }
}
