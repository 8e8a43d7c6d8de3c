#!/usr/bin/env python
"""Lovász-softmax forward + backward: udanb's `lovasz_softmax` against autograd through the sort.

    python examples/bench_lovasz.py [--batch 4 --height 128 --width 256 --classes 19 --present 12 --repeats 3]

APODA computes the loss five times per step at the label size (CPU default: batch 4, 128x256, 19 classes). The
reference form sorts every class's errors and lets autograd differentiate through the sort and the gather;
`udanb.losses.lovasz_softmax` computes the order and the Jaccard increments without autograd, scatters them back to
the pixels, and sorts only the classes present. Both are timed on the same random logits (one thread unless
OMP_NUM_THREADS says otherwise), after checking that they give the same loss and gradient. Prints the median
seconds of each and the ratio.
"""
import argparse, statistics, time
import torch
from udanb.losses import lovasz_softmax, IGNORE


def lovasz_autograd(prob: torch.Tensor, y: torch.Tensor, classes: str = 'present') -> torch.Tensor:
    "The reference form: every class sorted, autograd through sort and gather (ignore pixels dropped, one batch set)."
    C = prob.shape[1]
    p, lab = prob.movedim(1, -1).reshape(-1, C), y.reshape(-1)
    keep = lab != IGNORE
    p, lab = p[keep], lab[keep]
    fg = (lab[:, None] == torch.arange(C)).to(p.dtype)
    err, order = (fg - p).abs().sort(0, descending=True)
    fg = fg.gather(0, order)
    n_fg = fg.sum(0, keepdim=True)
    i = torch.arange(1, len(p) + 1, dtype=p.dtype)[:, None]
    jac = i / (n_fg + (1 - fg).cumsum(0))
    per_class = (err * torch.diff(jac, dim=0, prepend=torch.zeros_like(jac[:1]))).sum(0)
    use = n_fg[0] > 0 if classes == 'present' else torch.ones(C, dtype=torch.bool)
    return per_class[use].mean()


def timed(fn, logits, y, repeats):
    ts = []
    for _ in range(repeats):
        logits.grad = None
        t = time.perf_counter(); fn(logits.softmax(1), y).backward(); ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--batch', type=int, default=4); ap.add_argument('--height', type=int, default=128)
    ap.add_argument('--width', type=int, default=256); ap.add_argument('--classes', type=int, default=19)
    ap.add_argument('--present', type=int, default=12, help='classes that occur in the labels')
    ap.add_argument('--repeats', type=int, default=3)
    a = ap.parse_args()
    if not 1 <= a.present <= a.classes:
        ap.error(f"--present {a.present}: expected 1 <= present <= --classes {a.classes}")
    torch.manual_seed(0)
    logits = torch.randn(a.batch, a.classes, a.height, a.width, requires_grad=True)
    y = torch.randint(0, a.present, (a.batch, a.height, a.width)); y[:, :a.height // 12] = IGNORE
    for cl in ('present', 'all'):
        l1 = lovasz_softmax(logits.softmax(1), y, classes=cl); g1, = torch.autograd.grad(l1, logits)
        l2 = lovasz_autograd(logits.softmax(1), y, cl); g2, = torch.autograd.grad(l2, logits)
        assert torch.allclose(l1, l2, atol=1e-6) and torch.allclose(g1, g2, atol=1e-6), (cl, float(l1), float(l2))
        ref = timed(lambda p, t: lovasz_autograd(p, t, cl), logits, y, a.repeats)
        new = timed(lambda p, t: lovasz_softmax(p, t, classes=cl), logits, y, a.repeats)
        print(f"classes={cl:8s} autograd through the sort {ref:.3f} s   udanb {new:.3f} s   {ref / new:.1f}x   "
              f"({a.batch}x{a.height}x{a.width}, {a.classes} classes, {a.present} present, "
              f"{torch.get_num_threads()} thread(s))")


if __name__ == '__main__':
    main()
