#!/usr/bin/env python
"""Check a GTA5 / SYNTHIA / Cityscapes folder before training and write per-class pixel statistics.

Reads every image/label pair once and reports unpaired files, unreadable images, image/label size
mismatches, label ids outside the dataset's table, image sizes and per-class pixel statistics
(the logic is `udanb.data.check_dataset`).

Exit status: 0 all pairs readable and paired (warnings allowed), 1 problems found (unpaired or
unreadable files; with --strict also size mismatches and unknown ids), 2 missing folder or bad arguments.

    python data_prep/check_dataset.py --kind cityscapes --root /data/cityscapes --split val --out cs_val_stats.json
"""
import argparse, sys

from udanb.core import save_json
from udanb.data import DATASETS, PROTOCOLS, DatasetLayoutError, check_dataset, check_table


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--kind', required=True, choices=list(DATASETS), help='dataset layout')
    p.add_argument('--root', required=True, help='dataset root folder (see data_prep/README.md for the layouts)')
    p.add_argument('--split', default='train', help='Cityscapes split (train/val/test); ignored for gta5/synthia')
    p.add_argument('--protocol', default=None, choices=list(PROTOCOLS), help='class protocol of the statistics (default: syn16 for synthia, else cs19)')
    p.add_argument('--out', default=None, help='write the full report as JSON here (atomically)')
    p.add_argument('--workers', type=int, default=0, help='reader processes (0: this process)')
    p.add_argument('--limit', type=int, default=None, help='check only the first N pairs')
    p.add_argument('--strict', action='store_true', help='also fail on size mismatches and unknown label ids')
    p.add_argument('--quiet', action='store_true', help='no progress lines')
    a = p.parse_args(argv)
    try: rep = check_dataset(a.kind, a.root, a.split, a.protocol, workers=a.workers, limit=a.limit, progress=not a.quiet)
    except (DatasetLayoutError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr); return 2
    print(check_table(rep))
    if a.out: print(f"wrote {save_json(rep, a.out)}")
    if rep['ok'] and a.strict and rep['warnings']:
        print(f"FAILED (--strict): {len(rep['warnings'])} warning(s) count as problems", file=sys.stderr); return 1
    return 0 if rep['ok'] else 1


if __name__ == '__main__':
    sys.exit(main())
