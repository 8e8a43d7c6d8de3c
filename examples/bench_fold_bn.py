"""Eager vs batch-norm-folded DeepLab-v2 (the CPU preset's R18, width 16) on the CPU: an eval forward and a forward +
backward to the input (an attack step), medians of 7 after 2 warm-ups, the better of two interleaved rounds.
`udanb.models.fold_bn` is tested equal to the eager model within float rounding in nbs/blocks/03_models.ipynb.

    python examples/bench_fold_bn.py [--batch 4] [--size 128x256]
"""
import argparse, time
import torch
from udanb.core import seed_all
from udanb.models import build_segmenter, fold_bn


def _main_logits(out):
    return out.logits['main'] if hasattr(out, 'logits') else out['main']


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--batch', type=int, default=4)
    p.add_argument('--size', default='128x256', help="input 'HxW'")
    a = p.parse_args(argv)
    h, w = (int(v) for v in a.size.split('x'))
    seed_all(0)
    eager = build_segmenter('deeplab_v2', backbone='resnet18', num_classes=19, width=16).eval()
    eager = eager.to(memory_format=torch.channels_last)
    folded = fold_bn(eager).to(memory_format=torch.channels_last)
    x = torch.randn(a.batch, 3, h, w).to(memory_format=torch.channels_last)

    def forward(m):
        with torch.no_grad():
            m(x)

    def input_gradient(m):
        xa = x.clone().requires_grad_()
        torch.autograd.grad(_main_logits(m(xa)).sum(), xa)

    for name, fn in (('forward', forward), ('input gradient', input_gradient)):
        best = {}
        for key, m in (('eager', eager), ('folded', folded), ('eager', eager), ('folded', folded)):
            for _ in range(2):
                fn(m)
            ts = []
            for _ in range(7):
                t0 = time.perf_counter()
                fn(m)
                ts.append(time.perf_counter() - t0)
            best[key] = min(best.get(key, float('inf')), sorted(ts)[3])
        print(f"{name}: eager {1000 * best['eager']:.1f} ms, folded {1000 * best['folded']:.1f} ms, "
              f"folded/eager {best['folded'] / best['eager']:.2f}")
    print(f"{folded.folded} batch norms folded; batch {a.batch}, {h}x{w}, torch {torch.__version__}, "
          f"{torch.get_num_threads()} threads")


if __name__ == '__main__':
    main()
