"""The white-box worst case of one run, member by member: each member's mIoU and the worst case over any set of them.

Each member (FGSM, or APGD on one of `udanb.attacks.ATTACK_LOSSES`) attacks every val image of the run at one radius,
as `udanb.robustness.whitebox_suite` does (batches of 8, random starts seeded with 0), and its per-image confusion
matrices are kept in `--out`, so a later call with more members or other sets reuses them. The worst case over a set
is `udanb.robustness.worst_case`, the same as the suite's. `--chain` runs the APGD members one after the other
instead, each starting from the previous one's result (`apgd(start=...)`), at the cost of the independent members.

    python examples/attack_members.py outputs/oracle_resnet18_s1 --eps 8 --steps 320 --members fgsm,cospgd,masked_ce
    python examples/attack_members.py outputs/oracle_resnet18_s1 --eps 4 --steps 40 --members fgsm,cospgd,masked_ce,js \
        --sets cospgd,masked_ce,js cospgd,balanced_masked_ce,js
"""
import argparse, time
from pathlib import Path

import torch

from udanb.attacks import ATTACK_LOSSES, attack
from udanb.data import get_protocol
from udanb.robustness import _inference, _loader, _miou, eval_sets, evaluate_attack, load_models, worst_case


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('run', type=Path, help='a finished run folder')
    p.add_argument('--eps', type=float, required=True, help='L-inf radius in grey levels (8 = 8/255)')
    p.add_argument('--steps', type=int, default=40, help='APGD gradients per member')
    p.add_argument('--members', default='fgsm,cospgd,masked_ce,js', help=f"fgsm and/or losses of {ATTACK_LOSSES}")
    p.add_argument('--schedule', choices=('apgd', 'apgd_prr'), default='apgd', help='apgd_prr: radii 2, 1.5, 1 x eps')
    p.add_argument('--sets', nargs='*', default=(), help='more comma-separated member sets to take the worst case of')
    p.add_argument('--chain', action='store_true', help='the APGD members as one warm-started chain, in order')
    p.add_argument('--out', type=Path, default=Path('outputs/attack_members'), help='where per-image matrices go')
    a = p.parse_args()
    members = a.members.split(',')
    if bad := [m for m in members if m != 'fgsm' and m not in ATTACK_LOSSES]:
        p.error(f"--members: unknown {bad}; expected fgsm or one of {list(ATTACK_LOSSES)}")
    if not (a.run/'metrics.json').is_file(): p.error(f"{a.run}: not a finished run folder (no metrics.json)")
    torch.set_num_threads(1)
    models = load_models([a.run])
    (c, m), = _inference(models).values()
    C, ds = get_protocol(c.data.protocol).num_classes, eval_sets(models)[c.data.norm]
    prr = {'prr': True} if a.schedule == 'apgd_prr' else {}
    a.out.mkdir(parents=True, exist_ok=True)

    def run(name, fn):
        f = a.out/f"{a.run.name}_{name}_{a.eps:g}gl.pt"
        if not f.is_file():
            t0 = time.time()
            r = evaluate_attack(m, _loader(ds, 8), C, fn, norm=c.data.norm, per_image=True)
            tmp = f.with_suffix('.tmp')
            torch.save(dict(per_image=r['per_image'], seconds=time.time() - t0), tmp)
            tmp.replace(f)
        d = torch.load(f)
        print(f"{name:45s} {100 * _miou(d['per_image'].sum(0)):6.2f} mIoU  {d['seconds']:7.0f} s", flush=True)
        return d['per_image']

    def one(mem):
        if mem == 'fgsm': return 'fgsm', lambda mm, x, y: attack(mm, x, y, 'fgsm', eps=a.eps, norm=c.data.norm)
        return (f"{mem}_{a.schedule}_{a.steps}",
                lambda mm, x, y: attack(mm, x, y, 'apgd', eps=a.eps, norm=c.data.norm, steps=a.steps, loss=mem,
                                        seed=0, **prr))

    if a.chain:
        losses = [l for l in members if l != 'fgsm']
        def chained(mm, x, y):
            xa = None
            for l in losses:
                xa = attack(mm, x, y, 'apgd', eps=a.eps, norm=c.data.norm, steps=a.steps, loss=l, seed=0, start=xa,
                            **prr)
            return xa
        run(f"chain-{'-'.join(losses)}_{a.schedule}_{a.steps}", chained)
        return
    per = {mem: run(*one(mem)) for mem in members}
    for s in [members, *[x.split(',') for x in a.sets]]:
        if bad := [x for x in s if x not in per]: p.error(f"--sets: {bad} are not among --members")
        total, choice = worst_case({x: per[x] for x in s})
        print(f"worst case over {','.join(s):29s} {100 * _miou(total):6.2f} mIoU  chosen: "
              + ', '.join(f'{x} {choice.count(x)}' for x in s))


if __name__ == '__main__':
    main()
