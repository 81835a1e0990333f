"""Reads a tensor archive written by `synthesis export-weights` (src/Synthesis.Models/Reactions/Export/TensorArchive.cs):
index.json names each tensor's dtype (float32, int64, uint8), shape and byte offset in tensors.bin, raw little-endian,
row-major."""
import json
import os

import numpy as np
import torch

FORMAT = "synthesis-tensors-1"
DTYPES = {"float32": "<f4", "int64": "<i8", "uint8": "u1"}


def load(directory):
    """(index, {name: tensor}) of an exported folder; uint8 tensors come back as bool."""
    with open(os.path.join(directory, "index.json"), encoding="utf-8") as f:
        index = json.load(f)
    if index.get("format") != FORMAT:
        raise ValueError(f"{directory}/index.json is not a {FORMAT} archive (format {index.get('format')!r})")
    path = os.path.join(directory, "tensors.bin")
    tensors = {}
    for name, entry in index["tensors"].items():
        shape = entry["shape"]
        count = int(np.prod(shape)) if shape else 1
        values = np.fromfile(path, dtype=DTYPES[entry["dtype"]], count=count, offset=entry["offset"]).reshape(shape)
        tensor = torch.from_numpy(values.astype(values.dtype.newbyteorder("=")))
        tensors[name] = tensor.bool() if entry["dtype"] == "uint8" else tensor
    return index, tensors


def group(tensors, prefix):
    """The tensors under `prefix.`, with the prefix taken off their names."""
    return {name[len(prefix) + 1:]: t for name, t in tensors.items() if name.startswith(prefix + ".")}
