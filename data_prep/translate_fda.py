#!/usr/bin/env python
"""Write an FDA-translated copy of a GTA5 / SYNTHIA folder (BDL-style source images for udanb.bdl and udanb.assuda).

Every source image gets the low-frequency Fourier amplitude of a randomly drawn (seeded) Cityscapes
training image (Yang & Soatto, CVPR 2020), the documented stand-in for BDL's CycleGAN; labels and
every other file are hard-linked (or copied) so the copy has the dataset's own layout. The copy is
built in a temporary folder next to --out and renamed when complete; an existing complete copy is
left as it is. The logic is `udanb.bdl.translate_source` (tested in nbs/11_bdl.ipynb).

Train on the copy with `-p source_root <out>` and the method's `translate='none'`.

Exit status: 0 done (or already there), 2 missing or empty folder, bad arguments.

    python data_prep/translate_fda.py --kind gta5 --root /data/gta5 --style /data/cityscapes --out /data/gta5_fda0.01
"""
import argparse, os, sys, time

from udanb.data import DatasetLayoutError
from udanb.bdl import translate_source


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--kind', required=True, choices=['gta5', 'synthia'], help='layout of the source folder')
    p.add_argument('--root', required=True, help='source dataset folder (see data_prep/README.md for the layouts)')
    p.add_argument('--style', required=True, help='Cityscapes folder: the style images are its leftImg8bit/<style-split> images')
    p.add_argument('--style-split', default='train', help='Cityscapes split of the style images (default train)')
    p.add_argument('--out', required=True, help='destination folder of the translated copy')
    p.add_argument('--beta', type=float, default=0.01, help="FDA band half-size as a fraction of min(H, W) (FDA's L; default 0.01)")
    p.add_argument('--seed', type=int, default=0, help='seed of the source-to-style pairing')
    p.add_argument('--workers', type=int, default=min(8, os.cpu_count() or 1), help='processes that translate (default: min(8, CPU count))')
    p.add_argument('--quiet', action='store_true', help='no progress bar')
    a = p.parse_args(argv)
    if a.workers < 1: print(f"error: --workers {a.workers}: expected >= 1", file=sys.stderr); return 2
    if not 0 <= a.beta <= 0.5: print(f"error: --beta {a.beta}: expected 0 <= beta <= 0.5", file=sys.stderr); return 2
    t0 = time.time()
    try: out = translate_source(a.kind, a.root, a.style, out=a.out, beta=a.beta, seed=a.seed, style_split=a.style_split,
                               workers=a.workers, progress=not a.quiet)
    except DatasetLayoutError as e:
        print(f"error: {e}", file=sys.stderr); return 2
    print(f"translated copy: {out} ({time.time() - t0:.0f} s)")
    return 0


if __name__ == '__main__':
    sys.exit(main())
