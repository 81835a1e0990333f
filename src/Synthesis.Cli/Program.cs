using Synthesis.Cli;

// Before libtorch loads: two glibc arenas keep training's and prediction's resident memory bounded, and OpenMP threads
// that sleep when idle keep a shared machine usable.
Synthesis.Models.Torch.NativeAllocator.LimitArenas();
Synthesis.Models.Torch.OpenMpWaiting.Passive();
return SynthesisCommandLine.Run(args);
