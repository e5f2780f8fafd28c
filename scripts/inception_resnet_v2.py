"""Inception-ResNet-v2 (Szegedy et al. 2016) in plain PyTorch, with the module names of timm's `inception_resnet_v2`
(the usual PyTorch port of the TF-slim ImageNet checkpoint), so that its state dict has exactly timm's keys and shapes
without timm installed (Debian has no timm).

The one definition of the network on the Python side: `scripts/make-weights.py --random` writes its state dict, and
`fixtures/models/make_inception_resnet_v2_reference.py` computes the reference outputs the TorchSharp module
(src/Harness/Models/InceptionResNetV2*.cs) is checked against. When make-weights.py writes timm's pretrained weights,
it compares their keys and shapes with this definition first.

Input: N x 3 x H x W, RGB scaled to [-1, 1] (timm's mean = std = 0.5), 299 x 299 for the ImageNet weights, at least 75.
"""
import torch
from torch import nn

FEATURES = 1536
BLOCK35_SCALE, BLOCK17_SCALE, BLOCK8_SCALE = 0.17, 0.10, 0.20


class BasicConv2d(nn.Module):
    """Convolution without bias, batch norm (TF-slim's epsilon 0.001), ReLU: timm's `conv`, `bn` (and parameter-free `relu`)."""

    def __init__(self, cin, cout, kernel_size, stride=1, padding=0):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel_size, stride=stride, padding=padding, bias=False)
        self.bn = nn.BatchNorm2d(cout, eps=0.001)
        self.relu = nn.ReLU()

    def forward(self, x):
        return self.relu(self.bn(self.conv(x)))


def seq(*convs):
    """A branch of BasicConv2d layers, each given as (cin, cout, kernel, stride, padding)."""
    return nn.Sequential(*[BasicConv2d(*c) for c in convs])


class Concat(nn.Module):
    """Branches `branch0`, `branch1`, ... applied to one input and concatenated along the channels (Mixed_5b/6a/7a)."""

    def __init__(self, *branches):
        super().__init__()
        for i, b in enumerate(branches):
            self.add_module(f"branch{i}", b)
        self.count = len(branches)

    def branches(self, x):
        return torch.cat([getattr(self, f"branch{i}")(x) for i in range(self.count)], 1)

    def forward(self, x):
        return self.branches(x)


class Residual(Concat):
    """Block35 / Block17 / Block8: the branches' concatenation, a 1x1 `conv2d` (with bias) back to the input width,
    scaled and added to the input, then ReLU (none in the last Block8, timm's `block8`)."""

    def __init__(self, width, scale, relu, *branches):
        super().__init__(*branches)
        concat = sum(b[-1].conv.out_channels if isinstance(b, nn.Sequential) else b.conv.out_channels for b in branches)
        self.conv2d = nn.Conv2d(concat, width, 1)
        self.scale = scale
        self.relu = nn.ReLU() if relu else None

    def forward(self, x):
        out = self.conv2d(self.branches(x)) * self.scale + x
        return self.relu(out) if self.relu is not None else out


def mixed_5b():
    return Concat(
        BasicConv2d(192, 96, 1),
        seq((192, 48, 1), (48, 64, 5, 1, 2)),
        seq((192, 64, 1), (64, 96, 3, 1, 1), (96, 96, 3, 1, 1)),
        nn.Sequential(nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False), BasicConv2d(192, 64, 1)))


def block35():
    return Residual(320, BLOCK35_SCALE, True,
                    BasicConv2d(320, 32, 1),
                    seq((320, 32, 1), (32, 32, 3, 1, 1)),
                    seq((320, 32, 1), (32, 48, 3, 1, 1), (48, 64, 3, 1, 1)))


def mixed_6a():
    return Concat(
        BasicConv2d(320, 384, 3, 2),
        seq((320, 256, 1), (256, 256, 3, 1, 1), (256, 384, 3, 2)),
        nn.MaxPool2d(3, stride=2))


def block17():
    return Residual(1088, BLOCK17_SCALE, True,
                    BasicConv2d(1088, 192, 1),
                    seq((1088, 128, 1), (128, 160, (1, 7), 1, (0, 3)), (160, 192, (7, 1), 1, (3, 0))))


def mixed_7a():
    return Concat(
        seq((1088, 256, 1), (256, 384, 3, 2)),
        seq((1088, 256, 1), (256, 288, 3, 2)),
        seq((1088, 256, 1), (256, 288, 3, 1, 1), (288, 320, 3, 2)),
        nn.MaxPool2d(3, stride=2))


def block8(scale=BLOCK8_SCALE, relu=True):
    return Residual(2080, scale, relu,
                    BasicConv2d(2080, 192, 1),
                    seq((2080, 192, 1), (192, 224, (1, 3), 1, (0, 1)), (224, 256, (3, 1), 1, (1, 0))))


class InceptionResnetV2(nn.Module):
    def __init__(self, num_classes=1000):
        super().__init__()
        self.conv2d_1a = BasicConv2d(3, 32, 3, 2)
        self.conv2d_2a = BasicConv2d(32, 32, 3)
        self.conv2d_2b = BasicConv2d(32, 64, 3, 1, 1)
        self.maxpool_3a = nn.MaxPool2d(3, stride=2)
        self.conv2d_3b = BasicConv2d(64, 80, 1)
        self.conv2d_4a = BasicConv2d(80, 192, 3)
        self.maxpool_5a = nn.MaxPool2d(3, stride=2)
        self.mixed_5b = mixed_5b()
        self.repeat = nn.Sequential(*[block35() for _ in range(10)])
        self.mixed_6a = mixed_6a()
        self.repeat_1 = nn.Sequential(*[block17() for _ in range(20)])
        self.mixed_7a = mixed_7a()
        self.repeat_2 = nn.Sequential(*[block8() for _ in range(9)])
        # timm's Block8(no_relu=True): scale 1.0, no activation.
        self.block8 = block8(scale=1.0, relu=False)
        self.conv2d_7b = BasicConv2d(2080, FEATURES, 1)
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.classif = nn.Linear(FEATURES, num_classes)

    def blocks(self):
        """The 43 blocks whose outputs MultiGAP would pool: mixed_5b, 10 Block35, mixed_6a, 20 Block17, mixed_7a, 9 + 1 Block8."""
        return [self.mixed_5b, *self.repeat, self.mixed_6a, *self.repeat_1, self.mixed_7a, *self.repeat_2, self.block8]

    def run(self, x):
        """(pooled 1536-d feature, every block's output)."""
        for layer in [self.conv2d_1a, self.conv2d_2a, self.conv2d_2b, self.maxpool_3a, self.conv2d_3b, self.conv2d_4a, self.maxpool_5a]:
            x = layer(x)
        stages = []
        for block in self.blocks():
            x = block(x)
            stages.append(x)
        return torch.flatten(self.global_pool(self.conv2d_7b(x)), 1), stages

    def forward(self, x):
        return self.classif(self.run(x)[0])
