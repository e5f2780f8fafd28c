#!/usr/bin/env python3
"""Writes the Full tier's backbone weights (PyTorch state dicts) into one folder, the LEAKSPEC_WEIGHTS of the README:

  alexnet.pt              torchvision AlexNet, AlexNet_Weights.IMAGENET1K_V1 (stands in for CaffeNet, Case I)
  inception_v3.pt         torchvision Inception-V3, Inception_V3_Weights.IMAGENET1K_V1 (aux head included; Cases II-IV)
  resnet101.pt            torchvision ResNet-101, ResNet101_Weights.IMAGENET1K_V1 (the original weights; DeepRN)
  inception_resnet_v2.pt  timm's inception_resnet_v2 (the usual PyTorch port of the TF-slim ImageNet checkpoint; C4.6,
                          Table 3 row 7's end-to-end network)

Keys and shapes are torchvision's and timm's own (batch-norm counters included), which is what LeakSpec's TorchSharp
backbones (src/Harness/Models/*Backbone.cs; Inception-ResNet-v2 in InceptionResNetV2Net.cs, with timm's names) load
strictly through TorchSharp.PyBridge. Inception-ResNet-v2 is defined once in plain PyTorch beside this script
(scripts/inception_resnet_v2.py): --random writes that definition's state dict, so it needs neither timm nor
torchvision; the pretrained weights come from timm, whose keys and shapes are checked against it before writing.

  python3 scripts/make-weights.py --out DIR            # ImageNet weights: needs internet, torch + torchvision >= 0.13
                                                        # (written with 0.14-0.20 in mind; the weights= API) and timm
  python3 scripts/make-weights.py --out DIR --random    # random init, same keys and shapes, no download (tests)
  python3 scripts/make-weights.py --out DIR --models alexnet resnet101

Beside the files it writes DIR/weights.json: for each file its SHA-256, source, library versions, and every key with
its shape and sum (the Parity test compares those against the TorchSharp module that loads the file). Files already in
DIR are kept unless --force; each is written to a temporary file first and then renamed.
"""
import argparse
import hashlib
import json
import os
import sys

MODELS = ["alexnet", "inception_v3", "resnet101", "inception_resnet_v2"]


def build(name, random_init):
    """The model and a description of its weights' source."""
    if name == "inception_resnet_v2":
        return build_inception_resnet_v2(random_init)

    try:
        import torchvision
    except ImportError:
        raise SystemExit(f"{name} needs torchvision >= 0.13 (pip install torchvision, or Debian's python3-torchvision for --random)")

    models = torchvision.models
    if not hasattr(models, "get_weight"):
        raise SystemExit(f"torchvision {torchvision.__version__} predates the weights= API (0.13); upgrade torchvision")
    enum = {"alexnet": "AlexNet_Weights", "inception_v3": "Inception_V3_Weights", "resnet101": "ResNet101_Weights"}[name]
    weights = None if random_init else models.get_weight(f"{enum}.IMAGENET1K_V1")
    kwargs = {"aux_logits": True, "init_weights": True} if name == "inception_v3" and random_init else {}
    model = getattr(models, name)(weights=weights, **kwargs)
    source = f"torchvision {torchvision.__version__} models.{name}(weights=" + ("None" if random_init else f"{enum}.IMAGENET1K_V1") + ")"
    return model, source


def build_inception_resnet_v2(random_init):
    """Random init: the plain-PyTorch definition beside this script (timm's names). Pretrained: timm's ImageNet weights,
    refused unless their keys and shapes are that definition's (the layout the TorchSharp module loads)."""
    sys.dont_write_bytecode = True  # no __pycache__ left in the repository
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from inception_resnet_v2 import InceptionResnetV2

    reference = InceptionResnetV2()
    if random_init:
        return reference, "scripts/inception_resnet_v2.py InceptionResnetV2, timm's names (random init)"
    try:
        import timm
    except ImportError:
        raise SystemExit("the pretrained inception_resnet_v2 needs timm (pip install timm); or leave it out: --models alexnet inception_v3 resnet101")
    model = timm.create_model("inception_resnet_v2", pretrained=True)
    want = {k: tuple(v.shape) for k, v in reference.state_dict().items()}
    got = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    if got != want:
        missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
        shapes = sorted(k for k in set(want) & set(got) if want[k] != got[k])
        raise SystemExit(f"timm {timm.__version__}'s inception_resnet_v2 does not have the layout LeakSpec loads (scripts/inception_resnet_v2.py): "
                         f"missing {missing[:5]}, unexpected {extra[:5]}, other shapes {shapes[:5]} (first five of {len(missing)}, {len(extra)}, {len(shapes)})")
    return model, f"timm {timm.__version__} inception_resnet_v2 (pretrained ImageNet)"


def write_atomically(path, write):
    tmp = path + ".tmp"
    write(tmp)
    os.replace(tmp, path)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for the .pt files (LEAKSPEC_WEIGHTS)")
    parser.add_argument("--models", nargs="+", choices=MODELS, default=MODELS)
    parser.add_argument("--random", action="store_true", help="random initialisation (same keys and shapes), no download")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random initialisation")
    parser.add_argument("--force", action="store_true", help="replace files already in --out")
    args = parser.parse_args()

    import torch

    os.makedirs(args.out, exist_ok=True)
    existing = [m for m in args.models if os.path.exists(os.path.join(args.out, m + ".pt"))]
    if existing and not args.force:
        raise SystemExit(f"{', '.join(os.path.join(args.out, m + '.pt') for m in existing)} already exist(s); nothing written. Pass --force to replace.")

    manifest_path = os.path.join(args.out, "weights.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    for name in args.models:
        torch.manual_seed(args.seed)
        model, source = build(name, args.random)
        state = model.state_dict()
        path = os.path.join(args.out, name + ".pt")
        write_atomically(path, lambda p: torch.save(state, p))
        reloaded = torch.load(path, map_location="cpu")
        if list(reloaded) != list(state) or any(reloaded[k].shape != state[k].shape for k in state):
            raise SystemExit(f"{path}: the reloaded state dict differs from the model's")
        manifest[name + ".pt"] = {
            "sha256": sha256(path),
            "source": source,
            "random": args.random,
            "seed": args.seed if args.random else None,
            "torch": torch.__version__,
            "keys": {k: {"shape": list(v.shape), "dtype": str(v.dtype).replace("torch.", ""), "sum": float(v.double().sum())} for k, v in state.items()},
        }
        print(f"{path}: {len(state)} tensors, {sum(v.numel() for v in state.values()):,} values, {source}")
    write_atomically(manifest_path, lambda p: open(p, "w", encoding="utf-8").write(json.dumps(manifest, indent=1, sort_keys=True) + "\n"))
    print(f"{manifest_path}: keys, shapes, sums and SHA-256 of the files")


if __name__ == "__main__":
    sys.exit(main())
