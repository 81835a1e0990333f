using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Training;

/// <summary>
/// One resumable stage of training: a finished stage is a compact weight file, loaded instead of retrained; an
/// unfinished one trains and stores its shipped (float16) form, and is reloaded from it so that later stages see
/// exactly the shipped weights.
/// </summary>
public static class TrainingStage
{
    public static T LoadOrTrain<T>(T module, string path, Device device, Action<T> train) where T : nn.Module
    {
        module.to(device);
        if (File.Exists(path)) return ModelFiles.LoadCompact(module, path, device);
        train(module);
        ModelFiles.SaveCompact(module, path);
        return ModelFiles.LoadCompact(module, path, device);
    }
}
