using Synthesis.Cli;

// Before libtorch allocates: two glibc arenas keep training's and prediction's resident memory bounded.
Synthesis.Models.Torch.NativeAllocator.LimitArenas();
return SynthesisCommandLine.Run(args);
