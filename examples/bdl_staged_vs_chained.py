#!/usr/bin/env python
"""BDL's self-training round as a stage of one run against the same round as a chained run, at the CPU default budget.

    python examples/bdl_staged_vs_chained.py --seed 0

Trains (or reuses, under outputs/) the chained pair the README's ASSUDA section uses, round 0
`bdl_round0_<task>_s<seed>` (600 iterations) then round 1 `bdl1_120_s<seed>` (120 iterations from it), and
one staged run `bdl_staged_600_120_s<seed>` (`hp.rounds=1`: the same two phases as stages). Prints the target
val mIoU of both, the largest weight difference per network, and how many pseudo-label PNGs are byte-identical.
"""
import argparse, json
import udanb.methods.bdl  # registers 'bdl'
from udanb.core import outputs_dir
from udanb.engine import Trainer, read_checkpoint
from udanb.methods.assuda import base_config, round_config


def fit(cfg, root):
    "Train `cfg` under `root` unless a finished run of that name is there; its folder."
    if not (root/cfg.run_name/'metrics.json').is_file(): Trainer(cfg, root=root).fit()
    return root/cfg.run_name


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--seed', type=int, default=0, help='seed of all three runs (default 0)')
    a = p.parse_args(argv)
    root, s = outputs_dir(), a.seed
    b = base_config('cpu', s)
    base = fit(b, root)
    r = round_config('cpu', str(base), s, run=f'bdl1_120_s{s}')
    chained = fit(r, root)
    staged = fit(b.override({'hp.rounds': 1, 'hp.round_iters': r.train.iters,       # the same two phases, as stages
                             'run': f'bdl_staged_{b.train.iters}_{r.train.iters}_s{s}'}), root)
    ca, cb = (read_checkpoint(r/'checkpoints'/'last.pt')['nets'] for r in (staged, chained))
    diff = {k: max((x.double() - y.double()).abs().max().item() for x, y in zip(ca[k].values(), cb[k].values()))
            for k in ca}
    pa, pb = ({q.name: q for q in (r/'pseudo').rglob('*.png')} for r in (staged, chained))
    same = sum(pa[n].read_bytes() == pb[n].read_bytes() for n in pa if n in pb)
    miou = {r.name: json.loads((r/'metrics.json').read_text())['test_tgt']['miou'] for r in (staged, chained)}
    print(json.dumps({'target_val_miou': miou, 'max_abs_weight_diff': diff, 'pseudo_png_identical': same,
                      'pseudo_png': [len(pa), len(pb)]}, indent=1))
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
